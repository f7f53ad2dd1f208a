#include "visa_layout.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "csv_table.h"
#include "mask_size_check.h"
#include "nagl/evaluation/evaluation_error.h"

namespace nagl::evaluation {
namespace {

namespace fs = std::filesystem;

constexpr const char* kColumns[] = {"object", "split", "label", "image", "mask"};

struct VisaRow {
  int line = 0;
  std::string object, split, label, image, mask;
};

std::string trimmed(std::string s) {
  const auto notSpace = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
  s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
  return s;
}

std::string joined(const std::vector<std::string>& fields) {
  std::string out;
  for (const std::string& f : fields) out += (out.empty() ? "" : ",") + f;
  return out;
}

// Column index of each of kColumns (any order; extra columns are ignored).
std::map<std::string, std::size_t> headerColumns(const fs::path& csv, const CsvRecord& header) {
  std::map<std::string, std::size_t> at;
  for (std::size_t i = 0; i < header.fields.size(); ++i) at.emplace(trimmed(header.fields[i]), i);
  for (const char* name : kColumns)
    if (!at.count(name))
      throw EvaluationError(csv.string() + ":" + std::to_string(header.line) + ": the header '" +
                            joined(header.fields) + "' has no column '" + name +
                            "' (expected object,split,label,image,mask)");
  return at;
}

std::vector<VisaRow> readSplit(const fs::path& root) {
  const fs::path csv = root / kVisaSplitFile;
  const std::vector<CsvRecord> records = readCsv(csv);
  if (records.empty())
    throw EvaluationError(csv.string() + ": empty file (expected the header object,split,label,image,mask)");
  const auto at = headerColumns(csv, records.front());
  std::vector<VisaRow> rows;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& rec = records[r];
    const std::string where = csv.string() + ":" + std::to_string(rec.line) + ": ";
    if (rec.fields.size() != records.front().fields.size())
      throw EvaluationError(where + std::to_string(rec.fields.size()) + " fields but the header has " +
                            std::to_string(records.front().fields.size()));
    auto field = [&](const char* name) { return trimmed(rec.fields[at.at(name)]); };
    VisaRow row{rec.line, field("object"), field("split"), field("label"), field("image"), field("mask")};
    if (row.object.empty() || row.object.find('/') != std::string::npos || row.object == "." || row.object == "..")
      throw EvaluationError(where + "object '" + row.object + "' is not a category name");
    if (row.split != "train" && row.split != "test")
      throw EvaluationError(where + "split '" + row.split + "' (expected train or test)");
    if (row.label != "normal" && row.label != "anomaly")
      throw EvaluationError(where + "label '" + row.label + "' (expected normal or anomaly)");
    if (row.split == "train" && row.label == "anomaly")
      throw EvaluationError(where + "an anomaly in the train split (1cls.csv trains on normal images only)");
    if (row.image.empty()) throw EvaluationError(where + "no image path");
    if (row.label == "anomaly" && row.mask.empty()) throw EvaluationError(where + "an anomaly row without a mask");
    rows.push_back(std::move(row));
  }
  return rows;
}

// The listed file, which must exist and be an image nagl reads.
std::string listedFile(const fs::path& root, const std::string& rel, const std::string& what,
                       const std::string& listedAt) {
  const fs::path path = root / rel;
  if (!fs::is_regular_file(path))
    throw EvaluationError(path.string() + ": " + what + " listed in " + listedAt + " not found");
  if (!isDatasetImage(path))
    throw EvaluationError(path.string() + ": " + what + " listed in " + listedAt + " is not an image file nagl reads");
  return path.string();
}

}  // namespace

bool isVisaRoot(const fs::path& root) { return fs::is_regular_file(root / kVisaSplitFile); }

std::vector<std::string> visaCategories(const fs::path& root) {
  std::set<std::string> objects;
  for (const VisaRow& row : readSplit(root)) objects.insert(row.object);
  if (objects.empty()) throw EvaluationError((root / kVisaSplitFile).string() + ": no rows after the header");
  return {objects.begin(), objects.end()};
}

CategoryLayout scanVisaCategory(const fs::path& root, const std::string& object) {
  const std::vector<VisaRow> rows = readSplit(root);
  const fs::path csv = root / kVisaSplitFile;
  CategoryLayout layout;
  layout.name = object;
  std::map<std::string, std::set<std::string>> stems;  // per kind: map files are named by stem
  for (const VisaRow& row : rows) {
    if (row.object != object) continue;
    const std::string listedAt = csv.string() + " line " + std::to_string(row.line);
    const std::string image = listedFile(root, row.image, "image", listedAt);
    if (row.split == "train") {
      layout.trainGood.push_back(image);
      continue;
    }
    const bool anomaly = row.label == "anomaly";
    TestImage t{image, anomaly ? kVisaDefect : "good", fs::path(image).stem().string(), ""};
    if (anomaly) {
      t.mask = listedFile(root, row.mask, "mask", listedAt);
      requireMaskSizeOfImage(t.mask, t.path, "listed in " + listedAt);
    }
    if (!stems[t.defect].insert(t.stem).second)
      throw EvaluationError(image + ": another " + t.defect + " test image of '" + object + "' in " + csv.string() +
                            " has the stem '" + t.stem + "' (their maps would share a name)");
    layout.tests.push_back(std::move(t));
  }
  if (layout.trainGood.empty() && layout.tests.empty())
    throw EvaluationError(csv.string() + ": no rows for the object '" + object + "'");
  if (layout.trainGood.empty())
    throw EvaluationError(csv.string() + ": no train/normal rows for '" + object + "' (the normal references)");
  std::sort(layout.trainGood.begin(), layout.trainGood.end());
  std::sort(layout.tests.begin(), layout.tests.end(), [](const TestImage& a, const TestImage& b) {
    return std::tie(a.defect, a.path) < std::tie(b.defect, b.path);
  });
  if (layout.testsOf(kVisaDefect).empty())
    throw EvaluationError(csv.string() + ": no test/anomaly rows for '" + object +
                          "' (image and pixel metrics need defective test images)");
  if (layout.testsOf("good").empty())
    throw EvaluationError(csv.string() + ": no test/normal rows for '" + object + "' (image metrics need them)");
  layout.defectTypes = {kVisaDefect};
  return layout;
}

}  // namespace nagl::evaluation
