#include "nagl/export/mask_polygons.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

#include "nagl/export/binary_mask.h"

namespace nagl::exporting {

std::vector<Polygon> maskToPolygons(const Image8& mask) {
  if (mask.empty()) return {};
  cv::Mat binary(mask.height, mask.width, CV_8UC1);
  for (int y = 0; y < mask.height; ++y)
    for (int x = 0; x < mask.width; ++x) binary.at<std::uint8_t>(y, x) = mask.at(x, y) ? 255 : 0;
  std::vector<std::vector<cv::Point>> contours;
  cv::findContours(binary, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
  std::vector<Polygon> polygons;
  polygons.reserve(contours.size());
  for (const auto& contour : contours) {
    Polygon p;
    for (const cv::Point& v : contour) p.push_back({static_cast<double>(v.x), static_cast<double>(v.y)});
    while (!p.empty() && p.size() < 3) p.push_back(p[p.size() - 1]);
    polygons.push_back(std::move(p));
  }
  auto start = [](const Polygon& p) {
    const auto it = std::min_element(
        p.begin(), p.end(), [](const Point2& a, const Point2& b) { return a.y != b.y ? a.y < b.y : a.x < b.x; });
    return *it;
  };
  std::stable_sort(polygons.begin(), polygons.end(), [&](const Polygon& a, const Polygon& b) {
    const Point2 sa = start(a), sb = start(b);
    return sa.y != sb.y ? sa.y < sb.y : sa.x < sb.x;
  });
  return polygons;
}

void fillPolygon(Image8& mask, const Polygon& polygon) {
  if (polygon.empty() || mask.empty()) return;
  cv::Mat view(mask.height, mask.width, CV_8UC1, mask.pixels.data());
  std::vector<cv::Point> points;
  points.reserve(polygon.size());
  for (const Point2& v : polygon)
    points.emplace_back(static_cast<int>(std::lround(v.x)), static_cast<int>(std::lround(v.y)));
  const std::vector<std::vector<cv::Point>> one{points};
  cv::fillPoly(view, one, cv::Scalar(kDefect), cv::LINE_8);
  cv::polylines(view, one, true, cv::Scalar(kDefect), 1, cv::LINE_8);  // edges inclusive
}

Image8 polygonsToMask(const std::vector<Polygon>& polygons, int width, int height) {
  Image8 mask = emptyMask(width, height);
  for (const Polygon& p : polygons) fillPolygon(mask, p);
  return mask;
}

}  // namespace nagl::exporting
