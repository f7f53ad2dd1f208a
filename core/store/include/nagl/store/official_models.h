#pragma once
// The official DINOv2 checkpoints that `nagl models fetch` knows by name.
#include <string>
#include <string_view>
#include <vector>

#include "nagl/store/model_store.h"

namespace nagl::store {

struct OfficialModel {
  std::string name;  // e.g. "dinov2_vits14", "dinov2_vits14_reg"
  std::string url;
  std::string description;  // e.g. "ViT-S/14, 21 M parameters, 88 MB"
  ExpectedBackbone architecture;
};

const std::vector<OfficialModel>& officialModels();
const OfficialModel* findOfficialModel(std::string_view name);

}  // namespace nagl::store
