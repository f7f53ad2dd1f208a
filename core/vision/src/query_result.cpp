#include "nagl/vision/query_result.h"

#include "nagl/vision/anomaly_map.h"

namespace nagl {

FloatImage QueryResult::fullResolutionMap() const { return fullResolutionAnomalyMap(patchGrid, width, height); }

bool operator==(const QueryResult& a, const QueryResult& b) {
  return a.index == b.index && a.path == b.path && a.status == b.status && a.score == b.score && a.error == b.error &&
         a.width == b.width && a.height == b.height && a.patchGrid.width == b.patchGrid.width &&
         a.patchGrid.height == b.patchGrid.height && a.patchGrid.data == b.patchGrid.data &&
         a.closestNormal == b.closestNormal && a.tileSide == b.tileSide && a.tileOverlap == b.tileOverlap;
}

}  // namespace nagl
