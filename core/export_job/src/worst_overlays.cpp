#include "worst_overlays.h"

#include <algorithm>
#include <cmath>

namespace nagl::exporting {

bool WorstOverlays::worse(float score, std::size_t image, const Entry& than) {
  return score < than.score || (score == than.score && image > than.image);
}

bool WorstOverlays::wants(float score, std::size_t image) const {
  if (n_ == 0 || std::isnan(score)) return false;
  return kept_.size() < n_ || !worse(score, image, kept_.back());
}

void WorstOverlays::keep(float score, std::size_t image, Image8 overlay) {
  if (!wants(score, image)) return;
  const auto at = std::find_if(kept_.begin(), kept_.end(), [&](const Entry& e) { return !worse(score, image, e); });
  kept_.insert(at, Entry{score, image, std::move(overlay)});
  if (kept_.size() > n_) kept_.pop_back();
}

const Image8* WorstOverlays::find(std::size_t image) const {
  for (const Entry& e : kept_)
    if (e.image == image) return &e.overlay;
  return nullptr;
}

}  // namespace nagl::exporting
