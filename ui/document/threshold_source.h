#pragma once
// Where the document's thresholds came from, kept beside them (and saved
// with the project) so that the status bar and every report can say it.
// Thresholds change only when the user sets them, accepts a proposal or
// loads a project: never behind the user's back.
#include <QString>
#include <string>

#include "nagl/vision/verdict.h"

namespace nagl::ui {

struct ThresholdSource {
  enum class Kind {
    Default,         // nothing chosen yet: kDefaultThresholds, every image goes to review
    Manual,          // typed or dragged by the user
    CalibrationLot,  // accepted from a labelled calibration lot (detail: its folder)
    References,      // accepted from the references scored leave-one-out (detail: "<normals>,<defectives>")
    Recipe,          // taken from a recipe (detail: "'<product>' (<recipe file>)", as `nagl infer --recipe` says it)
  };
  Kind kind = Kind::Default;
  QString detail;
  bool operator==(const ThresholdSource&) const = default;
};

// Not calibrated: every score in the model's range [0, 1) needs a person.
inline constexpr Thresholds kDefaultThresholds{0.0, 1.0};

// For the status bar (translated).
QString describeThresholdSource(const ThresholdSource& source);
// For the reports (English, as the rest of a report).
std::string reportThresholdSource(const ThresholdSource& source);

// The project file's spelling of a kind ("default", "manual", "calibration-lot", "references", "recipe").
QString kindName(ThresholdSource::Kind kind);
// Unknown names read as Default.
ThresholdSource::Kind kindFromName(const QString& name);

}  // namespace nagl::ui
