#pragma once
// Masks from a COCO JSON file: every annotation of one image (polygons,
// uncompressed RLE, or compressed RLE strings as pycocotools writes them)
// painted into one 0/255 mask.
#include <string>
#include <vector>

#include "nagl/export/json_reader.h"
#include "nagl/vision/image.h"

namespace nagl::exporting {

class CocoMasks {
 public:
  // Reads and checks the file's structure; ExportError naming it otherwise.
  explicit CocoMasks(const std::string& jsonPath);

  std::vector<std::string> fileNames() const;

  // The mask of the image whose "file_name" equals imageFile, else whose
  // file name's last component equals imageFile's (when exactly one does).
  // Its width/height must be imageWidth x imageHeight. ExportError naming
  // the JSON file when the image is missing, ambiguous, of another size or
  // an annotation is malformed. An image without annotations: empty mask.
  Image8 maskFor(const std::string& imageFile, int imageWidth, int imageHeight) const;

 private:
  std::string path_;
  JsonValue root_;
};

// Decodes a pycocotools compressed RLE "counts" string.
std::vector<std::uint32_t> decodeCompressedRleCounts(const std::string& counts, const std::string& context);

}  // namespace nagl::exporting
