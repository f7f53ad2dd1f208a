#include "mvtec_layout.h"

#include <algorithm>
#include <set>

#include "mask_size_check.h"
#include "nagl/evaluation/evaluation_error.h"

namespace nagl::evaluation {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> sortedEntries(const fs::path& dir, bool directories) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().filename().string().starts_with(".")) continue;
    if (directories ? entry.is_directory() : isDatasetImage(entry.path())) out.push_back(entry.path());
  }
  if (ec) throw EvaluationError(dir.string() + ": cannot list folder (" + ec.message() + ")");
  std::sort(out.begin(), out.end());
  return out;
}

void requireFolder(const fs::path& dir, const std::string& what) {
  if (!fs::is_directory(dir)) throw EvaluationError(dir.string() + ": " + what + " folder not found");
}

void addTestFolder(const fs::path& categoryDir, const fs::path& defectDir, CategoryLayout& layout) {
  const std::string defect = defectDir.filename().string();
  const bool good = defect == "good";
  std::set<std::string> stems;
  for (const fs::path& image : sortedEntries(defectDir, false)) {
    TestImage t{image.string(), defect, image.stem().string(), ""};
    if (!stems.insert(t.stem).second)
      throw EvaluationError(image.string() + ": another image in " + defectDir.string() + " has the stem '" + t.stem +
                            "' (their maps would share a name)");
    if (!good) {
      // MVTec names masks "<stem>_mask.png"; VisA converted to the MVTec
      // layout keeps the image's stem ("<stem>.png").
      fs::path mask = categoryDir / "ground_truth" / defect / (t.stem + "_mask.png");
      if (const fs::path visa = categoryDir / "ground_truth" / defect / (t.stem + ".png");
          !fs::is_regular_file(mask) && fs::is_regular_file(visa))
        mask = visa;
      if (!fs::is_regular_file(mask))
        throw EvaluationError(mask.string() + ": ground-truth mask missing for the defect image " + image.string());
      t.mask = mask.string();
      requireMaskSizeOfImage(t.mask, t.path);
    }
    layout.tests.push_back(std::move(t));
  }
  if (!good && stems.empty()) return;  // an empty defect folder contributes nothing
  if (!good) layout.defectTypes.push_back(defect);
}

}  // namespace

std::vector<std::string> mvtecCategories(const fs::path& root) {
  std::vector<std::string> names;
  for (const fs::path& dir : sortedEntries(root, true))
    if (fs::is_directory(dir / "test")) names.push_back(dir.filename().string());
  return names;
}

CategoryLayout scanMvtecCategory(const fs::path& root, const std::string& category) {
  const fs::path categoryDir = root / category;
  requireFolder(categoryDir, "category");
  const fs::path trainGood = categoryDir / "train" / "good";
  requireFolder(trainGood, "normal reference (train/good)");
  CategoryLayout layout;
  layout.name = category;
  for (const fs::path& image : sortedEntries(trainGood, false)) layout.trainGood.push_back(image.string());
  if (layout.trainGood.empty())
    throw EvaluationError(trainGood.string() + ": no images in the normal reference folder");
  const fs::path testDir = categoryDir / "test";
  requireFolder(testDir, "test");
  for (const fs::path& defectDir : sortedEntries(testDir, true)) addTestFolder(categoryDir, defectDir, layout);
  if (layout.defectTypes.empty())
    throw EvaluationError(testDir.string() + ": no defect folders with images (category '" + category +
                          "' has no defects; image and pixel metrics need defective test images)");
  if (layout.testsOf("good").empty())
    throw EvaluationError((testDir / "good").string() + ": no defect-free test images (image metrics need them)");
  return layout;
}

}  // namespace nagl::evaluation
