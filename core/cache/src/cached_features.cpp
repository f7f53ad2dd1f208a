#include "nagl/cache/cached_features.h"

#include <cstring>

#include "nagl/model/feature_data.h"

namespace nagl::cache {
namespace {

std::optional<model::Precision> precisionOf(ElementType type) {
  switch (type) {
    case ElementType::Float32:
      return model::Precision::Float32;
    case ElementType::Float16:
      return model::Precision::Float16;
    case ElementType::BFloat16:
      return model::Precision::BFloat16;
    case ElementType::UInt8:
      break;
  }
  return std::nullopt;
}

ElementType elementTypeOf(model::Precision precision) {
  switch (precision) {
    case model::Precision::Float16:
      return ElementType::Float16;
    case model::Precision::BFloat16:
      return ElementType::BFloat16;
    case model::Precision::Float32:
      break;
  }
  return ElementType::Float32;
}

}  // namespace

std::optional<model::ImageFeatures> featuresOf(std::shared_ptr<const MappedEntry> entry, const std::string& device,
                                               std::int64_t rows) {
  const EntryShape& s = entry->shape();
  const auto precision = precisionOf(s.type);
  if (!precision || s.rows != rows) return std::nullopt;
  void* data = entry->data();
  return model::featuresFromBuffer(
      {*precision, s.rows, s.columns}, data, [keep = std::move(entry)]() mutable { keep.reset(); }, device);
}

void writeFeatures(const FeatureStore& store, const std::string& key, const model::ImageFeatures& features, int width,
                   int height) {
  const model::FeatureData d = model::featureData(features);
  store.write(key, {elementTypeOf(d.shape.dtype), d.shape.rows, d.shape.channels, width, height}, d.data);
}

std::optional<Image8> maskOf(const MappedEntry& entry, int side) {
  const EntryShape& s = entry.shape();
  if (s.type != ElementType::UInt8 || s.rows != side || s.columns != side) return std::nullopt;
  Image8 mask(side, side, 1);
  std::memcpy(mask.pixels.data(), entry.data(), mask.pixels.size());
  return mask;
}

void writeMask(const FeatureStore& store, const std::string& key, const Image8& resized, int width, int height) {
  store.write(key, {ElementType::UInt8, resized.height, resized.width, width, height}, resized.pixels.data());
}

}  // namespace nagl::cache
