#pragma once
// One entry point for the mask editor: a mask for one image from a PNG
// (any non-zero = defect), a COCO JSON (the image's annotations, matched by
// file_name) or a labelme JSON (its polygons). Always 0/255, 1 channel,
// imageWidth x imageHeight; ExportError naming the file otherwise.
#include <string>

#include "nagl/export/export_error.h"
#include "nagl/vision/image.h"

namespace nagl::exporting {

// .json files are told apart by content ("shapes": labelme; "images" and
// "annotations": COCO); anything else is read as an image.
Image8 importMask(const std::string& maskFile, const std::string& imagePath, int imageWidth, int imageHeight);

}  // namespace nagl::exporting
