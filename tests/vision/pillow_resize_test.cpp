// Pillow-exact resampling. Expected bytes were produced by Pillow 9.4's
// Image.resize(..., Image.BICUBIC) on the same 7x5 pattern.
#include <gtest/gtest.h>

#include "nagl/vision/pillow_resize.h"

namespace nagl {
namespace {

Image8 pattern7x5() {
  Image8 image(7, 5, 3);
  for (int y = 0; y < 5; ++y)
    for (int x = 0; x < 7; ++x)
      for (int c = 0; c < 3; ++c)
        image.pixels[(y * 7 + x) * 3 + c] = static_cast<std::uint8_t>((x * 37 + y * 11 + c * 5 + x * y * 13) % 256);
  return image;
}

std::vector<int> asInts(const Image8& image) { return {image.pixels.begin(), image.pixels.end()}; }

TEST(PillowResize, DownscaleBothAxesMatchesPillow) {
  const Image8 out = resizeBicubicPillow(pattern7x5(), 3, 4);
  EXPECT_EQ(out.width, 3);
  EXPECT_EQ(out.height, 4);
  EXPECT_EQ(asInts(out),
            (std::vector<int>{29, 34, 39,  121, 126, 131, 169, 174, 179, 59,  64,  69,  154, 159, 164, 65,  70,  75,
                              90, 95, 100, 98,  103, 108, 140, 145, 150, 114, 119, 124, 123, 128, 133, 159, 164, 169}));
}

TEST(PillowResize, UpscaleClampsOvershootLikePillow) {
  const Image8 out = resizeBicubicPillow(pattern7x5(), 11, 9);
  // Pillow's full output, one image row per line (edges overshoot and clamp).
  const std::vector<int> expected = {
      0,   1,   6,   12,  17,  22,  38,  43,  48,  61,  66,  71,  84,  89,  94,  107, 112, 117, 129, 134, 139, 157, 162,
      167, 196, 201, 206, 224, 229, 234, 239, 244, 249, 2,   4,   9,   17,  22,  27,  46,  51,  56,  72,  77,  82,  97,
      102, 107, 123, 128, 133, 161, 166, 171, 165, 170, 175, 134, 139, 144, 154, 159, 164, 176, 181, 186, 6,   11,  16,
      27,  32,  37,  63,  68,  73,  93,  98,  103, 123, 128, 133, 155, 160, 165, 212, 217, 222, 172, 177, 182, 25,  30,
      35,  33,  38,  43,  68,  73,  78,  12,  17,  22,  36,  41,  46,  77,  82,  87,  111, 116, 121, 158, 163, 168, 197,
      202, 207, 162, 167, 172, 98,  103, 108, 25,  30,  35,  48,  53,  58,  81,  86,  91,  18,  23,  28,  45,  50,  55,
      91,  96,  101, 131, 136, 141, 182, 187, 192, 211, 216, 221, 80,  85,  90,  17,  22,  27,  74,  79,  84,  121, 126,
      131, 148, 153, 158, 24,  29,  34,  54,  59,  64,  105, 110, 115, 160, 165, 170, 151, 156, 161, 93,  98,  103, 48,
      53,  58,  52,  57,  62,  115, 120, 125, 179, 184, 189, 217, 222, 227, 29,  34,  39,  63,  68,  73,  120, 125, 130,
      188, 193, 198, 129, 134, 139, 0,   5,   10,  46,  51,  56,  111, 116, 121, 160, 165, 170, 204, 209, 214, 228, 233,
      238, 36,  41,  46,  72,  77,  82,  136, 141, 146, 209, 214, 219, 156, 161, 166, 34,  39,  44,  84,  89,  94,  158,
      163, 168, 214, 219, 224, 161, 166, 171, 108, 113, 118, 39,  44,  49,  77,  82,  87,  144, 149, 154, 219, 224, 229,
      172, 177, 182, 59,  64,  69,  106, 111, 116, 181, 186, 191, 242, 247, 252, 135, 140, 145, 39,  44,  49};
  EXPECT_EQ(asInts(out), expected);
}

TEST(PillowResize, SameWidthOnlyResamplesVertically) {
  const Image8 out = resizeBicubicPillow(pattern7x5(), 7, 2);
  EXPECT_EQ(asInts(out), (std::vector<int>{9,   14,  19, 58, 63,  68,  106, 111, 116, 154, 159, 164, 141, 146,
                                           151, 83,  88, 93, 139, 144, 149, 35,  40,  45,  112, 117, 122, 190,
                                           195, 200, 73, 78, 83,  89,  94,  99,  160, 165, 170, 149, 154, 159}));
}

TEST(PillowResize, TargetSizeEqualToSourceIsIdentity) {
  const Image8 in = pattern7x5();
  EXPECT_EQ(asInts(resizeBicubicPillow(in, 7, 5)), asInts(in));
}

TEST(PillowResize, ConstantImageStaysConstantAndGreyIsSupported) {
  Image8 grey(13, 29, 1);
  std::fill(grey.pixels.begin(), grey.pixels.end(), 200);
  const Image8 out = resizeBicubicPillow(grey, 448, 448);
  EXPECT_EQ(out.channels, 1);
  EXPECT_TRUE(std::all_of(out.pixels.begin(), out.pixels.end(), [](std::uint8_t v) { return v == 200; }));
}

TEST(PillowResize, RejectsEmptyInputAndBadBuffers) {
  EXPECT_THROW(resizeBicubicPillow(Image8(), 4, 4), std::invalid_argument);
  Image8 broken(4, 4, 3);
  broken.pixels.resize(5);
  EXPECT_THROW(resizeBicubicPillow(broken, 2, 2), std::invalid_argument);
  EXPECT_THROW(resizeBicubicPillow(pattern7x5(), 0, 3), std::invalid_argument);
}

}  // namespace
}  // namespace nagl
