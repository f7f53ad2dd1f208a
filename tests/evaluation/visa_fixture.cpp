#include "visa_fixture.h"

#include <algorithm>
#include <cstdio>
#include <opencv2/imgcodecs.hpp>
#include <stdexcept>

#include "../support/scratch_files.h"

namespace nagl::test {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> sortedFiles(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<fs::path> sortedFolders(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_directory()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string numbered(int i, int digits) {
  char text[16];
  std::snprintf(text, sizeof text, "%0*d", digits, i);
  return text;
}

// VisA's extension for the sample: upper-case .JPG for JPEGs.
std::string visaExtension(const fs::path& sample) {
  std::string ext = sample.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".jpg" || ext == ".jpeg" ? ".JPG" : ext;
}

// The MVTec 0/255 mask rewritten with VisA's small label: 1 = defect.
void writeLabelMask(const fs::path& mvtecMask, const fs::path& out) {
  const cv::Mat grey = cv::imread(mvtecMask.string(), cv::IMREAD_GRAYSCALE);
  if (grey.empty()) throw std::runtime_error(mvtecMask.string() + ": cannot read");
  const cv::Mat label = (grey > 0) / 255;
  fs::create_directories(out.parent_path());
  if (!cv::imwrite(out.string(), label)) throw std::runtime_error(out.string() + ": cannot write");
}

class CsvWriter {
 public:
  explicit CsvWriter(VisaCsvStyle style) : style_(style) {
    if (style.byteOrderMark) text_ = "\xEF\xBB\xBF";
    row({"object", "split", "label", "image", "mask"});
  }
  void row(const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i)
      text_ += (i ? "," : "") + (style_.quoted ? "\"" + fields[i] + "\"" : fields[i]);
    text_ += style_.crlf ? "\r\n" : "\n";
  }
  const std::string& text() const { return text_; }

 private:
  VisaCsvStyle style_;
  std::string text_;
};

void addObject(const fs::path& root, const std::string& object, CsvWriter& csv) {
  const fs::path source = realSampleCategory(object);
  const std::string images = object + "/Data/Images/";
  int normal = 0, anomaly = 0;
  auto copyNormal = [&](const fs::path& sample, const std::string& split) {
    const std::string rel = images + "Normal/" + numbered(normal++, 4) + visaExtension(sample);
    fs::create_directories((root / rel).parent_path());
    fs::copy_file(sample, root / rel);
    csv.row({object, split, "normal", rel, ""});
  };
  for (const fs::path& s : sortedFiles(source / "train" / "good")) copyNormal(s, "train");
  for (const fs::path& s : sortedFiles(source / "test" / "good")) copyNormal(s, "test");
  for (const fs::path& defectDir : sortedFolders(source / "test")) {
    if (defectDir.filename() == "good") continue;
    for (const fs::path& s : sortedFiles(defectDir)) {
      const std::string stem = numbered(anomaly++, 3);
      const std::string rel = images + "Anomaly/" + stem + visaExtension(s);
      const std::string mask = object + "/Data/Masks/Anomaly/" + stem + ".png";
      fs::create_directories((root / rel).parent_path());
      fs::copy_file(s, root / rel);
      writeLabelMask(source / "ground_truth" / defectDir.filename() / (s.stem().string() + "_mask.png"), root / mask);
      csv.row({object, "test", "anomaly", rel, mask});
    }
  }
}

}  // namespace

fs::path realSampleCategory(const std::string& object) {
  const fs::path samples = fs::path(NAGL_SHARED_DIR) / "real-samples";
  if (object == "hazelnut") return samples / "hazelnut_toy" / "hazelnut";
  if (object == "magnetic_tile") return samples / "magnetic_tile" / "magnetic_tile";
  if (object == "grid") return samples / "mvtec_ad" / "grid";
  if (object == "tire") return samples / "mvtec_3d_ad" / "tire";
  throw std::invalid_argument("no real sample for the object '" + object + "'");
}

fs::path writeVisaRoot(const std::string& name, const std::vector<std::string>& objects, VisaCsvStyle style) {
  const fs::path root = scratchDir(name);
  CsvWriter csv(style);
  for (const std::string& object : objects) addObject(root, object, csv);
  fs::create_directories(root / "split_csv");
  writeBytes(root / "split_csv" / "1cls.csv", csv.text());
  return root;
}

}  // namespace nagl::test
