#pragma once
// Plain pixel buffers shared by the model library and the imaging layer.
// No LibTorch, no OpenCV: these cross every layer boundary.
#include <cstdint>
#include <vector>

namespace nagl {

// 8-bit interleaved image: channels == 3 (RGB) or 1 (grey), row-major.
struct Image8 {
  int width = 0;
  int height = 0;
  int channels = 3;
  std::vector<std::uint8_t> pixels;

  Image8() = default;
  Image8(int w, int h, int c) : width(w), height(h), channels(c), pixels(static_cast<std::size_t>(w) * h * c) {}
  bool empty() const { return width <= 0 || height <= 0; }
  std::uint8_t at(int x, int y, int c = 0) const {
    return pixels[(static_cast<std::size_t>(y) * width + x) * channels + c];
  }
};

// Single-channel float image, row-major (anomaly maps, patch grids).
struct FloatImage {
  int width = 0;
  int height = 0;
  std::vector<float> data;

  FloatImage() = default;
  FloatImage(int w, int h) : width(w), height(h), data(static_cast<std::size_t>(w) * h, 0.0f) {}
  float at(int x, int y) const { return data[static_cast<std::size_t>(y) * width + x]; }
  float& at(int x, int y) { return data[static_cast<std::size_t>(y) * width + x]; }
};

}  // namespace nagl
