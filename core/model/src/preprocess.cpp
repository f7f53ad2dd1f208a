#include "nagl/model/torch/preprocess.h"

#include <stdexcept>

namespace nagl::model {
namespace {
constexpr float kMean[3] = {0.485f, 0.456f, 0.406f};
constexpr float kStd[3] = {0.229f, 0.224f, 0.225f};

void requireAtLeast(const Image8& image, int side, int channels, const char* what) {
  if (image.channels != channels || image.width < side || image.height < side)
    throw std::invalid_argument(std::string(what) + " must be " + std::to_string(channels) + "-channel and at least " +
                                std::to_string(side) + " px square");
}
}  // namespace

at::Tensor normalisedImageTensor(const Image8& rgb, int side) {
  requireAtLeast(rgb, side, 3, "model input image");
  // Same float32 steps as ToTensor (x / 255) then Normalize ((x - m) / s).
  at::Tensor pixels =
      at::from_blob(const_cast<std::uint8_t*>(rgb.pixels.data()), {rgb.height, rgb.width, 3}, at::kByte);
  at::Tensor x = pixels.slice(0, 0, side).slice(1, 0, side).permute({2, 0, 1}).to(at::kFloat).div(255);
  const at::Tensor mean = at::tensor(at::ArrayRef<float>(kMean, 3)).view({3, 1, 1});
  const at::Tensor std = at::tensor(at::ArrayRef<float>(kStd, 3)).view({3, 1, 1});
  return x.sub(mean).div(std).contiguous();
}

at::Tensor maskTensor(const Image8& mask, int side) {
  requireAtLeast(mask, side, 1, "mask");
  at::Tensor pixels =
      at::from_blob(const_cast<std::uint8_t*>(mask.pixels.data()), {mask.height, mask.width}, at::kByte);
  return pixels.slice(0, 0, side).slice(1, 0, side).to(at::kFloat).contiguous();
}

}  // namespace nagl::model
