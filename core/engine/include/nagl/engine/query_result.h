#pragma once
// What the engine streams back for each query of a lot. Deliberately small:
// scores and the G x G patch map only; the full-resolution map is made on
// demand, so a 10,000-image lot stays in tens of megabytes.
#include <string>
#include <vector>

#include "nagl/vision/image.h"

namespace nagl {

struct QueryResult {
  std::size_t index = 0;  // position in the lot
  std::string path;
  bool ok = false;
  std::string error;      // "<path>: what is wrong" when !ok
  float imageScore = 0.0f;
  int grid = 0;
  std::vector<float> patchScores;  // grid * grid, row-major
  int closestNormal = -1;          // see PatchScores::closestNormal
  int width = 0;                   // original image size, for the full map
  int height = 0;

  FloatImage patchGrid() const;
  FloatImage fullResolutionMap() const;  // bilinear + Gaussian, as the reference
};

}  // namespace nagl
