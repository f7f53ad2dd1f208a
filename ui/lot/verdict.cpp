#include "ui/lot/verdict.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace nagl::ui {

QString verdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::Pass:
      return QCoreApplication::translate("Verdict", "pass");
    case Verdict::Review:
      return QCoreApplication::translate("Verdict", "review");
    case Verdict::Fail:
      return QCoreApplication::translate("Verdict", "fail");
    case Verdict::None:
      break;
  }
  return {};
}

Label labelFromPath(const QString& path) {
  // String slicing, not QFileInfo: this runs for every row of a large lot.
  const qsizetype file = path.lastIndexOf(QLatin1Char('/'));
  if (file <= 0) return Label::Unknown;
  const qsizetype dir = path.lastIndexOf(QLatin1Char('/'), file - 1);
  if (QStringView(path).mid(dir + 1, file - dir - 1) == QLatin1String("good")) return Label::Normal;
  if (dir <= 0) return Label::Unknown;
  const qsizetype parent = path.lastIndexOf(QLatin1Char('/'), dir - 1);
  if (QStringView(path).mid(parent + 1, dir - parent - 1) == QLatin1String("test")) return Label::Defective;
  return Label::Unknown;
}

namespace {

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  const double pos = p * static_cast<double>(values.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(pos));
  const std::size_t hi = std::min(lo + 1, values.size() - 1);
  return values[lo] + (values[hi] - values[lo]) * (pos - static_cast<double>(lo));
}

}  // namespace

ThresholdSuggestion suggestThresholds(const std::vector<double>& scores, const std::vector<Label>& labels) {
  ThresholdSuggestion s;
  std::vector<std::pair<double, bool>> labelled;  // score, defective
  std::vector<double> valid;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    if (std::isnan(scores[i])) continue;
    valid.push_back(scores[i]);
    if (i < labels.size() && labels[i] != Label::Unknown)
      labelled.emplace_back(scores[i], labels[i] == Label::Defective);
  }
  if (valid.empty()) return s;
  const auto defects = std::count_if(labelled.begin(), labelled.end(), [](const auto& p) { return p.second; });
  const auto normals = static_cast<std::ptrdiff_t>(labelled.size()) - defects;
  if (defects > 0 && normals > 0) {
    std::sort(labelled.begin(), labelled.end());
    double lowestDefect = 0.0;
    for (const auto& [score, defective] : labelled)
      if (defective) {
        lowestDefect = score;
        break;
      }
    // F1 at threshold t = labelled[i].first (predict defective when score >= t).
    double bestF1 = -1.0, bestT = lowestDefect;
    std::ptrdiff_t tpAbove = defects;
    const auto n = static_cast<std::ptrdiff_t>(labelled.size());
    for (std::ptrdiff_t i = 0; i < n; ++i) {
      if (i > 0 && labelled[i].first == labelled[i - 1].first) {
        tpAbove -= labelled[i].second;
        continue;
      }
      const double predicted = static_cast<double>(n - i);
      const double f1 = 2.0 * tpAbove / (predicted + static_cast<double>(defects));
      if (f1 > bestF1) {
        bestF1 = f1;
        bestT = labelled[i].first;
      }
      tpAbove -= labelled[i].second;
    }
    s.thresholds = {std::min(lowestDefect, bestT), std::max(lowestDefect, bestT)};
    s.fromLabels = true;
    return s;
  }
  s.thresholds = {percentile(valid, 0.10), percentile(valid, 0.90)};
  return s;
}

}  // namespace nagl::ui
