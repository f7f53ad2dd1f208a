#pragma once
// The one conversion between a path as the UI holds it (QString) and as the
// core takes it (bytes in std::string / std::filesystem::path): Qt's own file
// name encoding, QFile::encodeName / decodeName, so a path the UI got from a
// dialog or a folder listing reaches the core as the bytes Qt opens, and a
// path from the core is shown as Qt would list it.
#include <QString>
#include <filesystem>
#include <string>

namespace nagl::ui {

std::string pathBytes(const QString& path);
std::filesystem::path fsPath(const QString& path);
QString pathFromBytes(const std::string& bytes);
QString pathFromFs(const std::filesystem::path& path);

}  // namespace nagl::ui
