#pragma once
// What the user chose as references: files on disk, and for a defective
// reference optionally its mask in memory (a mask edited in the workstation
// reaches the engine without a file).
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "nagl/vision/image.h"

namespace nagl::engine {

struct AbnormalReference {
  std::string image;
  std::string mask;  // the mask file; not read when maskImage is set
  // The mask's pixels (one channel, the image's size, 0 clear, other values
  // defect), used instead of the file.
  std::shared_ptr<const Image8> maskImage = nullptr;
  // The caller's digest of maskImage's pixels: the reference cache's key for
  // this mask (0: the engine hashes the pixels itself).
  std::uint64_t maskDigest = 0;

  // How errors name the mask.
  std::string maskName() const { return maskImage ? image + " (edited mask)" : mask; }
};

struct ReferenceSet {
  std::vector<std::string> normals;
  std::vector<AbnormalReference> abnormals;
};

}  // namespace nagl::engine
