#include "nagl/project/autosave_journal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "save_file.h"

namespace nagl::project {

QString AutosaveJournal::pathFor(const QString& projectPath) {
  return QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".autosave");
}

bool AutosaveJournal::write(const QString& projectPath, const Project& project, QString* error) {
  const QString path = pathFor(projectPath);
  return saveFileAtomically(path, ProjectFile::serialize(project, QFileInfo(projectPath).absolutePath()), error);
}

std::optional<Project> AutosaveJournal::read(const QString& projectPath, ReadError* error) {
  const QString path = pathFor(projectPath);
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    if (error) *error = {QDir::toNativeSeparators(path), QStringLiteral("cannot be read: %1").arg(f.errorString())};
    return std::nullopt;
  }
  // Paths in the journal are relative to the project's folder (the same folder).
  return ProjectFile::parse(f.readAll(), path, error);
}

AutosaveJournal::Inspection AutosaveJournal::inspect(const QString& projectPath) {
  Inspection result;
  const QString path = pathFor(projectPath);
  if (!QFileInfo::exists(path)) return result;
  ReadError error;
  const std::optional<Project> journal = read(projectPath, &error);
  if (!journal) {
    result.status = Status::Unreadable;
    result.problem = error.text();
    return result;
  }
  result.journalSavedAtMs =
      journal->savedAtMs ? journal->savedAtMs : QFileInfo(path).lastModified().toMSecsSinceEpoch();
  if (const std::optional<Project> saved = ProjectFile::read(projectPath, nullptr)) {
    result.projectSavedAtMs =
        saved->savedAtMs ? saved->savedAtMs : QFileInfo(projectPath).lastModified().toMSecsSinceEpoch();
  }
  // A missing or unreadable project file: the journal is all there is.
  result.status = result.journalSavedAtMs > result.projectSavedAtMs ? Status::Newer : Status::Older;
  return result;
}

void AutosaveJournal::discard(const QString& projectPath) {
  const QFileInfo journal(pathFor(projectPath));
  QFile::remove(journal.absoluteFilePath());
  // QSaveFile's temporary files are "<name>.XXXXXX" (when it cannot write an unnamed one).
  const QRegularExpression temp(QStringLiteral("^") + QRegularExpression::escape(journal.fileName()) +
                                QStringLiteral("\\.[A-Za-z0-9]{6}$"));
  const QDir dir = journal.absoluteDir();
  for (const QString& name : dir.entryList({journal.fileName() + QStringLiteral(".*")}, QDir::Files | QDir::Hidden))
    if (temp.match(name).hasMatch()) QFile::remove(dir.filePath(name));
}

}  // namespace nagl::project
