// tests/data/bad/images/: every file's exact behaviour when decoded (the
// README there lists them; generate.py writes them).
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>

#include "../support/thrown_message.h"
#include "nagl/imaging/display_decode.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/imaging/image_header.h"
#include "nagl/imaging/image_limits.h"

namespace nagl::test {
namespace {

std::string corpus(const std::string& name) { return std::string(NAGL_SOURCE_DIR) + "/tests/data/bad/images/" + name; }

// File -> what follows "<path>: " in the error. Every corpus file that is
// neither good_* nor mask_* must be listed (checked below).
const std::map<std::string, std::string>& expectedErrors() {
  static const std::map<std::string, std::string> errors = {
      {"zero_bytes.png", "empty file (0 bytes)"},
      {"truncated.png", "cannot decode image: unsupported format, corrupt or truncated file"},
      {"corrupt_crc.png", "cannot decode image: unsupported format, corrupt or truncated file"},
      {"truncated.jpg", "truncated JPEG (the file ends before its end-of-image marker)"},
      {"truncated.bmp", "cannot decode image: unsupported format, corrupt or truncated file"},
      // OpenCV writes the directory last: cut short, the file has no size.
      {"truncated.tiff", "cannot read the image size from its header, so it is not decoded"},
      {"truncated.webp", "cannot decode image: unsupported format, corrupt or truncated file"},
      {"text_renamed.png",
       "not a PNG, JPEG, BMP, TIFF, WebP or PNM image (it starts with bytes 6c 6f 74 20 34 32 2c 20)"},
      {"pdf_renamed.jpg",
       "not a PNG, JPEG, BMP, TIFF, WebP or PNM image (it starts with bytes 25 50 44 46 2d 31 2e 34)"},
      {"bomb_100000x100000.png",
       "image is 100000 x 100000 pixels (10000.0 megapixels), above the limit of 200.0 megapixels (raise it with "
       "--max-image-pixels or NAGL_MAX_IMAGE_PIXELS)"},
      {"bomb_65000x65000.jpg",
       "image is 65000 x 65000 pixels (4225.0 megapixels), above the limit of 200.0 megapixels (raise it with "
       "--max-image-pixels or NAGL_MAX_IMAGE_PIXELS)"},
      {"bomb_60000x60000.bmp",
       "image is 60000 x 60000 pixels (3600.0 megapixels), above the limit of 200.0 megapixels (raise it with "
       "--max-image-pixels or NAGL_MAX_IMAGE_PIXELS)"},
      {"bomb_50000x50000.pgm",
       "image is 50000 x 50000 pixels (2500.0 megapixels), above the limit of 200.0 megapixels (raise it with "
       "--max-image-pixels or NAGL_MAX_IMAGE_PIXELS)"},
      {"bomb_long_comment_16534x50000.pgm",
       "image is 16534 x 50000 pixels (826.7 megapixels), above the limit of 200.0 megapixels (raise it with "
       "--max-image-pixels or NAGL_MAX_IMAGE_PIXELS)"},
      {"bomb_odd_separators_50000x50000.pgm",
       "image is 50000 x 50000 pixels (2500.0 megapixels), above the limit of 200.0 megapixels (raise it with "
       "--max-image-pixels or NAGL_MAX_IMAGE_PIXELS)"},
      {"odd_separator_2000x2000.pgm", "cannot decode image: unsupported format, corrupt or truncated file"},
      {"size_unreadable.pgm", "cannot read the image size from its header, so it is not decoded"},
      {"bomb_16384x16384.webp",
       "image is 16384 x 16384 pixels (268.4 megapixels), above the limit of 200.0 megapixels (raise it with "
       "--max-image-pixels or NAGL_MAX_IMAGE_PIXELS)"},
      {"tiny_1x1.png", "image is 1 x 1 pixels; at least 14 x 14 (one model patch) is needed"},
      {"tiny_13x13.png", "image is 13 x 13 pixels; at least 14 x 14 (one model patch) is needed"},
      {"tiny_13x400.png", "image is 400 x 13 pixels; at least 14 x 14 (one model patch) is needed"},
      {"float32_out_of_range.tiff",
       "floating-point image with values from 0.000000 to 1000.000000; only intensities from 0 to 1 are understood "
       "(save it as 8 or 16 bit)"},
      {"float32_nan.tiff", "floating-point image contains NaN or infinite values"},
  };
  return errors;
}

TEST(BadImageCorpus, EveryBadFileGivesItsExactErrorForQueriesReferencesAndDisplay) {
  ASSERT_EQ(imaging::maxImagePixels(), imaging::kDefaultMaxImagePixels);
  for (const auto& [name, reason] : expectedErrors()) {
    const std::string path = corpus(name);
    ASSERT_TRUE(std::filesystem::exists(path)) << path;
    EXPECT_EQ(messageOf<imaging::ImageError>([&] { imaging::decodeQueryImage(path); }), path + ": " + reason);
    EXPECT_EQ(messageOf<imaging::ImageError>([&] { imaging::decodeReferenceImage(path); }), path + ": " + reason);
    if (name.rfind("tiny_", 0) != 0) {  // display shows small images; everything else fails there too
      EXPECT_NE(messageOf<imaging::ImageError>([&] { imaging::decodeForDisplay(path); }).rfind(path + ": ", 0),
                std::string::npos)
          << name;
    }
  }
}

TEST(BadImageCorpus, EveryFileIsEitherGoodOrHasAnExpectedError) {
  for (const auto& entry : std::filesystem::directory_iterator(corpus(""))) {
    const std::string name = entry.path().filename().string();
    if (name == "generate.py" || name == "README.md") continue;
    const bool good = name.rfind("good_", 0) == 0 || name.rfind("mask_", 0) == 0;
    EXPECT_NE(good, expectedErrors().count(name) == 1) << name << ": not in the test's table";
    if (good) {
      EXPECT_EQ(messageOf<imaging::ImageError>([&] { imaging::decodeQueryImage(entry.path().string()); }), "no error")
          << name;
    }
  }
}

TEST(BadImageCorpus, PixelLimitIsCheckedBeforeDecodingAndConfigurable) {
  EXPECT_EQ(imaging::readImageDimensions(corpus("bomb_100000x100000.png"))->pixels(), 10'000'000'000ull);
  EXPECT_EQ(imaging::readImageDimensions(corpus("good_rgb.jpg"))->width, 64u);
  EXPECT_EQ(imaging::readImageDimensions(corpus("good_16bit.tiff"))->height, 40u);
  EXPECT_EQ(imaging::readImageDimensions(corpus("good_rgb.png"))->height, 48u);
  EXPECT_FALSE(imaging::readImageDimensions(corpus("text_renamed.png")));
  imaging::setMaxImagePixels(64 * 48 - 1);
  const std::string small = corpus("good_rgb.png");
  EXPECT_EQ(messageOf<imaging::ImageError>([&] { imaging::decodeQueryImage(small); }),
            small +
                ": image is 64 x 48 pixels (0.0 megapixels), above the limit of 0.0 megapixels (raise it with "
                "--max-image-pixels or NAGL_MAX_IMAGE_PIXELS)");
  imaging::setMaxImagePixels(64 * 48);
  EXPECT_EQ(messageOf<imaging::ImageError>([&] { imaging::decodeQueryImage(small); }), "no error");
  imaging::setMaxImagePixels(imaging::kDefaultMaxImagePixels);
}

// The fuzzer's reproducer class: a header whose odd layout hid its size.
// Under the default limit the 4-megapixel one only fails for its missing
// pixels; under a small limit every decode refuses it by its size.
TEST(BadImageCorpus, AHeaderThatHidItsSizeIsRefusedUnderASmallLimit) {
  const std::string hidden = corpus("odd_separator_2000x2000.pgm");
  imaging::setMaxImagePixels(1'000'000);
  const std::string refused = hidden +
                              ": image is 2000 x 2000 pixels (4.0 megapixels), above the limit of 1.0 megapixels "
                              "(raise it with --max-image-pixels or NAGL_MAX_IMAGE_PIXELS)";
  EXPECT_EQ(messageOf<imaging::ImageError>([&] { imaging::decodeQueryImage(hidden); }), refused);
  EXPECT_EQ(messageOf<imaging::ImageError>([&] { imaging::decodeMask(hidden); }), refused);
  EXPECT_EQ(messageOf<imaging::ImageError>([&] { imaging::decodeForDisplay(hidden); }), refused);
  imaging::setMaxImagePixels(imaging::kDefaultMaxImagePixels);
}

TEST(BadImageCorpus, SixteenBitFloatGreyAlphaAndCmykHaveOneDefinedMeaning) {
  // 16 bit: the high byte, as OpenCV's colour decode (the reference) does.
  for (const char* name : {"good_16bit.png", "good_16bit.tiff"}) {
    const Image8 deep = imaging::decodeQueryImage(corpus(name));
    ASSERT_EQ(deep.width, 50);
    for (int x : {0, 17, 49})
      for (int y : {0, 20, 39})
        EXPECT_NEAR(deep.at(x, y, 1), ((y * 50 + x) * 32) >> 8, 1) << name << " " << x << "," << y;
  }
  // float 0..1: value * 255 rounded; grey becomes RGB; channels stay in place.
  const Image8 grey = imaging::decodeQueryImage(corpus("good_float32_grey.tiff"));
  const Image8 rgb = imaging::decodeQueryImage(corpus("good_float32_rgb.tiff"));
  for (int i : {0, 777, 1999}) {
    const double v = static_cast<float>(i) / 1999.0f;
    const int x = i % 50, y = i / 50;
    EXPECT_NEAR(grey.at(x, y, 0), std::lround(v * 255), 1);
    EXPECT_EQ(grey.at(x, y, 0), grey.at(x, y, 2));
    EXPECT_NEAR(rgb.at(x, y, 2), std::lround(v * 255), 1);        // written as B
    EXPECT_NEAR(rgb.at(x, y, 1), std::lround((1 - v) * 255), 1);  // G
    EXPECT_NEAR(rgb.at(x, y, 0), std::lround(v * 0.5 * 255), 1);  // R
  }
  // grey + alpha: the grey value, alpha ignored (not composited over black).
  const Image8 la = imaging::decodeQueryImage(corpus("good_grey_alpha.png"));
  EXPECT_EQ(la.at(40, 20, 0), 40 * 255 / 49);
  EXPECT_EQ(la.at(40, 20, 2), 40 * 255 / 49);
  // CMYK (Adobe) JPEG of pure red.
  const Image8 cmyk = imaging::decodeQueryImage(corpus("good_cmyk.jpg"));
  EXPECT_GT(cmyk.at(10, 10, 0), 200);
  EXPECT_LT(cmyk.at(10, 10, 1), 60);
  EXPECT_LT(cmyk.at(10, 10, 2), 60);
}

double meanAbsDifference(const Image8& a, const Image8& b) {
  double sum = 0;
  for (std::size_t i = 0; i < a.pixels.size(); ++i) sum += std::abs(int(a.pixels[i]) - int(b.pixels[i]));
  return sum / static_cast<double>(a.pixels.size());
}

// One policy: the EXIF orientation is applied by every decode.
TEST(BadImageCorpus, ExifOrientationIsAppliedForQueriesReferencesMasksAndDisplay) {
  const Image8 upright = imaging::decodeQueryImage(corpus("good_upright.png"));
  ASSERT_EQ(upright.width, 48);
  ASSERT_EQ(upright.height, 32);
  const std::string rotated = corpus("good_exif_rotated.jpg");
  for (const Image8& image : {imaging::decodeQueryImage(rotated), imaging::decodeReferenceImage(rotated)}) {
    ASSERT_EQ(image.width, 48);
    ASSERT_EQ(image.height, 32);
    EXPECT_LT(meanAbsDifference(image, upright), 4.0);
    EXPECT_GT(image.at(3, 3, 0), 200);  // the red block is top-left once turned
  }
  const Image8 mask = imaging::decodeMask(rotated);
  EXPECT_EQ(mask.width, 48);
  EXPECT_EQ(mask.height, 32);
  const imaging::DisplayPixels shown = imaging::decodeForDisplay(rotated);
  EXPECT_EQ(shown.width, 48);
  EXPECT_EQ(shown.height, 32);
}

}  // namespace
}  // namespace nagl::test
