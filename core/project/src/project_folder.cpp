#include "nagl/project/project_folder.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSet>
#include <QUuid>
#include <algorithm>

#include "nagl/project/autosave_journal.h"
#include "save_file.h"

namespace nagl::project {

namespace {

const QStringList kDataSubfolders = {QStringLiteral("references"), QStringLiteral("masks"), QStringLiteral("results")};

QString contentName(const QByteArray& bytes) {
  return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(20));
}

bool isInside(const QString& path, const QString& folder) {
  return QDir::cleanPath(path).startsWith(QDir::cleanPath(folder) + QLatin1Char('/'));
}

// Writes every data file the project needs (new names only) and returns the
// project pointing at them.
std::optional<Project> writeData(const QString& projectPath, const SaveInput& input, QString* error) {
  const QString data = ProjectFile::dataFolder(projectPath);
  for (const QString& sub : kDataSubfolders)
    if (!QDir().mkpath(data + QLatin1Char('/') + sub)) {
      if (error)
        *error = QStringLiteral("%1: the project's data folder cannot be created")
                     .arg(QDir::toNativeSeparators(data + QLatin1Char('/') + sub));
      return std::nullopt;
    }
  Project p = input.project;
  auto encodePng = [error](const QImage& image, const QString& what, QByteArray* png) {
    QBuffer buffer(png);
    buffer.open(QIODevice::WriteOnly);
    if (image.save(&buffer, "PNG")) return true;
    if (error) *error = QStringLiteral("the mask of %1 cannot be encoded as PNG").arg(QDir::toNativeSeparators(what));
    return false;
  };
  for (DefectiveReference& ref : p.defective) {
    const QImage edited = input.referenceMasks.value(ref.image);
    if (edited.isNull()) continue;
    QByteArray png;
    if (!encodePng(edited, ref.image, &png)) return std::nullopt;
    const QString target = data + QStringLiteral("/references/") + contentName(png) + QLatin1Char('_') +
                           QFileInfo(ref.image).completeBaseName() + QStringLiteral("_mask.png");
    if (!QFileInfo::exists(target) && !saveFileAtomically(target, png, error)) return std::nullopt;
    ref.mask = target;
  }
  // Defective references' masks: copied in, so the project keeps them.
  for (DefectiveReference& ref : p.defective) {
    if (ref.mask.isEmpty() || isInside(ref.mask, data)) continue;
    QFile in(ref.mask);
    if (!in.open(QIODevice::ReadOnly)) {
      if (error)
        *error = QStringLiteral("%1: cannot be read: %2").arg(QDir::toNativeSeparators(ref.mask), in.errorString());
      return std::nullopt;
    }
    const QByteArray bytes = in.readAll();
    const QString target =
        data + QStringLiteral("/references/") + contentName(bytes) + QLatin1Char('_') + QFileInfo(ref.mask).fileName();
    if (!QFileInfo::exists(target) && !saveFileAtomically(target, bytes, error)) return std::nullopt;
    ref.mask = target;
  }
  // Per-image masks as PNG.
  for (auto it = input.masks.begin(); it != input.masks.end(); ++it) {
    if (it.value().isNull()) {
      p.imageMasks.remove(it.key());
      continue;
    }
    QByteArray png;
    if (!encodePng(it.value(), it.key(), &png)) return std::nullopt;
    const QString target = data + QStringLiteral("/masks/") + contentName(png) + QStringLiteral(".png");
    if (!QFileInfo::exists(target) && !saveFileAtomically(target, png, error)) return std::nullopt;
    p.imageMasks.insert(it.key(), target);
  }
  if (input.results) {
    if (input.results->isEmpty()) {
      p.resultsFile.clear();
    } else {
      const QString target = data + QStringLiteral("/results/") + QUuid::createUuid().toString(QUuid::WithoutBraces) +
                             QStringLiteral(".bin");
      if (!ResultsCache::write(target, *input.results, error)) return std::nullopt;
      p.resultsFile = target;
    }
  }
  // Strictly later than what it was based on: a journal of this state reads as newer.
  p.savedAtMs = std::max(QDateTime::currentMSecsSinceEpoch(), input.project.savedAtMs + 1);
  return p;
}

void addUsedFiles(const Project& p, QSet<QString>& used) {
  for (const DefectiveReference& ref : p.defective) used.insert(QDir::cleanPath(ref.mask));
  for (const QString& mask : p.imageMasks) used.insert(QDir::cleanPath(mask));
  if (!p.resultsFile.isEmpty()) used.insert(QDir::cleanPath(p.resultsFile));
}

std::optional<LoadedProject> withResults(std::optional<Project> project) {
  if (!project) return std::nullopt;
  LoadedProject loaded;
  loaded.project = std::move(*project);
  if (!loaded.project.resultsFile.isEmpty()) {
    QElapsedTimer timer;
    timer.start();
    QString why;
    if (auto rows = ResultsCache::read(loaded.project.resultsFile, &why))
      loaded.results = std::move(*rows);
    else
      loaded.resultsWarning = why;
    loaded.resultsLoadMs = timer.elapsed();
  }
  return loaded;
}

}  // namespace

std::optional<Project> ProjectFolder::save(const QString& projectPath, const SaveInput& input, QString* error) {
  // Refuse early (before any data file) to replace a corrupt project file.
  if (QFileInfo::exists(projectPath)) {
    ReadError existing;
    if (!ProjectFile::read(projectPath, &existing)) {
      if (error)
        *error = QStringLiteral("%1 is not a readable project file (%2); it is left untouched: save under another name")
                     .arg(existing.file, existing.message);
      return std::nullopt;
    }
  }
  std::optional<Project> p = writeData(projectPath, input, error);
  if (!p || !ProjectFile::write(*p, projectPath, error)) return std::nullopt;
  AutosaveJournal::discard(projectPath);
  collectGarbage(projectPath);
  return p;
}

std::optional<Project> ProjectFolder::autosave(const QString& projectPath, const SaveInput& input, QString* error) {
  std::optional<Project> p = writeData(projectPath, input, error);
  if (!p || !AutosaveJournal::write(projectPath, *p, error)) return std::nullopt;
  collectGarbage(projectPath);  // the previous autosave's files
  return p;
}

std::optional<LoadedProject> ProjectFolder::load(const QString& projectPath, ReadError* error) {
  return withResults(ProjectFile::read(projectPath, error));
}

std::optional<LoadedProject> ProjectFolder::loadJournal(const QString& projectPath, ReadError* error) {
  return withResults(AutosaveJournal::read(projectPath, error));
}

QImage ProjectFolder::readMask(const QString& maskPath) {
  QImageReader reader(maskPath);
  reader.setAutoTransform(true);  // the one EXIF policy: stored orientation applied
  QImage image = reader.read();
  if (image.isNull()) return {};
  return image.convertToFormat(QImage::Format_Grayscale8);
}

void ProjectFolder::collectGarbage(const QString& projectPath) {
  QSet<QString> used;
  if (const auto saved = ProjectFile::read(projectPath, nullptr))
    addUsedFiles(*saved, used);
  else
    return;  // never guess what an unreadable project uses
  if (QFileInfo::exists(AutosaveJournal::pathFor(projectPath))) {
    const auto journal = AutosaveJournal::read(projectPath, nullptr);
    if (!journal) return;
    addUsedFiles(*journal, used);
  }
  const QString data = ProjectFile::dataFolder(projectPath);
  for (const QString& sub : kDataSubfolders) {
    const QDir dir(data + QLatin1Char('/') + sub);
    for (const QFileInfo& f : dir.entryInfoList(QDir::Files))
      if (!used.contains(QDir::cleanPath(f.absoluteFilePath()))) QFile::remove(f.absoluteFilePath());
  }
}

}  // namespace nagl::project
