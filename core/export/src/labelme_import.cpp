#include <cmath>

#include "nagl/export/binary_mask.h"
#include "nagl/export/export_error.h"
#include "nagl/export/json_reader.h"
#include "nagl/export/labelme.h"

namespace nagl::exporting {
namespace {

Polygon pointsOf(const JsonValue& shape, const std::string& context) {
  const JsonValue* points = shape.find("points");
  if (!points || !points->isArray()) throw ExportError(context + ": a shape has no \"points\" list");
  Polygon polygon;
  for (const JsonValue& p : points->items) {
    if (!p.isArray() || p.items.size() != 2 || !p.items[0].isNumber() || !p.items[1].isNumber())
      throw ExportError(context + ": a point must be [x, y]");
    polygon.push_back({p.items[0].number, p.items[1].number});
  }
  return polygon;
}

void checkSize(const JsonValue& root, const char* key, int expected, const std::string& path) {
  const JsonValue* v = root.find(key);
  if (!v || v->isNull()) return;
  if (!v->isNumber() || v->number != expected)
    throw ExportError(path + ": \"" + key + "\" is " +
                      (v->isNumber() ? std::to_string(static_cast<long long>(v->number)) : "not a number") +
                      " but the image's is " + std::to_string(expected));
}

}  // namespace

Image8 importLabelmeMask(const std::string& jsonPath, int imageWidth, int imageHeight) {
  const JsonValue root = readJsonFile(jsonPath);
  const JsonValue* shapes = root.find("shapes");
  if (!root.isObject() || !shapes || !shapes->isArray())
    throw ExportError(jsonPath + ": not a labelme file (no \"shapes\" list)");
  checkSize(root, "imageWidth", imageWidth, jsonPath);
  checkSize(root, "imageHeight", imageHeight, jsonPath);
  Image8 mask = emptyMask(imageWidth, imageHeight);
  for (const JsonValue& shape : shapes->items) {
    const JsonValue* type = shape.find("shape_type");
    const std::string kind = type && type->isString() ? type->text : "polygon";  // labelme's default
    if (kind == "polygon") {
      fillPolygon(mask, pointsOf(shape, jsonPath));
    } else if (kind == "rectangle") {
      const Polygon corners = pointsOf(shape, jsonPath);
      if (corners.size() != 2) throw ExportError(jsonPath + ": a rectangle needs two points");
      const Point2 a = corners[0], b = corners[1];
      fillPolygon(mask, {{a.x, a.y}, {b.x, a.y}, {b.x, b.y}, {a.x, b.y}});
    }
  }
  return mask;
}

}  // namespace nagl::exporting
