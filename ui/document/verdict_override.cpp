#include "ui/document/verdict_override.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>

namespace nagl::ui {

bool VerdictOverride::operator==(const VerdictOverride& other) const {
  const bool sameScore = (std::isnan(judgedScore) && std::isnan(other.judgedScore)) || judgedScore == other.judgedScore;
  return verdict == other.verdict && by == other.by && at == other.at && comment == other.comment && sameScore;
}

QString currentUserName() {
  for (const char* name : {"USER", "USERNAME", "LOGNAME"})
    if (const QString user = qEnvironmentVariable(name); !user.isEmpty()) return user;
  return QStringLiteral("unknown");
}

bool scoreMoved(double judged, double now) {
  if (std::isnan(judged) || std::isnan(now)) return false;
  // The results cache keeps scores as floats: a reloaded score may differ in the 7th digit.
  return std::abs(judged - now) > 1e-6 * std::max(1.0, std::abs(judged));
}

}  // namespace nagl::ui
