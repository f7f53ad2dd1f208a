#pragma once
// Masks <-> polygons (COCO "segmentation" polygons, labelme shapes).
//
// Vertices are pixel coordinates (x = column, y = row of a boundary pixel,
// integers, OpenCV findContours with simple chain approximation), and a
// polygon covers the pixels inside it *including* the pixels on its edges —
// the way labelme (PIL polygon with outline) and OpenCV fillPoly rasterise.
// Holes: polygons trace outer boundaries only, so a hole inside a defect is
// filled (use RLE to keep holes); a defect inside a hole is its own polygon.
// Polygons of fewer than 3 distinct vertices (1- or 2-pixel-thin parts)
// repeat vertices so that every polygon has at least 3 points.
#include <vector>

#include "nagl/vision/image.h"

namespace nagl::exporting {

struct Point2 {
  double x = 0.0, y = 0.0;
};
using Polygon = std::vector<Point2>;

// Outer boundaries of the non-zero regions (8-connected), in a stable order
// (top-most, then left-most start point first).
std::vector<Polygon> maskToPolygons(const Image8& mask);

// Fills polygons (inclusive of edges) into a 0/255 mask of width x height.
// Vertices are rounded to the nearest pixel; parts outside are clipped.
Image8 polygonsToMask(const std::vector<Polygon>& polygons, int width, int height);

// Adds the polygon's pixels to an existing 0/255 mask.
void fillPolygon(Image8& mask, const Polygon& polygon);

}  // namespace nagl::exporting
