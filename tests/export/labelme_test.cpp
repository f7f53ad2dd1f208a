// labelme JSON: the fields labelme expects, and a round trip through import.
#include <gtest/gtest.h>

#include "export_test_support.h"
#include "nagl/export/json_reader.h"
#include "nagl/export/labelme.h"

namespace nagl::exporting {
namespace {

TEST(Labelme, WritesPolygonShapesWithTheImageFields) {
  const Image8 mask = test::blobMask(120, 90, 4, 3);
  const JsonValue root = parseJson(labelmeJson("../images/part 1.png", mask, "crack"));
  EXPECT_TRUE(root.find("version")->isString());
  EXPECT_EQ(root.find("imagePath")->text, "../images/part 1.png");
  EXPECT_TRUE(root.find("imageData")->isNull());
  EXPECT_EQ(root.find("imageHeight")->number, 90);
  EXPECT_EQ(root.find("imageWidth")->number, 120);
  const JsonValue& shapes = *root.find("shapes");
  ASSERT_GE(shapes.items.size(), 1u);
  for (const JsonValue& s : shapes.items) {
    EXPECT_EQ(s.find("label")->text, "crack");
    EXPECT_EQ(s.find("shape_type")->text, "polygon");
    ASSERT_GE(s.find("points")->items.size(), 3u);
    EXPECT_EQ(s.find("points")->items[0].items.size(), 2u);
  }
}

TEST(Labelme, RoundTripGivesTheSameBlobs) {
  const auto dir = test::scratchDir("labelme_round_trip");
  const Image8 mask = test::blobMask(150, 110, 5, 4);
  test::writeText(dir / "a.json", labelmeJson("a.png", mask, "defect"));
  const Image8 back = importLabelmeMask((dir / "a.json").string(), 150, 110);
  EXPECT_GT(test::iou(back, mask), 0.98);
  // An empty mask round-trips to an empty mask.
  test::writeText(dir / "empty.json", labelmeJson("e.png", Image8(30, 20, 1), "defect"));
  const Image8 empty = importLabelmeMask((dir / "empty.json").string(), 30, 20);
  EXPECT_EQ(std::count(empty.pixels.begin(), empty.pixels.end(), 0), 600);
}

TEST(Labelme, ImportsRectanglesAndRefusesAnotherImageSize) {
  const auto dir = test::scratchDir("labelme_import");
  test::writeText(dir / "r.json", R"({"shapes": [{"label": "x", "points": [[2, 3], [5, 4]], "shape_type": "rectangle"},
    {"label": "p", "points": [[1, 1]], "shape_type": "point"}], "imageWidth": 10, "imageHeight": 8})");
  const Image8 mask = importLabelmeMask((dir / "r.json").string(), 10, 8);
  EXPECT_EQ(std::count(mask.pixels.begin(), mask.pixels.end(), 255), 4 * 2);  // x 2..5, y 3..4
  EXPECT_EQ(mask.at(2, 3), 255);
  EXPECT_EQ(mask.at(1, 1), 0);  // points have no area
  try {
    importLabelmeMask((dir / "r.json").string(), 11, 8);
    FAIL();
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("r.json"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("imageWidth"), std::string::npos) << e.what();
  }
  test::writeText(dir / "not.json", R"({"images": []})");
  EXPECT_THROW(importLabelmeMask((dir / "not.json").string(), 10, 8), ExportError);
}

}  // namespace
}  // namespace nagl::exporting
