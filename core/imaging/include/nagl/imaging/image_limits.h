#pragma once
// Limits on the images we agree to decode.
#include <cstdint>

namespace nagl::imaging {

// Images whose header states more pixels than this are refused before
// decoding. Default 200 megapixels (~600 MB as 8-bit RGB), or the value of
// the environment variable NAGL_MAX_IMAGE_PIXELS; `nagl --max-image-pixels`
// and the workstation's settings override it.
std::uint64_t maxImagePixels();
void setMaxImagePixels(std::uint64_t pixels);
inline constexpr std::uint64_t kDefaultMaxImagePixels = 200'000'000;

// The model cuts images into 14 x 14 patches: a side shorter than one patch
// is a thumbnail or a broken file, not an inspection image.
inline constexpr int kMinImageSide = 14;

}  // namespace nagl::imaging
