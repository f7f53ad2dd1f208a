#include "nagl/store/official_models.h"

namespace nagl::store {

const std::vector<OfficialModel>& officialModels() {
  static const std::vector<OfficialModel> models = [] {
    struct Size {
      const char* tag;
      const char* description;
      int embedDim, depth;
    };
    const Size sizes[] = {{"s", "ViT-S/14, 21 M parameters, about 85 MB", 384, 12},
                          {"b", "ViT-B/14, 86 M parameters, about 330 MB", 768, 12},
                          {"l", "ViT-L/14, 300 M parameters, about 1.2 GB", 1024, 24},
                          {"g", "ViT-g/14, 1.1 G parameters, about 4.5 GB", 1536, 40}};
    std::vector<OfficialModel> out;
    for (const Size& s : sizes) {
      const std::string stem = std::string("dinov2_vit") + s.tag + "14";
      const std::string base = "https://dl.fbaipublicfiles.com/dinov2/" + stem + "/" + stem;
      out.push_back({stem, base + "_pretrain.pth", s.description, {s.embedDim, s.depth, 0}});
      out.push_back({stem + "_reg",
                     base + "_reg4_pretrain.pth",
                     std::string(s.description) + ", 4 registers",
                     {s.embedDim, s.depth, 4}});
    }
    return out;
  }();
  return models;
}

const OfficialModel* findOfficialModel(std::string_view name) {
  for (const OfficialModel& m : officialModels())
    if (m.name == name) return &m;
  return nullptr;
}

}  // namespace nagl::store
