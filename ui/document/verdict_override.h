#pragma once
// A verdict a person set on one lot image: who set it (the OS user), when
// (UTC), why (an optional comment) and the score it was judged at, so that a
// re-score that moves the score asks for a second look instead of dropping
// the decision. Each change of an override leaves an OverrideLogEntry in the
// document's audit log; its action kinds are the project file's.
#include <QDateTime>
#include <QString>
#include <limits>

#include "nagl/project/project.h"
#include "nagl/vision/verdict.h"

namespace nagl::ui {

using OverrideAction = nagl::project::OverrideAction;

// Every member has a default: {.verdict = ...} is a complete initializer.
struct VerdictOverride {
  Verdict verdict = Verdict::None;  // None: no override
  QString by{};
  QDateTime at{};
  QString comment{};
  double judgedScore = std::numeric_limits<double>::quiet_NaN();  // NaN: set before the image had a score
  bool isSet() const { return verdict != Verdict::None; }
  bool operator==(const VerdictOverride& other) const;  // NaN scores compare equal
};

struct OverrideLogEntry {
  QString image;
  QDateTime at;
  QString by;
  OverrideAction action = OverrideAction::Set;
  Verdict before = Verdict::None, after = Verdict::None;
  QString comment;  // the override's comment after the change
  bool operator==(const OverrideLogEntry&) const = default;
};

// Who is at the keyboard: $USER ($USERNAME on Windows), else the process's account.
QString currentUserName();

// Whether score `now` differs from the one an override was judged at, beyond
// the float rounding of the results cache (NaN on either side: no).
bool scoreMoved(double judged, double now);

}  // namespace nagl::ui
