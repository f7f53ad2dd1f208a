#include "tiled_references.h"

#include "content_hash.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/tiling/tile_crop.h"
#include "nagl/vision/pillow_resize.h"
#include "reference_mask.h"

namespace nagl::engine {

std::vector<model::ImageFeatures> TiledReferenceEncoder::cachedFeatures(std::vector<Image8> resizedTiles) {
  std::vector<model::ImageFeatures> out(resizedTiles.size());
  std::vector<Image8> missing;
  std::vector<std::size_t> missingSlots;
  std::vector<std::uint64_t> keys;
  for (std::size_t i = 0; i < resizedTiles.size(); ++i) {
    const std::uint64_t key = contentHash(resizedTiles[i], static_cast<std::uint64_t>(model_.imageSize()));
    keys.push_back(key);
    if (auto it = features_.find(key); it != features_.end()) {
      out[i] = it->second;
    } else {
      missing.push_back(std::move(resizedTiles[i]));
      missingSlots.push_back(i);
    }
  }
  const std::vector<model::ImageFeatures> encoded = encode_(missing);
  backbonePasses_ += encoded.size();
  for (std::size_t j = 0; j < encoded.size(); ++j) {
    out[missingSlots[j]] = encoded[j];
    features_[keys[missingSlots[j]]] = encoded[j];
  }
  return out;
}

std::shared_ptr<const TiledReferences> TiledReferenceEncoder::encode(const ReferenceSet& set,
                                                                     const tiling::ResolvedTiling& tiling) {
  const int size = model_.imageSize();
  auto refs = std::make_shared<TiledReferences>();
  refs->tiling = tiling;
  for (const std::string& path : set.normals) {
    const Image8 image = imaging::decodeReferenceImage(path);
    TiledReferences::NormalImage normal{tiling::planTiles(image.width, image.height, tiling.side, tiling.overlap), {}};
    std::vector<Image8> tiles;
    for (int t = 0; t < normal.plan.count(); ++t)
      tiles.push_back(resizeBicubicPillow(tiling::cropImage(image, normal.plan.tile(t)), size, size));
    normal.tiles = cachedFeatures(std::move(tiles));
    refs->normals.push_back(std::move(normal));
  }
  for (const AbnormalReference& reference : set.abnormals) {
    const Image8 image = imaging::decodeReferenceImage(reference.image);
    const Image8 mask = loadReferenceMask(reference, {image.width, image.height});
    const tiling::TilePlan plan = tiling::planTiles(image.width, image.height, tiling.side, tiling.overlap);
    if (plan.single()) {  // exactly the untiled rules and message
      refs->abnormalMasks.push_back(checkedReferenceMask(reference, {image.width, image.height}, size));
      refs->abnormalTiles.push_back(cachedFeatures({resizeBicubicPillow(image, size, size)}).front());
      continue;
    }
    std::vector<Image8> tiles;
    for (int t = 0; t < plan.count(); ++t) {
      Image8 maskTile = imaging::resizeMaskNearest(tiling::cropImage(mask, plan.tile(t)), size);
      if (!defectSurvivesAtModelInput(maskTile, size)) continue;
      refs->abnormalMasks.push_back(std::move(maskTile));
      tiles.push_back(resizeBicubicPillow(tiling::cropImage(image, plan.tile(t)), size, size));
    }
    if (tiles.empty())
      throw imaging::ImageError(reference.maskName() + ": the defect vanishes at the model's " + std::to_string(size) +
                                " px input in every " + std::to_string(plan.tileWidth) + " x " +
                                std::to_string(plan.tileHeight) + " px tile of " + reference.image +
                                "; draw it larger or use a smaller tile");
    for (model::ImageFeatures& f : cachedFeatures(std::move(tiles))) refs->abnormalTiles.push_back(std::move(f));
  }
  if (refs->normals.empty() && refs->abnormalTiles.empty()) throw std::invalid_argument("no reference images given");
  if (!refs->abnormalTiles.empty() && !model_.hasHead())
    throw std::invalid_argument("abnormal references need a NAGL head checkpoint (--head)");
  refs->mode = refs->normals.empty()         ? model::ScoringMode::AbnormalOnly
               : refs->abnormalTiles.empty() ? model::ScoringMode::NormalOnly
                                             : model::ScoringMode::NormalAndAbnormal;
  return refs;
}

}  // namespace nagl::engine
