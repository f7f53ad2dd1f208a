#pragma once
// The one list of image file extensions the project lists and opens (lot
// folders, datasets, reference pickers): the formats core/imaging decodes.
#include <string>
#include <string_view>
#include <vector>

namespace nagl::foundation {

// Lower case, with the dot: ".png", ".jpg", ...
const std::vector<std::string>& imageExtensions();

// True when the path's extension, in any case, is in imageExtensions().
bool hasImageExtension(std::string_view path);

}  // namespace nagl::foundation
