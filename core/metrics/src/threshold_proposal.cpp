#include "nagl/metrics/threshold_proposal.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "nagl/metrics/metrics_error.h"

namespace nagl::metrics {

namespace {

std::vector<double> valid(const std::vector<double>& scores) {
  std::vector<double> out;
  std::copy_if(scores.begin(), scores.end(), std::back_inserter(out), [](double s) { return !std::isnan(s); });
  std::sort(out.begin(), out.end());
  return out;
}

// The threshold t (a calibration score; defective when score >= t) of the best F1.
double f1BestThreshold(const std::vector<double>& normal, const std::vector<double>& defective) {
  std::vector<std::pair<double, bool>> all;  // score, defective
  for (double s : normal) all.emplace_back(s, false);
  for (double s : defective) all.emplace_back(s, true);
  std::sort(all.begin(), all.end());
  const auto defects = static_cast<double>(defective.size());
  double bestF1 = -1.0, best = defective.front();
  double defectsAtOrAbove = defects;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const bool newThreshold = i == 0 || all[i].first != all[i - 1].first;
    if (newThreshold) {
      const double predicted = static_cast<double>(all.size() - i);
      const double f1 = 2.0 * defectsAtOrAbove / (predicted + defects);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = all[i].first;
      }
    }
    if (all[i].second) defectsAtOrAbove -= 1.0;
  }
  return best;
}

double smallStep(double value) { return std::max(0.05 * std::abs(value), 1e-3); }

Thresholds withDefects(const std::vector<double>& normal, const std::vector<double>& defective) {
  const double fail = f1BestThreshold(normal, defective);
  double review = std::min(defective.front(), fail);
  if (review >= fail) {
    const auto below = std::lower_bound(normal.begin(), normal.end(), fail);
    review = below != normal.begin() ? (*std::prev(below) + fail) / 2.0 : fail - smallStep(fail);
  }
  return {review, fail};
}

Thresholds normalsOnly(const std::vector<double>& normal) {
  const double highest = normal.back();
  double spread = highest - normal.front();
  if (spread <= 0.0) spread = smallStep(highest);
  return {highest + 0.1 * spread, highest + spread};
}

double fraction(std::size_t part, std::size_t whole) {
  return whole ? static_cast<double>(part) / static_cast<double>(whole) : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace

VerdictCounts countVerdicts(const std::vector<double>& scores, const Thresholds& thresholds) {
  VerdictCounts c;
  for (double s : scores) c.add(verdictFor(s, thresholds));
  return c;
}

double ThresholdProposal::missRate() const { return fraction(defective.pass, defective.scored()); }
double ThresholdProposal::falseAlarmRate() const { return fraction(normal.fail, normal.scored()); }

ThresholdProposal proposeThresholds(const CalibrationScores& scores) {
  const std::vector<double> normal = valid(scores.normal);
  const std::vector<double> defective = valid(scores.defective);
  if (normal.empty()) throw MetricsError("thresholds need the scores of at least one normal image");
  ThresholdProposal p;
  p.thresholds = defective.empty() ? normalsOnly(normal) : withDefects(normal, defective);
  p.normal = countVerdicts(normal, p.thresholds);
  p.defective = countVerdicts(defective, p.thresholds);
  return p;
}

}  // namespace nagl::metrics
