#include "ui/charts/score_curves.h"

#include <algorithm>
#include <cmath>

namespace nagl::ui {
namespace {

struct Sorted {
  std::vector<std::pair<double, bool>> rows;  // descending score, defective
  double positives = 0, negatives = 0;
};

Sorted sortLabelled(const std::vector<double>& scores, const std::vector<Label>& labels) {
  Sorted s;
  for (std::size_t i = 0; i < scores.size() && i < labels.size(); ++i) {
    if (std::isnan(scores[i]) || labels[i] == Label::Unknown) continue;
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

}  // namespace

Curve rocCurve(const std::vector<double>& scores, const std::vector<Label>& labels) {
  const Sorted s = sortLabelled(scores, labels);
  Curve c;
  if (s.positives == 0 || s.negatives == 0) return c;
  c.valid = true;
  c.points << QPointF(0, 0);
  sweep(s, [&](double tp, double fp) {
    const QPointF p(fp / s.negatives, tp / s.positives);
    const QPointF& q = c.points.last();
    c.area += (p.x() - q.x()) * (p.y() + q.y()) / 2.0;
    c.points << p;
  });
  return c;
}

Curve prCurve(const std::vector<double>& scores, const std::vector<Label>& labels) {
  const Sorted s = sortLabelled(scores, labels);
  Curve c;
  if (s.positives == 0 || s.negatives == 0) return c;
  c.valid = true;
  double lastRecall = 0;
  c.points << QPointF(0, 1);
  sweep(s, [&](double tp, double fp) {
    const double recall = tp / s.positives, precision = tp / (tp + fp);
    c.area += (recall - lastRecall) * precision;
    lastRecall = recall;
    c.points << QPointF(recall, precision);
  });
  return c;
}

}  // namespace nagl::ui
