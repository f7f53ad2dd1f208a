#pragma once
// The versions of the libraries the engine is built with and runs on, for a
// front end's About box (the workstation's code may not include the model
// library's headers). Asking starts nothing: no device, no model.
#include <string>

namespace nagl::engine {

struct LibraryVersions {
  std::string libtorch;       // compiled against (LibTorch reports no other)
  std::string opencvBuilt;    // compiled against
  std::string opencvRuntime;  // the library loaded now
};

LibraryVersions libraryVersions();

}  // namespace nagl::engine
