#include "query_view.h"

#include "nagl/evaluation/evaluation_error.h"

namespace nagl::evaluation {
namespace {

namespace fs = std::filesystem;

void linkOrCopy(const fs::path& target, const fs::path& link) {
  std::error_code ec;
  fs::create_directories(link.parent_path(), ec);
  fs::create_symlink(fs::absolute(target), link, ec);
  if (ec) fs::copy_file(target, link, fs::copy_options::overwrite_existing, ec);
  if (ec) throw EvaluationError(link.string() + ": cannot write the query-set link (" + ec.message() + ")");
}

}  // namespace

void writeQueryView(const fs::path& root, const CategoryLayout& layout, const SeedPlan& plan) {
  const fs::path category = root / layout.name;
  std::error_code ec;
  fs::remove_all(category, ec);
  for (const QueryGroup& g : plan.groups)
    for (const std::size_t i : g.queries) {
      const TestImage& t = layout.tests[i];
      linkOrCopy(t.path, category / "test" / t.defect / fs::path(t.path).filename());
      // Named as `nagl metrics` looks for it, whatever the dataset calls it
      // (VisA: Data/Masks/Anomaly/<stem>.png).
      if (t.defective()) linkOrCopy(t.mask, category / "ground_truth" / t.defect / (t.stem + "_mask.png"));
    }
}

}  // namespace nagl::evaluation
