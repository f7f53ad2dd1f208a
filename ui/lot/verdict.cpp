#include "ui/lot/verdict.h"

#include <QCoreApplication>

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

}  // namespace nagl::ui
