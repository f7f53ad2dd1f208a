#include "ui/document/threshold_source.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace nagl::ui {

namespace {

constexpr std::array<std::pair<ThresholdSource::Kind, const char*>, 5> kNames{{
    {ThresholdSource::Kind::Default, "default"},
    {ThresholdSource::Kind::Manual, "manual"},
    {ThresholdSource::Kind::CalibrationLot, "calibration-lot"},
    {ThresholdSource::Kind::References, "references"},
    {ThresholdSource::Kind::Recipe, "recipe"},
}};

struct ThresholdSourceText {
  Q_DECLARE_TR_FUNCTIONS(ThresholdSourceText)
};

// References: detail is "<normal count>,<defective count>".
QString referenceCount(const ThresholdSource& source, int which) {
  return source.detail.section(QLatin1Char(','), which, which);
}

}  // namespace

QString describeThresholdSource(const ThresholdSource& source) {
  switch (source.kind) {
    case ThresholdSource::Kind::Default:
      return ThresholdSourceText::tr(
          "⚠ thresholds not calibrated: every image goes to review (Lot > Suggest thresholds…)");
    case ThresholdSource::Kind::Manual:
      return ThresholdSourceText::tr("thresholds set by hand");
    case ThresholdSource::Kind::CalibrationLot:
      return ThresholdSourceText::tr("thresholds from the calibration lot %1").arg(source.detail);
    case ThresholdSource::Kind::References:
      return ThresholdSourceText::tr("thresholds from the references scored leave-one-out (normal: %1, defective: %2)")
          .arg(referenceCount(source, 0), referenceCount(source, 1));
    case ThresholdSource::Kind::Recipe:
      return ThresholdSourceText::tr("thresholds from the recipe %1").arg(source.detail);
  }
  return {};
}

std::string reportThresholdSource(const ThresholdSource& source) {
  const std::string detail = source.detail.toStdString();
  switch (source.kind) {
    case ThresholdSource::Kind::Default:
      return "default, not calibrated (every image goes to review)";
    case ThresholdSource::Kind::Manual:
      return "set by hand in the workstation";
    case ThresholdSource::Kind::CalibrationLot:
      return "proposed from the labelled calibration lot " + detail + " and accepted";
    case ThresholdSource::Kind::References:
      return "proposed from the references scored leave-one-out (normal: " + referenceCount(source, 0).toStdString() +
             ", defective: " + referenceCount(source, 1).toStdString() + ") and accepted";
    case ThresholdSource::Kind::Recipe:
      return "recipe " + detail;
  }
  return {};
}

QString kindName(ThresholdSource::Kind kind) {
  for (const auto& [k, name] : kNames)
    if (k == kind) return QString::fromLatin1(name);
  return {};
}

ThresholdSource::Kind kindFromName(const QString& name) {
  for (const auto& [k, n] : kNames)
    if (name == QLatin1String(n)) return k;
  return ThresholdSource::Kind::Default;
}

}  // namespace nagl::ui
