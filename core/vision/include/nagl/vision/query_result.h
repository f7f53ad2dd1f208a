#pragma once
// One scored (or failed, or pending) query of a lot: what the engine streams
// back, what the workstation shows, what a project caches and what export
// writes from. Deliberately small: the score and the G x G patch grid only;
// the full-resolution map is made on demand (fullResolutionMap), so a
// 10,000-image lot stays in tens of megabytes.
#include <cstddef>
#include <string>

#include "nagl/vision/image.h"
#include "nagl/vision/result_status.h"

namespace nagl {

struct QueryResult {
  std::size_t index = 0;  // the engine's stream: position in the lot it was given (lists keep lot order instead)
  std::string path;       // bytes, as the file system takes them
  ResultStatus status = ResultStatus::Pending;
  double score = 0.0;  // image score, valid when Done
  std::string error;   // "<path>: what is wrong", when Failed
  int width = 0;       // decoded query size, when Done (the full map's size)
  int height = 0;
  FloatImage patchGrid;    // G x G patch scores, when Done
  int closestNormal = -1;  // index among the run's normal references (-1: none)
  // A tiled result (issue 16): the tile side and overlap it was scored with,
  // in original pixels, so its tile plan (nagl/tiling/result_tiles.h) is its
  // own; patchGrid is then the stitched grid. 0: scored as one whole image.
  int tileSide = 0;
  int tileOverlap = 0;

  bool scored() const { return status == ResultStatus::Done; }
  FloatImage fullResolutionMap() const;  // bilinear + Gaussian, as the reference
};

// Field by field (FloatImage has no operator==: the pixel types stay bare).
bool operator==(const QueryResult& a, const QueryResult& b);

}  // namespace nagl
