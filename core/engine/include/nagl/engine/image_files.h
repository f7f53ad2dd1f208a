#pragma once
// Expanding the user's query arguments (files and folders) into image files.
#include <string>
#include <vector>

namespace nagl {

// True for the extensions we decode: png jpg jpeg bmp tif tiff webp pgm ppm (any case).
bool hasImageExtension(const std::string& path);

// Files are kept as given (whatever their extension: a bad file is reported
// when it is decoded); folders are walked recursively for image files, in
// sorted order. A path that does not exist throws std::runtime_error naming it.
std::vector<std::string> collectImageFiles(const std::vector<std::string>& paths);

}  // namespace nagl
