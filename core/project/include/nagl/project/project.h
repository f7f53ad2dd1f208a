#pragma once
// A NAGL Inspector project as plain data, and its JSON file.
//
// The file (schema "nagl-project/2", see docs in project_file.cpp) lives next
// to a data folder "<file>.d/" that holds copies of the defective reference
// masks, the per-image masks and the results cache. In memory every path is
// absolute; in the file, paths are stored relative to the file's folder so
// that a project moves with its folder.
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace nagl::project {

struct DefectiveReference {
  QString image;
  QString mask;
  bool operator==(const DefectiveReference&) const = default;
};

struct ModelConfig {
  QString backbone;
  QString head;
  int imageSize = 448;
  QString device = QStringLiteral("auto");
  int threads = 0;
  int batchSize = 4;
  // Tiling as `nagl infer` spells it: tile "" (off), "auto" or pixels;
  // -1 and "" for the defaults. Stored only when tiled.
  QString tile{};
  int tileOverlap = -1;
  QString tileReferences{};
  int minDefectPx = -1;
  bool operator==(const ModelConfig&) const = default;
};

// A verdict the user forced on one image.
enum class Override { Pass, Review, Fail };
QString overrideName(Override o);                          // "pass" | "review" | "fail"
std::optional<Override> overrideFromName(const QString&);  // nullopt for anything else

// A forced verdict with who set it, when and why, and the score it was judged
// at (a later score that differs asks for a second look).
// Every member has a default: {.verdict = ...} is a complete initializer.
struct OverrideRecord {
  Override verdict = Override::Review;
  QString by{};     // the OS user name; empty in files before nagl-project/2
  qint64 atMs = 0;  // ms since the epoch (UTC); 0: unknown
  QString comment{};
  std::optional<double> judgedScore{};  // empty: set before the image had a score
  bool operator==(const OverrideRecord&) const = default;
};

// What one entry of the override audit log did.
enum class OverrideAction { Set, Clear, Comment, Confirm, Undo, Redo };
QString overrideActionName(OverrideAction a);  // "set" | "clear" | "comment" | "confirm" | "undo" | "redo"
std::optional<OverrideAction> overrideActionFromName(const QString&);

// One change of an override, as it happened; the log is only ever appended to.
struct OverrideLogEntry {
  QString image;
  qint64 atMs = 0;
  QString by;
  OverrideAction action = OverrideAction::Set;
  std::optional<Override> before, after;  // empty: no override
  QString comment;
  bool operator==(const OverrideLogEntry&) const = default;
};

struct Project {
  QString name;
  QStringList normals;
  QList<DefectiveReference> defective;
  QString lotFolder;
  QStringList lotPaths;
  double reviewThreshold = 0.0;
  double failThreshold = 0.0;
  bool thresholdsSetByUser = false;
  // Where the thresholds came from (the workstation's ThresholdSource):
  // "default", "manual", "calibration-lot", "references"; with its detail.
  QString thresholdSource;
  QString thresholdSourceDetail;
  qint64 minDefectArea = 0;  // pixels a region must cover to fail (nagl/vision/verdict.h); 0: off
  // The recipe the inspection was made from (File > New lot from recipe);
  // both empty: none. The file stays absolute, as model files do.
  QString recipeFile;
  QString recipeProduct;
  QMap<QString, OverrideRecord> overrides;  // image path -> forced verdict
  QList<OverrideLogEntry> overrideLog;      // oldest first
  QMap<QString, QString> imageMasks;        // image path -> mask PNG (in the data folder once saved)
  ModelConfig model;
  QString resultsFile;   // results cache in the data folder; empty: none
  qint64 savedAtMs = 0;  // ms since the epoch, set when written
  bool operator==(const Project&) const = default;
};

// Why a file could not be read: which file and what is wrong with it.
struct ReadError {
  QString file;
  QString message;
  QString text() const { return file + QStringLiteral(": ") + message; }
};

class ProjectFile {
 public:
  static constexpr int kCurrentVersion = 2;
  static QString formatTag(int version);  // "nagl-project/<version>"
  static QString suffix() { return QStringLiteral("nagl"); }
  // The data folder of a project file: "<file>.d".
  static QString dataFolder(const QString& projectPath);

  // The document's schema version: 0 for the pre-release format (no
  // "format" key, "version": 0), N for "nagl-project/N", -1 when unknown.
  static int versionOf(const QJsonObject& doc);
  // Upgrades a document one version at a time up to kCurrentVersion.
  // nullopt (and *error) for an unknown or newer version.
  static std::optional<QJsonObject> migrate(QJsonObject doc, QString* error);

  static QJsonObject toJson(const Project& project, const QString& baseFolder);
  static std::optional<Project> fromJson(const QJsonObject& doc, const QString& baseFolder, QString* error);

  // Parses, migrates and converts; paths resolved against the file's folder.
  static std::optional<Project> read(const QString& path, ReadError* error);
  // Parses bytes (the file is only named in errors).
  static std::optional<Project> parse(const QByteArray& bytes, const QString& path, ReadError* error);
  // Atomic (QSaveFile). Refuses to replace an existing file that is not a
  // readable project file (a corrupt project is never overwritten).
  static bool write(const Project& project, const QString& path, QString* error);
  static QByteArray serialize(const Project& project, const QString& baseFolder);
};

}  // namespace nagl::project
