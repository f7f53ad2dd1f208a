#pragma once
// Expanding the user's query arguments (files and folders) into image files.
#include <string>
#include <vector>

namespace nagl::engine {

// Files are kept as given (whatever their extension: a bad file is reported
// when it is decoded); folders are walked recursively for image files, in
// sorted order (image files: nagl/foundation/image_extensions.h). A path that does not exist throws std::runtime_error
// naming it.
std::vector<std::string> collectImageFiles(const std::vector<std::string>& paths);

}  // namespace nagl::engine
