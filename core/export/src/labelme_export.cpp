#include "nagl/export/labelme.h"
#include "nagl/metrics/metrics_report.h"

namespace nagl::exporting {

std::string labelmeJson(const std::string& imagePath, const Image8& mask, const std::string& label) {
  using metrics::jsonNumber;
  using metrics::jsonString;
  std::string shapes;
  for (const Polygon& polygon : maskToPolygons(mask)) {
    std::string points;
    for (const Point2& p : polygon)
      points += (points.empty() ? "[" : ", [") + jsonNumber(p.x) + ", " + jsonNumber(p.y) + "]";
    shapes += std::string(shapes.empty() ? "\n    " : ",\n    ") + "{\"label\": " + jsonString(label) +
              ", \"points\": [" + points +
              "], \"group_id\": null, \"description\": \"\", \"shape_type\": \"polygon\", \"flags\": {}}";
  }
  return "{\n  \"version\": \"5.2.1\",\n  \"flags\": {},\n  \"shapes\": [" + shapes + (shapes.empty() ? "" : "\n  ") +
         "],\n  \"imagePath\": " + jsonString(imagePath) +
         ",\n  \"imageData\": null,\n  \"imageHeight\": " + std::to_string(mask.height) +
         ",\n  \"imageWidth\": " + std::to_string(mask.width) + "\n}\n";
}

}  // namespace nagl::exporting
