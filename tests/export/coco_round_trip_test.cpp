// COCO export read back: RLE gives exactly the same pixels, polygons the
// same blobs (IoU > 0.98, holes filled), and the JSON follows the COCO spec.
#include <gtest/gtest.h>

#include "export_test_support.h"
#include "nagl/export/binary_mask.h"
#include "nagl/export/coco_export.h"
#include "nagl/export/coco_import.h"
#include "nagl/export/json_reader.h"
#include "nagl/export/mask_polygons.h"

namespace nagl::exporting {
namespace {

struct Written {
  std::filesystem::path file;
  JsonValue root;
};

Written writeCoco(CocoSegmentation kind, const std::vector<std::pair<std::string, Image8>>& images,
                  const std::string& name) {
  CocoWriter writer(kind);
  // Added out of order: the file is still sorted by image id.
  for (int i = static_cast<int>(images.size()) - 1; i >= 0; --i)
    writer.addImage(i + 1, images[i].first, i == 1 ? "scratch" : "crack", images[i].second);
  const auto dir = test::scratchDir(name);
  Written w{dir / "annotations.json", {}};
  test::writeText(w.file, writer.json());
  w.root = readJsonFile(w.file.string());
  return w;
}

std::vector<std::pair<std::string, Image8>> lot() {
  return {{"lot/a.png", test::blobMask(160, 120, 1, 4, true)},
          {"lot/b.png", test::blobMask(90, 130, 2, 2)},
          {"lot/c.png", emptyMask(50, 40)}};
}

void expectCocoStructure(const JsonValue& root, int iscrowd) {
  const JsonValue& images = *root.find("images");
  ASSERT_EQ(images.items.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(images.items[i].find("id")->number, static_cast<double>(i + 1));
    EXPECT_TRUE(images.items[i].find("file_name")->isString());
    EXPECT_GT(images.items[i].find("width")->number, 0);
    EXPECT_GT(images.items[i].find("height")->number, 0);
  }
  const JsonValue& categories = *root.find("categories");
  ASSERT_EQ(categories.items.size(), 2u);  // one per defect type, ids from 1 by name
  EXPECT_EQ(categories.items[0].find("name")->text, "crack");
  EXPECT_EQ(categories.items[0].find("id")->number, 1);
  EXPECT_EQ(categories.items[1].find("name")->text, "scratch");
  const JsonValue& annotations = *root.find("annotations");
  ASSERT_GE(annotations.items.size(), 3u);
  double id = 0;
  for (const JsonValue& a : annotations.items) {
    EXPECT_EQ(a.find("id")->number, ++id);
    const double image = a.find("image_id")->number;
    EXPECT_TRUE(image == 1 || image == 2) << image;  // the empty mask has none
    EXPECT_EQ(a.find("category_id")->number, image == 2 ? 2 : 1);
    EXPECT_EQ(a.find("iscrowd")->number, iscrowd);
    EXPECT_GT(a.find("area")->number, 0);
    const JsonValue& bbox = *a.find("bbox");
    ASSERT_EQ(bbox.items.size(), 4u);
    EXPECT_GE(bbox.items[0].number, 0);
    EXPECT_GE(bbox.items[1].number, 0);
    EXPECT_GE(bbox.items[2].number * bbox.items[3].number, a.find("area")->number);
  }
}

TEST(CocoRoundTrip, RleDecodesToExactlyTheSamePixels) {
  const auto images = lot();
  const Written w = writeCoco(CocoSegmentation::Rle, images, "coco_rle");
  expectCocoStructure(w.root, 1);
  const CocoMasks coco(w.file.string());
  for (const auto& [name, mask] : images) {
    const Image8 back = coco.maskFor(name, mask.width, mask.height);
    EXPECT_EQ(back.pixels, mask.pixels) << name;
  }
  // area is the pixel count of each region; their sum is the mask's.
  double area = 0;
  for (const JsonValue& a : w.root.find("annotations")->items)
    if (a.find("image_id")->number == 1) area += a.find("area")->number;
  EXPECT_EQ(area, static_cast<double>(defectPixelCount(images[0].second)));
}

TEST(CocoRoundTrip, PolygonsDecodeToTheSameBlobs) {
  auto images = lot();
  images[0].second = test::blobMask(160, 120, 1, 4);  // no hole: polygons fill holes
  const Written w = writeCoco(CocoSegmentation::Polygon, images, "coco_polygon");
  expectCocoStructure(w.root, 0);
  const CocoMasks coco(w.file.string());
  for (const auto& [name, mask] : images) {
    const Image8 back = coco.maskFor(name, mask.width, mask.height);
    EXPECT_GT(test::iou(back, mask), 0.98) << name;
  }
  for (const JsonValue& a : w.root.find("annotations")->items) {
    const JsonValue& polygons = *a.find("segmentation");
    ASSERT_TRUE(polygons.isArray());
    for (const JsonValue& p : polygons.items) {
      EXPECT_EQ(p.items.size() % 2, 0u);
      EXPECT_GE(p.items.size(), 6u);  // at least 3 points
    }
  }
}

TEST(CocoRoundTrip, PolygonHolesAreFilled) {
  const Image8 ring = test::blobMask(80, 80, 3, 1, true);
  const Image8 back = polygonsToMask(maskToPolygons(ring), 80, 80);
  std::size_t lost = 0;
  for (std::size_t i = 0; i < ring.pixels.size(); ++i) lost += ring.pixels[i] && !back.pixels[i];
  EXPECT_EQ(lost, 0u);
  EXPECT_GT(defectPixelCount(back), defectPixelCount(ring));
}

TEST(CocoRoundTrip, TinyRegionsStillMakeValidPolygons) {
  Image8 mask(20, 20, 1);
  mask.pixels[5 * 20 + 5] = 255;                                // one pixel
  mask.pixels[10 * 20 + 10] = mask.pixels[10 * 20 + 11] = 255;  // two pixels
  const auto polygons = maskToPolygons(mask);
  ASSERT_EQ(polygons.size(), 2u);
  for (const Polygon& p : polygons) EXPECT_GE(p.size(), 3u);
  EXPECT_EQ(polygonsToMask(polygons, 20, 20).pixels, mask.pixels);
}

TEST(CocoRoundTrip, ImportMatchesByBaseNameAndChecksTheSize) {
  const Written w = writeCoco(CocoSegmentation::Rle, lot(), "coco_import");
  const CocoMasks coco(w.file.string());
  EXPECT_EQ(coco.fileNames().size(), 3u);
  EXPECT_NO_THROW(coco.maskFor("/elsewhere/b.png", 90, 130));
  try {
    coco.maskFor("lot/a.png", 10, 10);
    FAIL();
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("annotations.json"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("160x120"), std::string::npos) << e.what();
  }
  try {
    coco.maskFor("nothere.png", 10, 10);
    FAIL();
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("nothere.png"), std::string::npos) << e.what();
  }
}

TEST(CocoRoundTrip, PythonSeesAValidCocoFile) {
  if (std::system("python3 -c 'import json' >/dev/null 2>&1") != 0) GTEST_SKIP() << "no python3";
  const Written w = writeCoco(CocoSegmentation::Rle, lot(), "coco_python");
  const auto script = w.file.parent_path() / "check.py";
  test::writeText(script, R"(import json, sys
d = json.load(open(sys.argv[1]))
ids = {i["id"] for i in d["images"]}
cats = {c["id"] for c in d["categories"]}
assert len(ids) == len(d["images"])
for a in d["annotations"]:
    assert a["image_id"] in ids and a["category_id"] in cats
    assert a["iscrowd"] in (0, 1) and len(a["bbox"]) == 4
    s = a["segmentation"]
    img = next(i for i in d["images"] if i["id"] == a["image_id"])
    assert s["size"] == [img["height"], img["width"]]
    assert sum(s["counts"]) == img["height"] * img["width"]
    assert sum(s["counts"][1::2]) == a["area"]
print("ok")
)");
  EXPECT_EQ(std::system(("python3 " + script.string() + " " + w.file.string() + " >/dev/null").c_str()), 0);
}

}  // namespace
}  // namespace nagl::exporting
