#include "ui/common/path_bytes.h"

#include <QByteArray>
#include <QFile>

namespace nagl::ui {

std::string pathBytes(const QString& path) { return QFile::encodeName(path).toStdString(); }

std::filesystem::path fsPath(const QString& path) { return std::filesystem::path(pathBytes(path)); }

QString pathFromBytes(const std::string& bytes) {
  return QFile::decodeName(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())));
}

QString pathFromFs(const std::filesystem::path& path) { return pathFromBytes(path.native()); }

}  // namespace nagl::ui
