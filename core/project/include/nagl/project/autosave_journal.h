#pragma once
// The autosave journal of a project: "<project file>.autosave", a complete
// project document (same schema) written atomically after changes. Its
// data files (masks, results) go to the project's data folder under new
// names, so the saved project stays intact until the next clean save, which
// removes the journal. A journal newer than the project file after a start
// means the program did not close cleanly (crash, kill -9): offer to recover.
#include <QString>
#include <optional>

#include "nagl/project/project.h"

namespace nagl::project {

class AutosaveJournal {
 public:
  static QString pathFor(const QString& projectPath);  // "<projectPath>.autosave"
  // Atomic (QSaveFile); project.savedAtMs is the autosave time.
  static bool write(const QString& projectPath, const Project& project, QString* error);

  enum class Status {
    None,        // no journal
    Older,       // a journal the project file has superseded (a save was interrupted before removing it)
    Newer,       // unsaved changes from a session that did not close cleanly: offer to recover
    Unreadable,  // a journal that cannot be read (problem says why); the project file is untouched
  };
  struct Inspection {
    Status status = Status::None;
    qint64 journalSavedAtMs = 0;
    qint64 projectSavedAtMs = 0;  // 0 when the project file is missing or unreadable
    QString problem;
  };
  static Inspection inspect(const QString& projectPath);
  static std::optional<Project> read(const QString& projectPath, ReadError* error);
  // Removes the journal and the temporary files an interrupted write left.
  static void discard(const QString& projectPath);
};

}  // namespace nagl::project
