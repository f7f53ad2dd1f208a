#include "untrained_model.h"

#include <unistd.h>

namespace nagl::bench {

UntrainedModelFiles::UntrainedModelFiles(const std::string& program, const checkpoint::UntrainedBackboneSpec& spec,
                                         bool withHead)
    : dir_(std::filesystem::temp_directory_path() / (program + "-" + std::to_string(::getpid()))) {
  std::filesystem::create_directories(dir_);
  checkpoint::writeUntrainedBackbone(backbonePath(), spec);
  if (withHead) checkpoint::writeUntrainedHead(headPath(), spec.embedDim, 25);
}

UntrainedModelFiles::~UntrainedModelFiles() {
  std::error_code ignored;  // a leftover temporary folder is not worth an exception
  std::filesystem::remove_all(dir_, ignored);
}

}  // namespace nagl::bench
