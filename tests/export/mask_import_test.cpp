// Importing masks from PNG (any non-zero = defect, size checked), and the
// one entry point that tells PNG, COCO and labelme apart.
#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>

#include "export_test_support.h"
#include "nagl/export/coco_export.h"
#include "nagl/export/labelme.h"
#include "nagl/export/mask_import.h"
#include "nagl/export/png_files.h"

namespace nagl::exporting {
namespace {

TEST(MaskImport, PngAnyNonZeroIsDefect) {
  const auto dir = test::scratchDir("mask_import_png");
  cv::Mat colour(4, 5, CV_8UC3, cv::Scalar(0, 0, 0));
  colour.at<cv::Vec3b>(1, 2) = {0, 0, 1};    // faint red
  colour.at<cv::Vec3b>(3, 4) = {200, 0, 0};  // blue
  cv::imwrite((dir / "m.png").string(), colour);
  const Image8 mask = importPngMask((dir / "m.png").string(), 5, 4, "img.png");
  EXPECT_EQ(mask.channels, 1);
  EXPECT_EQ(mask.at(2, 1), 255);
  EXPECT_EQ(mask.at(4, 3), 255);
  EXPECT_EQ(std::count(mask.pixels.begin(), mask.pixels.end(), 255), 2);
}

TEST(MaskImport, PngOfTheWrongSizeIsRefusedNamingTheFile) {
  const auto dir = test::scratchDir("mask_import_size");
  writePng((dir / "small_mask.png").string(), test::blobMask(40, 30, 1, 1));
  try {
    importPngMask((dir / "small_mask.png").string(), 160, 120, "query_0.png");
    FAIL();
  } catch (const ExportError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("small_mask.png"), std::string::npos) << what;
    EXPECT_NE(what.find("40x30"), std::string::npos) << what;
    EXPECT_NE(what.find("query_0.png"), std::string::npos) << what;
    EXPECT_NE(what.find("160x120"), std::string::npos) << what;
  }
  try {
    importPngMask((dir / "missing.png").string(), 4, 4, "x.png");
    FAIL();
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("missing.png"), std::string::npos) << e.what();
  }
}

TEST(MaskImport, OneEntryPointForPngCocoAndLabelme) {
  const auto dir = test::scratchDir("mask_import_any");
  const Image8 mask = test::blobMask(64, 48, 9, 2);
  writePng((dir / "m.png").string(), mask);
  CocoWriter coco(CocoSegmentation::Rle);
  coco.addImage(1, "images/q.png", "crack", mask);
  test::writeText(dir / "coco.json", coco.json());
  test::writeText(dir / "labelme.json", labelmeJson("q.png", mask, "crack"));
  EXPECT_EQ(importMask((dir / "m.png").string(), "q.png", 64, 48).pixels, mask.pixels);
  EXPECT_EQ(importMask((dir / "coco.json").string(), "images/q.png", 64, 48).pixels, mask.pixels);
  EXPECT_GT(test::iou(importMask((dir / "labelme.json").string(), "q.png", 64, 48), mask), 0.98);
  test::writeText(dir / "other.json", "{\"x\": 1}");
  EXPECT_THROW(importMask((dir / "other.json").string(), "q.png", 64, 48), ExportError);
}

}  // namespace
}  // namespace nagl::exporting

namespace nagl::exporting {
namespace {

// Writing a colour PNG leaves the caller's pixels alone (it once converted
// to BGR in place, and the overlay written next had red and blue swapped)
// and the file holds the colours in RGB order.
TEST(PngFiles, WritingAColourPngKeepsTheImageAndItsChannelOrder) {
  const auto dir = test::scratchDir("png_channel_order");
  Image8 image(2, 1, 3);
  image.pixels = {200, 100, 10, 1, 2, 3};
  const std::vector<std::uint8_t> before = image.pixels;
  writePng((dir / "colour.png").string(), image);
  EXPECT_EQ(image.pixels, before);
  const cv::Mat read = cv::imread((dir / "colour.png").string(), cv::IMREAD_COLOR);  // BGR
  ASSERT_EQ(read.cols, 2);
  EXPECT_EQ(read.at<cv::Vec3b>(0, 0), cv::Vec3b(10, 100, 200));
  EXPECT_EQ(read.at<cv::Vec3b>(0, 1), cv::Vec3b(3, 2, 1));
}

}  // namespace
}  // namespace nagl::exporting
