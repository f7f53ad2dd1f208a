#pragma once
// --normal IMG ..., --abnormal IMG --abnormal-mask MASK ...: the reference
// options of `nagl infer` and `nagl recipe create`.
#include <string>
#include <vector>

#include "cli/command_line.h"
#include "nagl/engine/reference_set.h"

namespace nagl::cli {

struct ReferenceArguments {
  std::vector<std::string> normals, abnormals, abnormalMasks;
};

void addReferenceOptions(CLI::App& app, ReferenceArguments& a);

// The set, abnormal images paired with their masks in order; UsageError when
// the counts differ or there is no reference at all.
engine::ReferenceSet checkedReferences(const ReferenceArguments& a);

}  // namespace nagl::cli
