#include "nagl/engine/library_versions.h"

#include <opencv2/core/utility.hpp>
#include <opencv2/core/version.hpp>

#include "nagl/model/build_info.h"

namespace nagl::engine {

LibraryVersions libraryVersions() { return {model::libtorchVersion(), CV_VERSION, cv::getVersionString()}; }

}  // namespace nagl::engine
