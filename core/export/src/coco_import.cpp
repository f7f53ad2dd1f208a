#include "nagl/export/coco_import.h"

#include <cmath>
#include <filesystem>

#include "nagl/export/binary_mask.h"
#include "nagl/export/coco_rle.h"
#include "nagl/export/export_error.h"
#include "nagl/export/mask_polygons.h"

namespace nagl::exporting {
namespace {

const JsonValue& requireArray(const JsonValue& root, const char* key, const std::string& path) {
  const JsonValue* v = root.find(key);
  if (!v || !v->isArray()) throw ExportError(path + ": not a COCO file (no \"" + key + "\" list)");
  return *v;
}

long long integerOf(const JsonValue* v, const std::string& context, const char* what) {
  if (!v || !v->isNumber() || std::floor(v->number) != v->number)
    throw ExportError(context + ": \"" + what + "\" missing or not an integer");
  return static_cast<long long>(v->number);
}

std::string baseName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

void paintSegmentation(Image8& mask, const JsonValue& segmentation, const std::string& context) {
  if (segmentation.isArray()) {  // polygons
    for (const JsonValue& flat : segmentation.items) {
      if (!flat.isArray() || flat.items.size() % 2 != 0)
        throw ExportError(context + ": a polygon must be a list of x, y numbers");
      Polygon polygon;
      for (std::size_t i = 0; i + 1 < flat.items.size(); i += 2) {
        if (!flat.items[i].isNumber() || !flat.items[i + 1].isNumber())
          throw ExportError(context + ": a polygon must be a list of x, y numbers");
        polygon.push_back({flat.items[i].number, flat.items[i + 1].number});
      }
      fillPolygon(mask, polygon);
    }
    return;
  }
  if (!segmentation.isObject()) throw ExportError(context + ": \"segmentation\" is neither polygons nor RLE");
  const JsonValue* size = segmentation.find("size");
  const JsonValue* counts = segmentation.find("counts");
  if (!size || !size->isArray() || size->items.size() != 2 || !counts)
    throw ExportError(context + ": RLE needs \"size\": [height, width] and \"counts\"");
  CocoRle rle;
  rle.height = static_cast<int>(integerOf(&size->items[0], context, "size"));
  rle.width = static_cast<int>(integerOf(&size->items[1], context, "size"));
  if (rle.width != mask.width || rle.height != mask.height)
    throw ExportError(context + ": RLE size " + std::to_string(rle.width) + "x" + std::to_string(rle.height) +
                      " differs from the image's " + std::to_string(mask.width) + "x" + std::to_string(mask.height));
  if (counts->isString()) {
    rle.counts = decodeCompressedRleCounts(counts->text, context);
  } else if (counts->isArray()) {
    for (const JsonValue& c : counts->items) {
      const long long n = integerOf(&c, context, "counts");
      if (n < 0) throw ExportError(context + ": negative RLE count");
      rle.counts.push_back(static_cast<std::uint32_t>(n));
    }
  } else {
    throw ExportError(context + ": RLE \"counts\" must be a list or a string");
  }
  const Image8 decoded = decodeRle(rle, context);
  for (std::size_t i = 0; i < mask.pixels.size(); ++i)
    if (decoded.pixels[i]) mask.pixels[i] = kDefect;
}

}  // namespace

std::vector<std::uint32_t> decodeCompressedRleCounts(const std::string& s, const std::string& context) {
  // pycocotools' rleFrString: each count is a little-endian sequence of
  // 5-bit groups ('0' + value, bit 0x20 = more follows, 0x10 of the last
  // group = sign); from the third count on it is a delta to counts[i - 2].
  std::vector<std::uint32_t> counts;
  std::size_t p = 0;
  while (p < s.size()) {
    long long x = 0;
    int k = 0;
    bool more = true;
    while (more) {
      if (p >= s.size()) throw ExportError(context + ": truncated compressed RLE");
      const int c = static_cast<unsigned char>(s[p]) - 48;
      if (c < 0 || c > 63) throw ExportError(context + ": invalid character in compressed RLE");
      x |= static_cast<long long>(c & 0x1f) << (5 * k);
      more = (c & 0x20) != 0;
      ++p;
      ++k;
      if (!more && (c & 0x10)) x |= -1LL << (5 * k);
      if (k > 12) throw ExportError(context + ": compressed RLE count too long");
    }
    if (counts.size() > 2) x += counts[counts.size() - 2];
    if (x < 0 || x > 0xFFFFFFFFLL) throw ExportError(context + ": invalid compressed RLE count");
    counts.push_back(static_cast<std::uint32_t>(x));
  }
  return counts;
}

CocoMasks::CocoMasks(const std::string& jsonPath) : path_(jsonPath), root_(readJsonFile(jsonPath)) {
  if (!root_.isObject()) throw ExportError(path_ + ": not a COCO file (the top level is not an object)");
  requireArray(root_, "images", path_);
  requireArray(root_, "annotations", path_);
}

std::vector<std::string> CocoMasks::fileNames() const {
  std::vector<std::string> names;
  for (const JsonValue& image : root_.find("images")->items)
    if (const JsonValue* f = image.find("file_name"); f && f->isString()) names.push_back(f->text);
  return names;
}

Image8 CocoMasks::maskFor(const std::string& imageFile, int imageWidth, int imageHeight) const {
  const JsonValue* exact = nullptr;
  std::vector<const JsonValue*> byBaseName;
  for (const JsonValue& image : root_.find("images")->items) {
    const JsonValue* f = image.find("file_name");
    if (!f || !f->isString()) continue;
    if (f->text == imageFile) exact = &image;
    if (baseName(f->text) == baseName(imageFile)) byBaseName.push_back(&image);
  }
  if (!exact && byBaseName.size() > 1)
    throw ExportError(path_ + ": several images are named " + baseName(imageFile) + "; give the exact file_name");
  const JsonValue* image = exact ? exact : byBaseName.empty() ? nullptr : byBaseName.front();
  if (!image) throw ExportError(path_ + ": no image with file_name " + imageFile);
  const std::string context = path_ + " (" + imageFile + ")";
  const long long id = integerOf(image->find("id"), context, "id");
  const long long width = integerOf(image->find("width"), context, "width");
  const long long height = integerOf(image->find("height"), context, "height");
  if (width != imageWidth || height != imageHeight)
    throw ExportError(context + ": the annotation is for a " + std::to_string(width) + "x" + std::to_string(height) +
                      " image but the image is " + std::to_string(imageWidth) + "x" + std::to_string(imageHeight));
  Image8 mask = emptyMask(imageWidth, imageHeight);
  for (const JsonValue& annotation : root_.find("annotations")->items) {
    const JsonValue* imageId = annotation.find("image_id");
    if (!imageId || !imageId->isNumber() || imageId->number != static_cast<double>(id)) continue;
    const JsonValue* segmentation = annotation.find("segmentation");
    const JsonValue* annotationId = annotation.find("id");
    const std::string where =
        context + ", annotation " +
        (annotationId && annotationId->isNumber() ? std::to_string(static_cast<long long>(annotationId->number)) : "?");
    if (!segmentation) throw ExportError(where + ": no \"segmentation\"");
    paintSegmentation(mask, *segmentation, where);
  }
  return mask;
}

}  // namespace nagl::exporting
