#include "untrained_model.h"

#include <unistd.h>

namespace nagl::bench {

UntrainedModelFiles::UntrainedModelFiles(const std::string& program, const UntrainedBackboneSpec& spec, bool withHead)
    : dir_(std::filesystem::temp_directory_path() / (program + "-" + std::to_string(::getpid()))) {
  std::filesystem::create_directories(dir_);
  writeUntrainedBackbone(backbonePath(), spec);
  if (withHead) writeUntrainedHead(headPath(), spec.embedDim, 25);
}

UntrainedModelFiles::~UntrainedModelFiles() {
  std::error_code ignored;  // a leftover temporary folder is not worth an exception
  std::filesystem::remove_all(dir_, ignored);
}

}  // namespace nagl::bench
