#pragma once
// Where masks go in the MVTec AD layout, and a query's defect type.
#include <string>
#include <vector>

namespace nagl::exporting {

// The defect type of a query: the name of its parent folder when the query
// sits in a dataset layout (".../test/<defect>/<image>", as MVTec AD, VisA
// converted, `nagl demo-data`), else "defect". Used as the MVTec folder and
// as the COCO / labelme category.
std::string defectTypeOf(const std::string& queryPath);

// For every query, "ground_truth/<defect>/<stem>_mask.png" relative to the
// export folder. <stem> is the file stem, with "-2", "-3", ... appended when
// two queries of the same defect type share a stem, so none is overwritten.
// Empty for a query under good/: MVTec AD has no ground truth for those.
std::vector<std::string> mvtecMaskPaths(const std::vector<std::string>& queryPaths);

}  // namespace nagl::exporting
