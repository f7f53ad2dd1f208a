#pragma once
// COCO instance-segmentation JSON (cocodataset.org/#format-data) built one
// image at a time. One annotation per 8-connected defect region:
//  - Rle: "segmentation" {"size": [h, w], "counts": [...]} uncompressed,
//    column-major (pycocotools), "iscrowd": 1; holes kept exactly.
//  - Polygon: "segmentation" [[x1, y1, x2, y2, ...], ...] (see
//    mask_polygons.h for the vertex convention; holes are filled),
//    "iscrowd": 0.
// "area" is the annotation's pixel count, "bbox" [x, y, w, h] its pixel
// bounding box. Images without a defect are listed too; annotation ids count from 1; one
// category per defect type that has an annotation (ids from 1 in name
// order, supercategory "defect").
#include <map>
#include <string>
#include <vector>

#include "nagl/vision/image.h"

namespace nagl::exporting {

enum class CocoSegmentation { Rle, Polygon };

class CocoWriter {
 public:
  explicit CocoWriter(CocoSegmentation kind, std::string description = "NAGL Inspector defect masks");

  // imageId >= 1, unique (added in any order; written sorted by id). mask:
  // 0/255 (1 channel) at the image's size; category: its defect type.
  void addImage(int imageId, const std::string& fileName, const std::string& category, const Image8& mask);

  // Annotation ids follow image order; category ids follow name order.
  std::string json() const;
  std::size_t imageCount() const { return images_.size(); }

 private:
  struct Region {
    std::string segmentation;  // JSON text
    std::uint64_t area = 0;
    int x = 0, y = 0, w = 0, h = 0;
  };
  struct Entry {
    std::string fileName, category;
    int width = 0, height = 0;
    std::vector<Region> regions;
  };

  CocoSegmentation kind_;
  std::string description_;
  std::map<int, Entry> images_;
};

}  // namespace nagl::exporting
