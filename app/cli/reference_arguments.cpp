#include "cli/reference_arguments.h"

namespace nagl::cli {

void addReferenceOptions(CLI::App& app, ReferenceArguments& a) {
  addRepeatedOption(app, "--normal", a.normals, "IMG", "normal (defect-free) reference image");
  addRepeatedOption(app, "--abnormal", a.abnormals, "IMG", "defective reference image");
  addRepeatedOption(app, "--abnormal-mask", a.abnormalMasks, "MASK",
                    "defect mask of the abnormal reference at the same position");
}

engine::ReferenceSet checkedReferences(const ReferenceArguments& a) {
  engine::ReferenceSet set;
  set.normals = a.normals;
  if (a.abnormals.size() != a.abnormalMasks.size())
    throw UsageError("every --abnormal needs one --abnormal-mask (got " + std::to_string(a.abnormals.size()) +
                     " images and " + std::to_string(a.abnormalMasks.size()) + " masks)");
  for (std::size_t i = 0; i < a.abnormals.size(); ++i) set.abnormals.push_back({a.abnormals[i], a.abnormalMasks[i]});
  if (set.normals.empty() && set.abnormals.empty()) throw UsageError("give at least one --normal reference image");
  return set;
}

}  // namespace nagl::cli
