#pragma once
// The PDF report's overlays of the n worst images, kept while the images
// stream past in any order: an image is kept when it ranks among the n worst
// so far, as worstRows ranks them: by the severity of its final verdict
// (verdictSeverity), then by score (ties: the lower image index first, as
// worstRows keeps lot order), so only about n * ln(images / n) overlays are
// ever made.
#include <cstddef>
#include <vector>

#include "nagl/vision/image.h"

namespace nagl::exporting {

class WorstOverlays {
 public:
  explicit WorstOverlays(std::size_t n) : n_(n) {}

  // Whether an image with this final-verdict severity and score would be kept (NaN never is).
  bool wants(int severity, float score, std::size_t image) const;
  void keep(int severity, float score, std::size_t image, Image8 overlay);
  // The kept overlay of image, or null.
  const Image8* find(std::size_t image) const;

 private:
  struct Entry {
    int severity;
    float score;
    std::size_t image;
    Image8 overlay;
  };
  static bool worse(int severity, float score, std::size_t image, const Entry& than);  // ranks after `than`

  std::size_t n_;
  std::vector<Entry> kept_;  // worst first
};

}  // namespace nagl::exporting
