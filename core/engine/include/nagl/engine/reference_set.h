#pragma once
// What the user chose as references: files on disk.
#include <string>
#include <vector>

namespace nagl {

struct AbnormalReference {
  std::string image;
  std::string mask;
};

struct ReferenceSet {
  std::vector<std::string> normals;
  std::vector<AbnormalReference> abnormals;
};

}  // namespace nagl
