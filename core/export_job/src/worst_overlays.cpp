#include "worst_overlays.h"

#include <algorithm>
#include <cmath>

namespace nagl::exporting {

bool WorstOverlays::worse(int severity, float score, std::size_t image, const Entry& than) {
  if (severity != than.severity) return severity < than.severity;
  return score < than.score || (score == than.score && image > than.image);
}

bool WorstOverlays::wants(int severity, float score, std::size_t image) const {
  if (n_ == 0 || std::isnan(score)) return false;
  return kept_.size() < n_ || !worse(severity, score, image, kept_.back());
}

void WorstOverlays::keep(int severity, float score, std::size_t image, Image8 overlay) {
  if (!wants(severity, score, image)) return;
  const auto at =
      std::find_if(kept_.begin(), kept_.end(), [&](const Entry& e) { return !worse(severity, score, image, e); });
  kept_.insert(at, Entry{severity, score, image, std::move(overlay)});
  if (kept_.size() > n_) kept_.pop_back();
}

const Image8* WorstOverlays::find(std::size_t image) const {
  for (const Entry& e : kept_)
    if (e.image == image) return &e.overlay;
  return nullptr;
}

}  // namespace nagl::exporting
