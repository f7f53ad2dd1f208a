#include "nagl/export/mask_import.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "nagl/export/coco_import.h"
#include "nagl/export/export_error.h"
#include "nagl/export/json_reader.h"
#include "nagl/export/labelme.h"
#include "nagl/export/png_files.h"

namespace nagl::exporting {

Image8 importMask(const std::string& maskFile, const std::string& imagePath, int imageWidth, int imageHeight) {
  std::string extension = std::filesystem::path(maskFile).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (extension != ".json") return importPngMask(maskFile, imageWidth, imageHeight, imagePath);
  const JsonValue root = readJsonFile(maskFile);
  if (root.find("shapes")) return importLabelmeMask(maskFile, imageWidth, imageHeight);
  if (root.find("images") && root.find("annotations"))
    return CocoMasks(maskFile).maskFor(imagePath, imageWidth, imageHeight);
  throw ExportError(maskFile + ": neither a labelme file (\"shapes\") nor a COCO file (\"images\", \"annotations\")");
}

}  // namespace nagl::exporting
