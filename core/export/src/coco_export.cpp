#include "nagl/export/coco_export.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <vector>

#include "nagl/export/coco_rle.h"
#include "nagl/export/mask_polygons.h"
#include "nagl/foundation/utc_time.h"
#include "nagl/metrics/metrics_report.h"

namespace nagl::exporting {
namespace {

using metrics::jsonNumber;
using metrics::jsonString;

std::string rleJson(const CocoRle& rle) {
  std::string out = "{\"size\": [" + std::to_string(rle.height) + ", " + std::to_string(rle.width) + "], \"counts\": [";
  for (std::size_t i = 0; i < rle.counts.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(rle.counts[i]);
  }
  return out + "]}";
}

std::string polygonJson(const Polygon& polygon) {
  std::string out = "[";
  for (std::size_t i = 0; i < polygon.size(); ++i)
    out += (i ? ", " : "") + jsonNumber(polygon[i].x) + ", " + jsonNumber(polygon[i].y);
  return out + "]";
}

// Pixel count and box of one polygon, rasterised in its own bounding box.
struct Footprint {
  std::uint64_t area = 0;
  int x = 0, y = 0, w = 0, h = 0;
};
Footprint footprint(const Polygon& polygon, int width, int height) {
  double x0 = width, y0 = height, x1 = -1, y1 = -1;
  for (const Point2& p : polygon) {
    x0 = std::min(x0, std::round(p.x));
    y0 = std::min(y0, std::round(p.y));
    x1 = std::max(x1, std::round(p.x));
    y1 = std::max(y1, std::round(p.y));
  }
  x0 = std::max(x0, 0.0);
  y0 = std::max(y0, 0.0);
  x1 = std::min(x1, width - 1.0);
  y1 = std::min(y1, height - 1.0);
  if (x1 < x0 || y1 < y0) return {};
  const int bx = static_cast<int>(x0), by = static_cast<int>(y0);
  const int bw = static_cast<int>(x1) - bx + 1, bh = static_cast<int>(y1) - by + 1;
  Polygon shifted = polygon;
  for (Point2& p : shifted) {
    p.x -= bx;
    p.y -= by;
  }
  const Image8 local = polygonsToMask({shifted}, bw, bh);
  Footprint f;
  int minX = bw, minY = bh, maxX = -1, maxY = -1;
  for (int y = 0; y < bh; ++y)
    for (int x = 0; x < bw; ++x)
      if (local.at(x, y)) {
        ++f.area;
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
      }
  if (!f.area) return {};
  f.x = bx + minX;
  f.y = by + minY;
  f.w = maxX - minX + 1;
  f.h = maxY - minY + 1;
  return f;
}

}  // namespace

CocoWriter::CocoWriter(CocoSegmentation kind, std::string description)
    : kind_(kind), description_(std::move(description)) {}

void CocoWriter::addImage(int imageId, const std::string& fileName, const std::string& category, const Image8& mask) {
  Entry& e = images_[imageId];
  e = Entry{fileName, category, mask.width, mask.height, {}};
  if (mask.empty()) return;
  if (kind_ == CocoSegmentation::Polygon) {
    for (const Polygon& polygon : maskToPolygons(mask)) {
      const Footprint f = footprint(polygon, mask.width, mask.height);
      if (f.area) e.regions.push_back({"[" + polygonJson(polygon) + "]", f.area, f.x, f.y, f.w, f.h});
    }
    return;
  }
  const cv::Mat view(mask.height, mask.width, CV_8UC1, const_cast<std::uint8_t*>(mask.pixels.data()));
  cv::Mat labels, stats, centroids;
  const int n = cv::connectedComponentsWithStats(view != 0, labels, stats, centroids, 8, CV_32S);
  if (n <= 1) return;
  const std::vector<int> labelData(labels.begin<int>(), labels.end<int>());
  for (int k = 1; k < n; ++k) {
    const int x = stats.at<int>(k, cv::CC_STAT_LEFT), y = stats.at<int>(k, cv::CC_STAT_TOP);
    const int w = stats.at<int>(k, cv::CC_STAT_WIDTH), h = stats.at<int>(k, cv::CC_STAT_HEIGHT);
    const CocoRle rle = encodeRleOfLabel(labelData, mask.width, mask.height, k, x, y, w, h);
    e.regions.push_back({rleJson(rle), static_cast<std::uint64_t>(stats.at<int>(k, cv::CC_STAT_AREA)), x, y, w, h});
  }
}

std::string CocoWriter::json() const {
  const std::string date = foundation::utcTimestamp();
  std::map<std::string, int> categoryIds;
  for (const auto& [id, e] : images_)
    if (!e.regions.empty()) categoryIds.emplace(e.category, 0);
  std::string categories;
  int nextCategory = 1;
  for (auto& [name, id] : categoryIds) {
    id = nextCategory++;
    categories += std::string(categories.empty() ? "\n    " : ",\n    ") + "{\"id\": " + std::to_string(id) +
                  ", \"name\": " + jsonString(name) + ", \"supercategory\": \"defect\"}";
  }
  std::string images, annotations;
  int nextAnnotation = 1;
  for (const auto& [imageId, e] : images_) {
    images += std::string(images.empty() ? "\n    " : ",\n    ") + "{\"id\": " + std::to_string(imageId) +
              ", \"file_name\": " + jsonString(e.fileName) + ", \"width\": " + std::to_string(e.width) +
              ", \"height\": " + std::to_string(e.height) + "}";
    for (const Region& r : e.regions)
      annotations += std::string(annotations.empty() ? "\n    " : ",\n    ") +
                     "{\"id\": " + std::to_string(nextAnnotation++) + ", \"image_id\": " + std::to_string(imageId) +
                     ", \"category_id\": " + std::to_string(categoryIds.at(e.category)) +
                     ", \"segmentation\": " + r.segmentation + ", \"area\": " + std::to_string(r.area) +
                     ", \"bbox\": [" + std::to_string(r.x) + ", " + std::to_string(r.y) + ", " + std::to_string(r.w) +
                     ", " + std::to_string(r.h) + "], \"iscrowd\": " + (kind_ == CocoSegmentation::Rle ? "1" : "0") +
                     "}";
  }
  auto list = [](const std::string& items) { return items.empty() ? std::string("[]") : "[" + items + "\n  ]"; };
  return "{\n  \"info\": {\"description\": " + jsonString(description_) +
         ", \"version\": \"1.0\", \"date_created\": " + jsonString(date) +
         "},\n  \"licenses\": [],\n  \"images\": " + list(images) + ",\n  \"annotations\": " + list(annotations) +
         ",\n  \"categories\": " + list(categories) + "\n}\n";
}

}  // namespace nagl::exporting
