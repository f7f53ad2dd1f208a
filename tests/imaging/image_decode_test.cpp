// Decoding as the reference does, and a clear error for every bad file.
#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>

#include "../support/scratch_files.h"
#include "../support/thrown_message.h"
#include "nagl/imaging/float_tiff.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/imaging/image_signature.h"

namespace nagl::test {
namespace {

TEST(ImageDecode, ColourIsReturnedAsRgb) {
  const auto dir = scratchDir("decode_rgb");
  cv::Mat bgr(14, 15, CV_8UC3, cv::Scalar(10, 20, 30));  // B=10 G=20 R=30
  cv::imwrite((dir / "a.png").string(), bgr);
  const Image8 rgb = imaging::decodeQueryImage((dir / "a.png").string());
  EXPECT_EQ(rgb.width, 15);
  EXPECT_EQ(rgb.height, 14);
  EXPECT_EQ(rgb.channels, 3);
  EXPECT_EQ(rgb.at(1, 1, 0), 30);
  EXPECT_EQ(rgb.at(1, 1, 2), 10);
}

TEST(ImageDecode, GreyAlphaAndSixteenBitBecomeEightBitRgb) {
  const auto dir = scratchDir("decode_kinds");
  cv::imwrite((dir / "grey.png").string(), cv::Mat(14, 14, CV_8UC1, cv::Scalar(77)));
  cv::imwrite((dir / "alpha.png").string(), cv::Mat(14, 14, CV_8UC4, cv::Scalar(1, 2, 3, 0)));
  cv::imwrite((dir / "deep.png").string(), cv::Mat(14, 14, CV_16UC1, cv::Scalar(51400)));  // 200.8 * 256
  const Image8 grey = imaging::decodeReferenceImage((dir / "grey.png").string());
  EXPECT_EQ(grey.channels, 3);
  EXPECT_EQ(grey.at(2, 2, 1), 77);
  const Image8 alpha = imaging::decodeQueryImage((dir / "alpha.png").string());
  EXPECT_EQ(alpha.channels, 3);
  EXPECT_EQ(alpha.at(0, 0, 0), 3);  // alpha dropped, not composited
  EXPECT_EQ(imaging::decodeQueryImage((dir / "deep.png").string()).at(3, 3, 0), 200);
}

TEST(ImageDecode, MasksKeepRawValues) {
  const auto dir = scratchDir("decode_mask");
  cv::Mat mask(5, 5, CV_8UC1, cv::Scalar(0));
  mask.at<std::uint8_t>(2, 3) = 255;
  cv::imwrite((dir / "m.png").string(), mask);
  const Image8 m = imaging::decodeMask((dir / "m.png").string());
  EXPECT_EQ(m.channels, 1);
  EXPECT_EQ(m.at(3, 2), 255);
  EXPECT_EQ(m.at(2, 3), 0);
  const Image8 big = imaging::resizeMaskNearest(m, 10);
  EXPECT_EQ(big.at(6, 4), 255);
  EXPECT_EQ(big.at(7, 5), 255);
}

TEST(ImageDecode, BadFilesGiveErrorsNamingTheFile) {
  const auto dir = scratchDir("decode_bad");
  writeBytes(dir / "empty.png", "");
  writeBytes(dir / "text.png", "this is not an image at all");
  cv::imwrite((dir / "good.png").string(), cv::Mat(64, 64, CV_8UC3, cv::Scalar(1, 2, 3)));
  const std::string good = readBytes(dir / "good.png");
  writeBytes(dir / "truncated.png", good.substr(0, good.size() / 3));
  const auto p = [&](const char* n) { return (dir / n).string(); };
  EXPECT_EQ(messageOf<imaging::ImageError>([&] { imaging::decodeQueryImage(p("missing.png")); }),
            p("missing.png") + ": file not found");
  EXPECT_EQ(messageOf<imaging::ImageError>([&] { imaging::decodeQueryImage(p("empty.png")); }),
            p("empty.png") + ": empty file (0 bytes)");
  EXPECT_EQ(messageOf<imaging::ImageError>([&] { imaging::decodeQueryImage(dir.string()); }),
            dir.string() + ": is a folder, not an image file");
  EXPECT_EQ(
      messageOf<imaging::ImageError>([&] { imaging::decodeQueryImage(p("text.png")); }),
      p("text.png") + ": not a PNG, JPEG, BMP, TIFF, WebP or PNM image (it starts with bytes 74 68 69 73 20 69 73 20)");
  EXPECT_EQ(messageOf<imaging::ImageError>([&] {
              imaging::decodeMask(p("truncated.png"));
            }).rfind(p("truncated.png") + ": cannot decode image", 0),
            0u);
}

// Found by tests/fuzz (nagl-fuzz-image): 134 bytes with a DICOM marker made
// OpenCV's GDCM decoder hit an assert and abort the whole process. Only the
// formats we accept reach OpenCV now, so it is one clear error.
TEST(ImageDecode, FilesOfOtherFormatsNeverReachOpenCv) {
  const std::string crash = std::string(NAGL_SOURCE_DIR) + "/tests/data/bad/dicom_marker_gdcm_assert.png";
  for (auto decode : {&imaging::decodeQueryImage, &imaging::decodeReferenceImage, &imaging::decodeMask})
    EXPECT_EQ(messageOf<imaging::ImageError>([&] {
                decode(crash);
              }).rfind(crash + ": not a PNG, JPEG, BMP, TIFF, WebP or PNM image", 0),
              0u);
  EXPECT_EQ(imaging::sniffImageFormat(crash), imaging::ImageFormat::Unknown);
}

TEST(ImageDecode, EveryAcceptedFormatStillDecodes) {
  const auto dir = scratchDir("decode_formats");
  const cv::Mat bgr(20, 30, CV_8UC3, cv::Scalar(10, 120, 230));
  for (const auto& [name, format] :
       std::vector<std::pair<std::string, imaging::ImageFormat>>{{"a.png", imaging::ImageFormat::Png},
                                                                 {"a.jpg", imaging::ImageFormat::Jpeg},
                                                                 {"a.bmp", imaging::ImageFormat::Bmp},
                                                                 {"a.tiff", imaging::ImageFormat::Tiff},
                                                                 {"a.webp", imaging::ImageFormat::WebP},
                                                                 {"a.ppm", imaging::ImageFormat::Pnm}}) {
    const std::string path = (dir / name).string();
    ASSERT_TRUE(cv::imwrite(path, bgr)) << name;
    EXPECT_EQ(imaging::sniffImageFormat(path), format) << name;
    const Image8 rgb = imaging::decodeQueryImage(path);
    EXPECT_EQ(rgb.width, 30) << name;
    EXPECT_NEAR(rgb.at(5, 5, 2), 10, 3) << name;  // blue channel last in RGB
  }
}

TEST(FloatTiff, RoundTripsExactly) {
  const auto dir = scratchDir("tiff");
  FloatImage map(7, 3);
  for (std::size_t i = 0; i < map.data.size(); ++i) map.data[i] = 0.1f * static_cast<float>(i) + 1e-7f;
  imaging::writeFloatTiff((dir / "m.tiff").string(), map);
  const FloatImage back = imaging::readFloatTiff((dir / "m.tiff").string());
  EXPECT_EQ(back.width, 7);
  EXPECT_EQ(back.height, 3);
  EXPECT_EQ(back.data, map.data);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1) << "no temporary file left behind";
  EXPECT_THROW(imaging::writeFloatTiff((dir / "no" / "such" / "m.tiff").string(), map), imaging::ImageError);
}

}  // namespace
}  // namespace nagl::test
