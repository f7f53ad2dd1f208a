#include "ui/document/verdict_override.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace nagl::ui {

bool VerdictOverride::operator==(const VerdictOverride& other) const {
  const bool sameScore = (std::isnan(judgedScore) && std::isnan(other.judgedScore)) || judgedScore == other.judgedScore;
  return verdict == other.verdict && by == other.by && at == other.at && comment == other.comment && sameScore;
}

QString currentUserName() {
  for (const char* name : {"USER", "USERNAME", "LOGNAME"})
    if (QString user = qEnvironmentVariable(name); !user.isEmpty()) return user;
#ifdef Q_OS_UNIX
  // No login environment (a service, a container): the account the process runs as.
  if (const passwd* account = getpwuid(getuid()); account && account->pw_name)
    return QString::fromLocal8Bit(account->pw_name);
#endif
  return QStringLiteral("unknown");
}

bool scoreMoved(double judged, double now) {
  if (std::isnan(judged) || std::isnan(now)) return false;
  // The results cache keeps scores as floats: a reloaded score may differ in the 7th digit.
  return std::abs(judged - now) > 1e-6 * std::max(1.0, std::abs(judged));
}

}  // namespace nagl::ui
