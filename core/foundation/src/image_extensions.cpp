#include "nagl/foundation/image_extensions.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace nagl::foundation {

const std::vector<std::string>& imageExtensions() {
  static const std::vector<std::string> kExtensions = {".png",  ".jpg",  ".jpeg", ".bmp", ".tif",
                                                       ".tiff", ".webp", ".pgm",  ".ppm", ".pbm"};
  return kExtensions;
}

bool hasImageExtension(std::string_view path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto& known = imageExtensions();
  return std::find(known.begin(), known.end(), ext) != known.end();
}

}  // namespace nagl::foundation
