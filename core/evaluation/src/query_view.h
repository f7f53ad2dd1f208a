#pragma once
// The query set of one seed as an MVTec-layout dataset of symbolic links
// (copies where links are not possible): <root>/<category>/test/<defect>/
// and ground_truth/<defect>/, so `nagl metrics --dataset <root>` evaluates
// exactly the images that were scored.
#include <filesystem>

#include "nagl/evaluation/dataset_layout.h"
#include "nagl/evaluation/reference_plan.h"

namespace nagl::evaluation {

void writeQueryView(const std::filesystem::path& root, const CategoryLayout& layout, const SeedPlan& plan);

}  // namespace nagl::evaluation
