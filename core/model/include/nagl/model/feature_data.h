#pragma once
// Backbone features as raw data, LibTorch-free: their rows read out as host
// memory (to store them on disk), and features made over a buffer the caller
// owns (a memory-mapped cache file), released when the last copy goes.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "nagl/model/nagl_model.h"

namespace nagl::model {

// (rows, channels) elements of one element type, row-major.
struct FeatureShape {
  Precision dtype = Precision::Float32;
  std::int64_t rows = 0;      // M: patch tokens
  std::int64_t channels = 0;  // C: backbone width
  std::size_t bytes() const;
};
std::size_t elementBytes(Precision dtype);  // 4, 2 or 2

// A features' data as contiguous host memory, copied from the device when
// the features live there; `data` stays valid while `owner` lives.
struct FeatureData {
  FeatureShape shape;
  const void* data = nullptr;
  std::shared_ptr<const void> owner;
};
FeatureData featureData(const ImageFeatures& features);

// Features over `data` (shape.bytes() bytes, aligned to the element size) on
// `device` ("cpu", "cuda:0": DeviceInfo::name). On the CPU the buffer is used
// in place and `release` runs when the last copy of the features is gone; on
// another device it is copied there and released at once. `release` runs
// exactly once, also when this throws (std::invalid_argument for a bad shape).
// The buffer is never written to.
ImageFeatures featuresFromBuffer(const FeatureShape& shape, void* data, std::function<void()> release,
                                 const std::string& device);

}  // namespace nagl::model
