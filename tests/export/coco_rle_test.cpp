// COCO RLE: pycocotools' column-major convention, exact round trips,
// per-component encoding and compressed counts.
#include <gtest/gtest.h>

#include "export_test_support.h"
#include "nagl/export/coco_import.h"
#include "nagl/export/coco_rle.h"

namespace nagl::exporting {
namespace {

TEST(CocoRle, CountsRunColumnByColumnStartingWithBackground) {
  // 3 wide, 2 high:   row 0: 1 0 0     column-major: (0,0)=1 (0,1)=1 (1,0)=0 (1,1)=1 (2,0)=0 (2,1)=0
  //                   row 1: 1 1 0  -> runs: 0 zeros, 2 ones, 1 zero, 1 one, 2 zeros
  Image8 mask(3, 2, 1);
  mask.pixels = {255, 0, 0, 255, 255, 0};
  const CocoRle rle = encodeRle(mask);
  EXPECT_EQ(rle.counts, (std::vector<std::uint32_t>{0, 2, 1, 1, 2}));
  EXPECT_EQ(rleArea(rle), 3u);
  EXPECT_EQ(decodeRle(rle).pixels, mask.pixels);
}

TEST(CocoRle, RoundTripIsExactOnBlobsWithHoles) {
  const Image8 mask = test::blobMask(97, 61, 7, 5, true);
  const CocoRle rle = encodeRle(mask);
  EXPECT_EQ(decodeRle(rle).pixels, mask.pixels);
}

TEST(CocoRle, LabelEncodingMatchesTheMaskOfThatLabel) {
  const int w = 9, h = 7;
  std::vector<int> labels(w * h, 0);
  for (int y = 2; y < 5; ++y)
    for (int x = 3; x < 6; ++x) labels[y * w + x] = (x + y) % 2 ? 1 : 2;
  Image8 only1(w, h, 1);
  for (int i = 0; i < w * h; ++i) only1.pixels[i] = labels[i] == 1 ? 255 : 0;
  EXPECT_EQ(encodeRleOfLabel(labels, w, h, 1, 3, 2, 3, 3).counts, encodeRle(only1).counts);
}

TEST(CocoRle, BadCountsAreRefusedNamingTheContext) {
  CocoRle rle{4, 4, {3, 20}};
  try {
    decodeRle(rle, "file.json annotation 7");
    FAIL();
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("file.json annotation 7"), std::string::npos);
  }
  EXPECT_THROW(decodeRle(CocoRle{4, 4, {3, 2}}), ExportError);  // sums to 5, not 16
}

TEST(CocoRle, DecodesPycocotoolsCompressedCounts) {
  // pycocotools' string: each count in 5-bit groups ('0' + group, 0x20 =
  // more follows, 0x10 of the last = negative); counts from index 3 on are
  // stored as the difference to counts[i - 2]: [5, 3, 2, 6] -> 5 3 2 (6-3).
  EXPECT_EQ(decodeCompressedRleCounts("5323", "t"), (std::vector<std::uint32_t>{5, 3, 2, 6}));
  // A negative difference: [5, 3, 2, 1] stores 1 - 3 = -2 as 0x1e -> 'N'.
  EXPECT_EQ(decodeCompressedRleCounts("532N", "t"), (std::vector<std::uint32_t>{5, 3, 2, 1}));
  // A count above 31 needs two groups: 40 = 8 + 1*32 -> '0'+(8|0x20), '0'+1.
  EXPECT_EQ(decodeCompressedRleCounts(std::string{static_cast<char>('0' + (8 | 0x20)), '1'}, "t"),
            (std::vector<std::uint32_t>{40}));
  EXPECT_THROW(decodeCompressedRleCounts(std::string(1, static_cast<char>('0' + 0x20)), "t"), ExportError);
}

}  // namespace
}  // namespace nagl::exporting
