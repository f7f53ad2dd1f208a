#pragma once
// The one way this library writes a file: QSaveFile (temporary + rename), so
// readers see the old file or the complete new one.
#include <QByteArray>
#include <QString>

namespace nagl::project {

// false and *error "<path>: cannot be written: <reason>" on any failure; the
// previous file is then untouched.
bool saveFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

}  // namespace nagl::project
