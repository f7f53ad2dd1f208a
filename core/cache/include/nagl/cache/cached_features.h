#pragma once
// Cache entries as the model's features and as masks: what `nagl train`
// and the engine store and load.
#include <memory>
#include <optional>
#include <string>

#include "nagl/cache/feature_store.h"
#include "nagl/model/nagl_model.h"
#include "nagl/vision/image.h"

namespace nagl::cache {

// The features over the mapped entry on `device` (DeviceInfo::name): on the
// CPU the mapping itself, unmapped when the last copy of the features goes.
// Null when the entry holds no features (a mask) or not `rows` rows.
std::optional<model::ImageFeatures> featuresOf(std::shared_ptr<const MappedEntry> entry, const std::string& device,
                                               std::int64_t rows);
// Stores features of an image of width x height (its decoded size).
void writeFeatures(const FeatureStore& store, const std::string& key, const model::ImageFeatures& features, int width,
                   int height);

// A resized mask (grey, side x side) of a mask file of width x height.
std::optional<Image8> maskOf(const MappedEntry& entry, int side);
void writeMask(const FeatureStore& store, const std::string& key, const Image8& resized, int width, int height);

}  // namespace nagl::cache
