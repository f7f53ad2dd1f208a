#include "ui/charts/score_curves.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "nagl/metrics/binary_metrics.h"

namespace nagl::ui {
namespace {

bool labelled(double score, Label label) { return !std::isnan(score) && label != Label::Unknown; }

struct Sorted {
  std::vector<std::pair<double, bool>> rows;  // descending score, defective
  double positives = 0, negatives = 0;
};

Sorted sortLabelled(const std::vector<double>& scores, const std::vector<Label>& labels) {
  Sorted s;
  for (std::size_t i = 0; i < scores.size() && i < labels.size(); ++i) {
    if (!labelled(scores[i], labels[i])) continue;
    const bool defective = labels[i] == Label::Defective;
    s.rows.emplace_back(scores[i], defective);
    (defective ? s.positives : s.negatives) += 1;
  }
  std::sort(s.rows.begin(), s.rows.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  return s;
}

// Calls step(tp, fp) after each group of equal scores.
template <class F>
void sweep(const Sorted& s, F step) {
  double tp = 0, fp = 0;
  for (std::size_t i = 0; i < s.rows.size(); ++i) {
    (s.rows[i].second ? tp : fp) += 1;
    if (i + 1 == s.rows.size() || s.rows[i + 1].first != s.rows[i].first) step(tp, fp);
  }
}

// AUROC and AP of the labelled rows, computed once, by core/metrics.
metrics::BinaryMetrics areas(const Sorted& s) {
  std::vector<float> scores;
  std::vector<std::uint8_t> defective;
  for (const auto& [score, isDefective] : s.rows) {
    scores.push_back(static_cast<float>(score));
    defective.push_back(isDefective ? 1 : 0);
  }
  return metrics::binaryMetrics(scores, defective);
}

// One sweep down the ranking from `start`; `area` picks the curve's area from
// core/metrics, `at` maps the counts at each threshold to a point.
template <typename Area, typename Point>
Curve traceCurve(const std::vector<double>& scores, const std::vector<Label>& labels, Area area, QPointF start,
                 Point at) {
  const Sorted s = sortLabelled(scores, labels);
  Curve c;
  if (s.positives == 0 || s.negatives == 0) return c;
  c.valid = true;
  c.area = area(areas(s));
  c.points << start;
  sweep(s, [&](double tp, double fp) { c.points << at(s, tp, fp); });
  return c;
}

}  // namespace

Curve rocCurve(const std::vector<double>& scores, const std::vector<Label>& labels) {
  return traceCurve(
      scores, labels, [](const metrics::BinaryMetrics& m) { return m.auroc; }, QPointF(0, 0),
      [](const Sorted& s, double tp, double fp) { return QPointF(fp / s.negatives, tp / s.positives); });
}

Curve prCurve(const std::vector<double>& scores, const std::vector<Label>& labels) {
  return traceCurve(
      scores, labels, [](const metrics::BinaryMetrics& m) { return m.averagePrecision; }, QPointF(0, 1),
      [](const Sorted& s, double tp, double fp) { return QPointF(tp / s.positives, tp / (tp + fp)); });
}

QPointF Confusion::roc() const {
  const int negatives = falsePositives + trueNegatives, positives = truePositives + falseNegatives;
  return {negatives ? double(falsePositives) / negatives : 0.0, positives ? double(truePositives) / positives : 0.0};
}

QPointF Confusion::pr() const {
  const int positives = truePositives + falseNegatives, called = truePositives + falsePositives;
  return {positives ? double(truePositives) / positives : 0.0, called ? double(truePositives) / called : 1.0};
}

Confusion confusionAt(const std::vector<double>& scores, const std::vector<Label>& labels, double threshold) {
  Confusion c;
  for (std::size_t i = 0; i < scores.size() && i < labels.size(); ++i) {
    if (!labelled(scores[i], labels[i])) continue;
    const bool calledDefective = scores[i] >= threshold, defective = labels[i] == Label::Defective;
    ++(calledDefective ? (defective ? c.truePositives : c.falsePositives)
                       : (defective ? c.falseNegatives : c.trueNegatives));
  }
  return c;
}

}  // namespace nagl::ui
