#pragma once
// What the store reads from a head's training sidecar, the JSON `nagl train`
// writes beside each checkpoint ("best.pth" + "best.json", format
// "nagl-head-sidecar/1"): the image size it was trained at, the data, the
// backbone and the held-out AUROCs. The store keeps a copy beside the stored
// head ("<name>.sidecar.json", ModelEntry::sidecar). Plain C++.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nagl/store/manifest.h"

namespace nagl::store {

struct HeadSidecar {
  int imageSize = 0;
  std::vector<std::string> dataRoots;
  std::vector<std::string> trainCategories;
  std::string backboneFile;  // file name of the backbone it was trained with
  std::string backboneSha256;
  std::string backboneArchitecture;
  std::optional<double> imageAuroc;  // held-out validation; nullopt when not recorded
  std::optional<double> pixelAuroc;
};

// Where `nagl train` puts the sidecar of `checkpoint`: the same stem, ".json".
std::filesystem::path sidecarPathFor(const std::filesystem::path& checkpoint);

// true when `json` says it is a head sidecar ("format": "nagl-head-sidecar/1");
// other JSON (or none) beside a checkpoint is not the store's business.
bool looksLikeHeadSidecar(std::string_view json);

// Throws StoreError("<pathForErrors>: ...") on a malformed sidecar.
HeadSidecar parseHeadSidecar(std::string_view json, const std::string& pathForErrors);

// The backbone part of the model description `nagl train` records ("DINOv2
// ViT-S/14 (embed 384, depth 12, 6 heads), no NAGL head, image size ..." ->
// "DINOv2 ViT-S/14 (embed 384, depth 12, 6 heads)"), as the store describes
// a backbone.
std::string trainedBackboneArchitecture(const HeadSidecar& sidecar);

// Empty when the head `headName` described by `sidecar` was trained with a
// backbone of `backbone`'s architecture (or the sidecar does not say); else
// the one-line reason to refuse pairing them. Compares architectures only:
// the same weights stored in another format have another SHA-256.
std::string backboneMismatch(const std::string& headName, const HeadSidecar& sidecar, const ModelEntry& backbone);

}  // namespace nagl::store
