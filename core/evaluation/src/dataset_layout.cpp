#include "nagl/evaluation/dataset_layout.h"

#include "mvtec_layout.h"
#include "nagl/evaluation/evaluation_error.h"
#include "nagl/foundation/image_extensions.h"
#include "visa_layout.h"

namespace nagl::evaluation {

namespace fs = std::filesystem;

std::vector<const TestImage*> CategoryLayout::testsOf(const std::string& defect) const {
  std::vector<const TestImage*> out;
  for (const TestImage& t : tests)
    if (t.defect == defect) out.push_back(&t);
  return out;
}

bool isDatasetImage(const fs::path& path) {
  return foundation::hasImageExtension(path.string()) && fs::is_regular_file(path);
}

DatasetLayout detectLayout(const fs::path& root) {
  if (!fs::is_directory(root)) throw EvaluationError(root.string() + ": dataset root folder not found");
  // The split file first: a VisA root's object folders have no test/ anyway.
  if (isVisaRoot(root)) return DatasetLayout::Visa;
  if (!mvtecCategories(root).empty()) return DatasetLayout::Mvtec;
  if (fs::is_directory(root / "split_csv"))
    throw EvaluationError((root / kVisaSplitFile).string() + ": not found (a VisA root has split_csv/1cls.csv)");
  throw EvaluationError(root.string() +
                        ": not a dataset layout nagl reads; looked for MVTec AD (<category>/train/good and "
                        "<category>/test folders) and VisA as released (split_csv/1cls.csv)");
}

const char* layoutName(DatasetLayout layout) { return layout == DatasetLayout::Visa ? "VisA" : "MVTec AD"; }

std::vector<std::string> listCategories(const fs::path& root) {
  return detectLayout(root) == DatasetLayout::Visa ? visaCategories(root) : mvtecCategories(root);
}

CategoryLayout scanCategory(const fs::path& root, const std::string& category) {
  return detectLayout(root) == DatasetLayout::Visa ? scanVisaCategory(root, category)
                                                   : scanMvtecCategory(root, category);
}

}  // namespace nagl::evaluation
