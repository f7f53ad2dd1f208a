#pragma once
// The MVTec AD layout (see dataset_layout.h): also MVTec 3D-AD's RGB
// images, `nagl demo-data` output and VisA converted to the MVTec layout.
#include <filesystem>
#include <string>
#include <vector>

#include "nagl/evaluation/dataset_layout.h"

namespace nagl::evaluation {

// The category folders of root (sorted; those with a test/ folder); empty
// when there is none.
std::vector<std::string> mvtecCategories(const std::filesystem::path& root);

CategoryLayout scanMvtecCategory(const std::filesystem::path& root, const std::string& category);

}  // namespace nagl::evaluation
