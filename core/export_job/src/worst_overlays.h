#pragma once
// The PDF report's overlays of the n worst images, kept while the images
// stream past in any order: an image is kept when it ranks among the n
// highest scores so far (ties: the lower image index first, as worstRows
// keeps lot order), so only about n * ln(images / n) overlays are ever made.
#include <cstddef>
#include <vector>

#include "nagl/vision/image.h"

namespace nagl::exporting {

class WorstOverlays {
 public:
  explicit WorstOverlays(std::size_t n) : n_(n) {}

  // Whether an image with this score would be kept (NaN never is).
  bool wants(float score, std::size_t image) const;
  void keep(float score, std::size_t image, Image8 overlay);
  // The kept overlay of image, or null.
  const Image8* find(std::size_t image) const;

 private:
  struct Entry {
    float score;
    std::size_t image;
    Image8 overlay;
  };
  static bool worse(float score, std::size_t image, const Entry& than);  // ranks after `than`

  std::size_t n_;
  std::vector<Entry> kept_;  // worst first
};

}  // namespace nagl::exporting
