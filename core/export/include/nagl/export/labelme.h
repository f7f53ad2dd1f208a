#pragma once
// labelme annotation files (one JSON per image): polygons with a label.
#include <string>
#include <vector>

#include "nagl/export/export_error.h"
#include "nagl/export/mask_polygons.h"
#include "nagl/vision/image.h"

namespace nagl::exporting {

// {"version", "flags": {}, "shapes": [{"label", "points": [[x, y], ...],
// "group_id": null, "description": "", "shape_type": "polygon",
// "flags": {}}], "imagePath", "imageData": null, "imageHeight",
// "imageWidth"}. One polygon shape per defect region of mask, labelled
// `label`; imagePath as given (labelme resolves it relative to the JSON).
std::string labelmeJson(const std::string& imagePath, const Image8& mask, const std::string& label);

// Paints the file's "polygon" and "rectangle" shapes (any label) into a
// 0/255 mask of imageWidth x imageHeight; other shape types (point, line,
// linestrip, circle) are ignored. The file's imageWidth/imageHeight must
// match when present. ExportError naming the file otherwise.
Image8 importLabelmeMask(const std::string& jsonPath, int imageWidth, int imageHeight);

}  // namespace nagl::exporting
