#include "save_file.h"

#include <QDir>
#include <QSaveFile>

namespace nagl::project {

bool saveFileAtomically(const QString& path, const QByteArray& bytes, QString* error) {
  QSaveFile out(path);
  if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
    if (error)
      *error = QStringLiteral("%1: cannot be written: %2").arg(QDir::toNativeSeparators(path), out.errorString());
    out.cancelWriting();
    return false;
  }
  return true;
}

}  // namespace nagl::project
