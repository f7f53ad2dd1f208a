#pragma once
// One category of a dataset, scanned from disk. Two layouts are read,
// told apart by the root:
// - VisA as released: <root>/split_csv/1cls.csv lists the images and masks
//   (see src/visa_layout.h); its objects are the categories, with one
//   defect type, "anomaly".
// - MVTec AD (also MVTec 3D-AD's RGB images, `nagl demo-data` output, and
//   VisA converted to this layout):
//   <root>/<category>/train/good/<file>
//   <root>/<category>/test/good/<file>            (no mask)
//   <root>/<category>/test/<defect>/<stem>.<ext>
//   <root>/<category>/ground_truth/<defect>/<stem>_mask.png
//     (or <stem>.png, as VisA converted to the MVTec layout names them)
// Image files are those `nagl metrics` reads (png jpg jpeg bmp tif tiff, any
// case; hidden files skipped), so a saved-maps run and `nagl metrics` see
// the same test set. Every list is sorted by file name.
#include <filesystem>
#include <string>
#include <vector>

namespace nagl::evaluation {

struct TestImage {
  std::string path;
  std::string defect;  // "good" or the defect folder name
  std::string stem;
  std::string mask;  // empty for good images
  bool defective() const { return !mask.empty(); }
};

struct CategoryLayout {
  std::string name;
  std::vector<std::string> trainGood;
  std::vector<std::string> defectTypes;  // sorted, without "good"
  std::vector<TestImage> tests;          // by defect folder, then file name (good included)

  // The test images of one defect folder ("good" included), in order.
  std::vector<const TestImage*> testsOf(const std::string& defect) const;
};

enum class DatasetLayout { Mvtec, Visa };

// The layout of root. Throws EvaluationError naming root when it is not a
// folder, or neither layout (the message names both layouts looked for).
DatasetLayout detectLayout(const std::filesystem::path& root);
const char* layoutName(DatasetLayout layout);

// True for the extensions `nagl metrics` reads.
bool isDatasetImage(const std::filesystem::path& path);

// The categories of root, sorted: MVTec category folders (those with a test/
// folder) or VisA objects. Throws EvaluationError as detectLayout, or naming
// the VisA split file and line for a bad header or row.
std::vector<std::string> listCategories(const std::filesystem::path& root);

// Throws EvaluationError naming the path for: a missing category, train/good
// or test folder, an empty train/good, a category without defect folders or
// defect images, a defect image without its mask, a mask whose size differs
// from its image's, two test images of one folder with the same stem (and,
// for VisA, a listed file that is missing: see src/visa_layout.h).
CategoryLayout scanCategory(const std::filesystem::path& root, const std::string& category);

}  // namespace nagl::evaluation
