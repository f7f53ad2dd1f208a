#pragma once
// Saving and loading a whole project: the project file plus its data folder
// "<file>.d/" with
//   references/<hash>_<name>   copies of the defective references' masks
//   masks/<hash>.png           per-image masks (content-addressed)
//   results/<uuid>.bin         the results cache
// Data files are written first under new names, the project file (or the
// journal) last and atomically: an interrupted save leaves the previous
// project readable and complete. A clean save then removes the files
// neither the project nor a journal refers to.
#include <QImage>
#include <QList>
#include <QMap>
#include <optional>

#include "nagl/project/project.h"
#include "nagl/project/results_cache.h"

namespace nagl::project {

struct SaveInput {
  Project project;  // absolute paths
  // The results to cache; nullopt keeps project.resultsFile as it is.
  std::optional<CachedResults> results;
  // Per-image masks to store (image path -> mask); a null image removes the
  // image's mask. Masks already in project.imageMasks are kept.
  QMap<QString, QImage> masks;
  // Edited masks of defective references (reference image -> mask): stored
  // in the data folder and used as those references' masks.
  QMap<QString, QImage> referenceMasks;
};

struct LoadedProject {
  Project project;
  CachedResults results;
  QString resultsWarning;  // the cache could not be read (results dropped, the project still opens)
  qint64 resultsLoadMs = 0;
};

class ProjectFolder {
 public:
  // The project as written (paths into the data folder), or nullopt and *error.
  static std::optional<Project> save(const QString& projectPath, const SaveInput& input, QString* error);
  // The same into the autosave journal; the project file is not touched.
  static std::optional<Project> autosave(const QString& projectPath, const SaveInput& input, QString* error);
  static std::optional<LoadedProject> load(const QString& projectPath, ReadError* error);
  // The journal instead of the project file.
  static std::optional<LoadedProject> loadJournal(const QString& projectPath, ReadError* error);
  static QImage readMask(const QString& maskPath);  // Grayscale8; null when unreadable
  // Deletes data files that neither the project file nor the journal uses.
  static void collectGarbage(const QString& projectPath);
};

}  // namespace nagl::project
