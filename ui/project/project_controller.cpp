#include "ui/project/project_controller.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

#include "nagl/project/autosave_journal.h"
#include "ui/common/app_folders.h"
#include "ui/common/core_decoded_image.h"
#include "ui/common/path_bytes.h"
#include "ui/document/inspection_document.h"

namespace nagl::ui {

namespace np = nagl::project;

namespace {

const QString kRecentKey = QStringLiteral("project/recent");
// Set when the user answered Cancel ("ask again next time") to a recovery offer.
const QString kRecoveryDeferredKey = QStringLiteral("project/recoveryDeferred");

np::Override toOverride(Verdict v) {
  return v == Verdict::Pass ? np::Override::Pass : v == Verdict::Fail ? np::Override::Fail : np::Override::Review;
}

Verdict fromOverride(np::Override o) {
  return o == np::Override::Pass ? Verdict::Pass : o == np::Override::Fail ? Verdict::Fail : Verdict::Review;
}

std::optional<np::Override> toOptionalOverride(Verdict v) {
  return v == Verdict::None ? std::nullopt : std::optional(toOverride(v));
}

Verdict fromOptionalOverride(const std::optional<np::Override>& o) { return o ? fromOverride(*o) : Verdict::None; }

qint64 toMs(const QDateTime& at) { return at.isValid() ? at.toMSecsSinceEpoch() : 0; }
QDateTime fromMs(qint64 ms) { return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime(); }

np::OverrideRecord toRecord(const VerdictOverride& o) {
  return {toOverride(o.verdict), o.by, toMs(o.at), o.comment,
          std::isnan(o.judgedScore) ? std::nullopt : std::optional(o.judgedScore)};
}

VerdictOverride fromRecord(const np::OverrideRecord& r) {
  VerdictOverride o;
  o.verdict = fromOverride(r.verdict);
  o.by = r.by;
  o.at = fromMs(r.atMs);
  o.comment = r.comment;
  if (r.judgedScore) o.judgedScore = *r.judgedScore;
  return o;
}

np::OverrideLogEntry toLogEntry(const OverrideLogEntry& e) {
  return {e.image, toMs(e.at), e.by, e.action, toOptionalOverride(e.before), toOptionalOverride(e.after), e.comment};
}

OverrideLogEntry fromLogEntry(const np::OverrideLogEntry& e) {
  return {e.image,  fromMs(e.atMs), e.by, e.action, fromOptionalOverride(e.before), fromOptionalOverride(e.after),
          e.comment};
}

QString withSuffix(QString path) {
  if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + np::ProjectFile::suffix();
  return QFileInfo(path).absoluteFilePath();
}

}  // namespace

// Everything a save needs, copied on the UI thread (implicitly shared Qt
// containers: cheap); converted and written on the I/O thread.
struct ProjectController::Snapshot {
  np::Project project;
  std::optional<QList<QueryResult>> results;
  QHash<QString, QImage> masks;
  QMap<QString, QImage> referenceMasks;

  np::SaveInput toSaveInput() const {
    np::SaveInput in;
    in.project = project;
    if (results) {
      const bool any = std::any_of(results->begin(), results->end(),
                                   [](const QueryResult& r) { return r.status != QueryStatus::Pending; });
      in.results = any ? *results : np::CachedResults{};
    }
    for (auto it = masks.begin(); it != masks.end(); ++it) in.masks.insert(it.key(), it.value());
    in.referenceMasks = referenceMasks;
    return in;
  }
};

ProjectController::ProjectController(InspectionDocument* document, QMainWindow* window)
    : QObject(window),
      document_(document),
      window_(window),
      autosaveTimer_(new QTimer(this)),
      openWatcher_(new QFutureWatcher<OpenResult>(this)),
      saveWatcher_(new QFutureWatcher<SaveResult>(this)),
      autosaveWatcher_(new QFutureWatcher<SaveResult>(this)) {
  io_.setMaxThreadCount(1);
  autosaveTimer_->setSingleShot(true);
  autosaveTimer_->setInterval(5000);
  connect(autosaveTimer_, &QTimer::timeout, this, &ProjectController::autosaveNow);
  connect(openWatcher_, &QFutureWatcher<OpenResult>::finished, this, &ProjectController::onOpened);
  connect(saveWatcher_, &QFutureWatcher<SaveResult>::finished, this, &ProjectController::onSaved);
  connect(autosaveWatcher_, &QFutureWatcher<SaveResult>::finished, this, &ProjectController::onAutosaved);

  // What changes the project.
  const auto resultsChanged = [this] {
    resultsDirty_ = journalResultsDirty_ = true;
    markModified();
  };
  InspectionDocument* d = document_;
  connect(d, &InspectionDocument::referencesChanged, this, &ProjectController::markModified);
  connect(d, &InspectionDocument::modelSettingsChanged, this, &ProjectController::markModified);
  connect(d, &InspectionDocument::lotReset, this, resultsChanged);
  connect(d, &InspectionDocument::resultsReset, this, resultsChanged);
  connect(d, &InspectionDocument::resultsUpdated, this, resultsChanged);
  connect(d, &InspectionDocument::thresholdsChanged, this, &ProjectController::markModified);
  connect(d, &InspectionDocument::recipeChanged, this, [this] {
    markModified();
    updateTitle();
  });
  connect(d, &InspectionDocument::overrideChanged, this, &ProjectController::markModified);
  connect(d, &InspectionDocument::overridesReset, this, &ProjectController::markModified);
  connect(d, &InspectionDocument::queryMaskChanged, this, &ProjectController::markModified);
  connect(d, &InspectionDocument::referenceMaskChanged, this, &ProjectController::markModified);
}

ProjectController::~ProjectController() {
  openWatcher_->disconnect(this);
  saveWatcher_->disconnect(this);
  autosaveWatcher_->disconnect(this);
  io_.waitForDone();
}

void ProjectController::setAutosaveDelay(int ms) { autosaveTimer_->setInterval(ms); }

QString ProjectController::untitledJournalBase() {
  return appDataFolder() + QStringLiteral("/untitled/untitled.naglproj");
}

QString ProjectController::journalBase() const { return path_.isEmpty() ? untitledJournalBase() : path_; }

void ProjectController::discardUntitledJournal() {
  np::AutosaveJournal::discard(untitledJournalBase());
  np::ProjectFolder::collectGarbage(untitledJournalBase());
}

QString ProjectController::projectName() const {
  if (!path_.isEmpty()) return QFileInfo(path_).completeBaseName();
  return untitledName_.isEmpty() ? tr("Untitled project") : untitledName_;
}

void ProjectController::addMenuActions(QMenu* file) {
  QAction* create = file->addAction(tr("&New project"), this, [this] { newProject(); });
  create->setShortcut(QKeySequence::New);
  QAction* open = file->addAction(tr("&Open project…"), this, [this] {
    const QString path = QFileDialog::getOpenFileName(window_, tr("Open project"), QFileInfo(path_).absolutePath(),
                                                      tr("NAGL projects (*.nagl);;All files (*)"));
    if (!path.isEmpty()) openProject(path);
  });
  open->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
  recentMenu_ = file->addMenu(tr("&Recent projects"));
  connect(recentMenu_, &QMenu::aboutToShow, this, &ProjectController::rebuildRecentMenu);
  rebuildRecentMenu();
  QAction* saveAction = file->addAction(tr("&Save project"), this, [this] { save(); });
  saveAction->setShortcut(QKeySequence::Save);
  QAction* saveAsAction = file->addAction(tr("Save project &as…"), this, [this] { saveAs(); });
  saveAsAction->setShortcut(QKeySequence::SaveAs);
  file->addSeparator();
}

ProjectController::Answer ProjectController::ask(Prompt prompt, const QString& text) {
  if (prompt_) return prompt_(prompt, text);
  switch (prompt) {
    case Prompt::RecoverJournal: {
      const auto b = QMessageBox::question(window_, tr("Recover unsaved changes"), text,
                                           QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
      return b == QMessageBox::Yes ? Answer::Yes : b == QMessageBox::No ? Answer::No : Answer::Cancel;
    }
    case Prompt::UnsavedChanges: {
      const auto b =
          QMessageBox::warning(window_, tr("Unsaved changes"), text,
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
      return b == QMessageBox::Save ? Answer::Save : b == QMessageBox::Discard ? Answer::Discard : Answer::Cancel;
    }
    case Prompt::Error: {
      auto* box = new QMessageBox(QMessageBox::Warning, tr("Project"), text, QMessageBox::Ok, window_);
      box->setAttribute(Qt::WA_DeleteOnClose);
      box->open();
      return Answer::Ok;
    }
  }
  return Answer::Cancel;
}

void ProjectController::markModified() {
  if (applying_) return;
  setModified(true);
  // Work that is not in a saved project is journaled too (untitledJournalBase).
  if (!autosaveTimer_->isActive()) autosaveTimer_->start();
}

void ProjectController::setModified(bool modified) {
  const bool changed = modified != modified_;
  modified_ = modified;
  updateTitle();
  if (changed) Q_EMIT modifiedChanged(modified);
}

void ProjectController::updateTitle() {
  const QString product = document_->recipe().product;
  if (!active_) {
    window_->setWindowTitle(product.isEmpty() ? tr("NAGL Inspector") : tr("%1 — NAGL Inspector").arg(product));
    window_->setWindowModified(false);
    return;
  }
  window_->setWindowTitle(product.isEmpty() ? tr("%1[*] — NAGL Inspector").arg(projectName())
                                            : tr("%1[*] — %2 — NAGL Inspector").arg(projectName(), product));
  window_->setWindowModified(modified_);
}

bool ProjectController::confirmDiscardOrSave() {
  // Work never made a project (active_ false) is asked about too: Discard is
  // the only way it may be lost.
  if (!modified_) return true;
  const Answer a =
      ask(Prompt::UnsavedChanges, tr("The project \"%1\" has unsaved changes. Save them?").arg(projectName()));
  if (a == Answer::Cancel) return false;
  if (a == Answer::Save) return saveBlocking();
  // Discarded: the journal goes too.
  waitForIdle();
  if (!path_.isEmpty()) {
    np::AutosaveJournal::discard(path_);
    np::ProjectFolder::collectGarbage(path_);
  } else {
    discardUntitledJournal();
  }
  return true;
}

bool ProjectController::newProject() {
  if (busy_ || !confirmDiscardOrSave()) return false;
  autosaveTimer_->stop();
  applying_ = true;
  document_->restoreReferences({}, {});
  document_->clearQueryMasks();
  restoreInspection({}, {}, {}, kDefaultThresholds, ThresholdSource{});
  document_->restoreOverrides({}, {});  // a new project starts a new audit log
  document_->setRecipe({});
  document_->setMinDefectArea(0);
  document_->clearHistory();
  applying_ = false;
  path_.clear();
  saved_ = {};
  active_ = true;
  resultsDirty_ = journalResultsDirty_ = true;
  setModified(false);
  return true;
}

bool ProjectController::openProject(const QString& rawPath) {
  if (busy_) return false;
  const QString path = QFileInfo(rawPath).absoluteFilePath();
  if (!confirmDiscardOrSave()) return false;
  const np::AutosaveJournal::Inspection journal = np::AutosaveJournal::inspect(path);
  bool fromJournal = false;
  switch (journal.status) {
    case np::AutosaveJournal::Status::None:
      break;
    case np::AutosaveJournal::Status::Older:
      np::AutosaveJournal::discard(path);
      break;
    case np::AutosaveJournal::Status::Unreadable:
      ask(Prompt::Error, tr("The autosave journal of %1 cannot be read and is ignored:\n%2")
                             .arg(QDir::toNativeSeparators(path), journal.problem));
      break;
    case np::AutosaveJournal::Status::Newer: {
      const QString when =
          QLocale().toString(QDateTime::fromMSecsSinceEpoch(journal.journalSavedAtMs), QLocale::ShortFormat);
      const Answer a = ask(Prompt::RecoverJournal,
                           tr("%1 has unsaved changes, autosaved at %2, that are newer than the saved project "
                              "(NAGL Inspector did not close cleanly).\n\nRecover them? (No opens the saved "
                              "version and drops the autosaved changes.)")
                               .arg(QDir::toNativeSeparators(path), when));
      if (a == Answer::Cancel) return false;
      fromJournal = a == Answer::Yes;
      if (!fromJournal) np::AutosaveJournal::discard(path);
      break;
    }
  }
  startOpen(path, fromJournal);
  return true;
}

void ProjectController::startOpen(const QString& path, bool fromJournal) {
  busy_ = true;
  autosaveTimer_->stop();
  window_->statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
  openWatcher_->setFuture(QtConcurrent::run(&io_, [path, fromJournal] {
    OpenResult r;
    r.path = path;
    r.fromJournal = fromJournal;
    r.loaded = fromJournal ? np::ProjectFolder::loadJournal(path, &r.error) : np::ProjectFolder::load(path, &r.error);
    return r;
  }));
}

void ProjectController::onOpened() {
  busy_ = false;
  const OpenResult r = openWatcher_->result();
  if (!r.loaded) {
    const QString message = tr("The project cannot be opened; the file was not changed.\n\n%1").arg(r.error.text());
    window_->statusBar()->showMessage(r.error.text(), 10000);
    if (!QFileInfo::exists(r.path)) removeRecent(r.path);
    ask(Prompt::Error, message);
    Q_EMIT openFailed(message);
    return;
  }
  const bool untitled = r.path == untitledJournalBase();
  path_ = untitled ? QString() : r.path;
  active_ = true;
  apply(*r.loaded);
  saved_ = r.loaded->project;
  journaled_ = r.loaded->project;
  resultsDirty_ = r.fromJournal;
  journalResultsDirty_ = false;
  setModified(r.fromJournal);  // recovered changes are not saved yet
  if (!untitled) addRecent(path_);
  QString status = r.fromJournal ? tr("Recovered the autosaved changes of %1").arg(projectName())
                                 : tr("Opened %1").arg(projectName());
  if (!r.loaded->results.isEmpty())
    status += tr(" (%n cached result(s) in %1 ms)", nullptr, static_cast<int>(r.loaded->results.size()))
                  .arg(r.loaded->resultsLoadMs);
  if (!r.loaded->resultsWarning.isEmpty()) {
    status += tr("; the results cache is unreadable and was left out: %1").arg(r.loaded->resultsWarning);
  }
  window_->statusBar()->showMessage(status, 10000);
  Q_EMIT projectOpened(path_, r.fromJournal);
}

bool ProjectController::restoreInspection(const QStringList& paths, const QString& rootFolder,
                                          const QList<QueryResult>& results, const Thresholds& thresholds,
                                          const ThresholdSource& thresholdSource) {
  if (document_->isScoring()) {
    window_->statusBar()->showMessage(
        QCoreApplication::translate("nagl::ui::MainWindow", "Cancel the running inspection before opening a project."),
        8000);
    return false;
  }
  QHash<QString, qsizetype> cached;
  cached.reserve(results.size());
  for (qsizetype i = 0; i < results.size(); ++i) cached.insert(queryPath(results[i]), i);
  QList<QueryResult> rows;
  rows.reserve(paths.size());
  for (const QString& path : paths) {
    if (const auto it = cached.constFind(path); it != cached.constEnd()) {
      rows.append(results[*it]);
    } else {
      QueryResult pending;
      pending.path = pathBytes(path);
      rows.append(pending);
    }
  }
  document_->restoreThresholds(thresholds, thresholdSource);
  return document_->restoreLot(rows, rootFolder);
}

void ProjectController::apply(const np::LoadedProject& loaded) {
  const np::Project& p = loaded.project;
  applying_ = true;
  ModelSettings settings;
  settings.backbone = p.model.backbone;
  settings.head = p.model.head;
  settings.imageSize = p.model.imageSize;
  settings.device = p.model.device;
  settings.threads = p.model.threads;
  settings.batchSize = p.model.batchSize;
  settings.tiling =
      ModelSettings::tilingFrom(p.model.tile, p.model.tileOverlap, p.model.tileReferences, p.model.minDefectPx);
  document_->setModelSettings(settings);

  QList<DefectiveReference> defectives;
  for (const np::DefectiveReference& ref : p.defective) defectives.append({ref.image, ref.mask});
  document_->restoreReferences(p.normals, defectives);
  document_->clearQueryMasks();
  for (auto it = p.imageMasks.begin(); it != p.imageMasks.end(); ++it) {
    const QImage mask = decodeMaskImage(it.value()).image;  // the core decoder, as every mask the UI reads
    if (!mask.isNull()) document_->setQueryMask(it.key(), mask);
  }
  restoreInspection(p.lotPaths, p.lotFolder, loaded.results, Thresholds{p.reviewThreshold, p.failThreshold},
                    ThresholdSource{kindFromName(p.thresholdSource), p.thresholdSourceDetail});
  QHash<QString, VerdictOverride> overrides;
  for (auto it = p.overrides.begin(); it != p.overrides.end(); ++it) overrides.insert(it.key(), fromRecord(it.value()));
  QList<OverrideLogEntry> log;
  log.reserve(p.overrideLog.size());
  for (const np::OverrideLogEntry& e : p.overrideLog) log.append(fromLogEntry(e));
  document_->restoreOverrides(overrides, log);
  document_->setRecipe({p.recipeFile, p.recipeProduct});
  document_->setMinDefectArea(static_cast<std::size_t>(p.minDefectArea));
  document_->clearHistory();
  applying_ = false;
}

ProjectController::Snapshot ProjectController::capture(bool withResults) const {
  Snapshot s;
  np::Project& p = s.project;
  p.name = projectName();
  const ModelSettings& m = document_->modelSettings();
  p.model = {m.backbone, m.head, m.imageSize, m.device, m.threads, m.batchSize};
  const ModelSettings::TilingText tiling = m.tilingText();
  p.model.tile = tiling.tile;
  p.model.tileOverlap = tiling.overlap;
  p.model.tileReferences = tiling.references;
  p.model.minDefectPx = tiling.minDefectPx;
  const ReferenceSet refs = document_->references();
  p.normals = refs.normals;
  for (const DefectiveReference& d : refs.defective) {
    p.defective.append({d.image, d.mask});
    const QImage edit = document_->referenceMaskEdit(d.image, d.mask);
    if (!edit.isNull()) s.referenceMasks.insert(d.image, edit);
  }
  p.lotFolder = document_->lotRoot();
  const QList<QueryResult>& rows = document_->results();
  for (int row = 0; row < rows.size(); ++row) {
    const QString path = queryPath(rows[row]);
    p.lotPaths.append(path);
    if (const VerdictOverride& o = document_->overrideDetailsAt(row); o.isSet()) p.overrides.insert(path, toRecord(o));
  }
  for (const OverrideLogEntry& e : document_->overrideLog()) p.overrideLog.append(toLogEntry(e));
  const Thresholds t = document_->thresholds();
  p.reviewThreshold = t.review;
  p.failThreshold = t.fail;
  p.thresholdsSetByUser = document_->thresholdsSetByUser();
  p.thresholdSource = kindName(document_->thresholdSource().kind);
  p.thresholdSourceDetail = document_->thresholdSource().detail;
  p.minDefectArea = static_cast<qint64>(document_->minDefectArea());
  p.recipeFile = document_->recipe().file;
  p.recipeProduct = document_->recipe().product;
  p.resultsFile = saved_.resultsFile;
  p.savedAtMs = saved_.savedAtMs;
  s.masks = document_->queryMasks();
  if (withResults) s.results = document_->results();
  return s;
}

bool ProjectController::save() {
  if (path_.isEmpty()) return saveAs();
  return saveTo(path_);
}

bool ProjectController::saveAs() {
  QString start =
      path_.isEmpty() ? QDir::homePath() + QLatin1Char('/') + projectName() + QStringLiteral(".nagl") : path_;
  const QString chosen =
      QFileDialog::getSaveFileName(window_, tr("Save project as"), start, tr("NAGL projects (*.nagl)"));
  if (chosen.isEmpty()) return false;
  return saveTo(chosen);
}

bool ProjectController::saveTo(const QString& rawPath) {
  if (busy_) {
    window_->statusBar()->showMessage(tr("The project is being opened or saved; try again in a moment."), 6000);
    return false;
  }
  const QString path = withSuffix(rawPath);
  // A new location needs the results written there; the same one only when they changed.
  const bool sameFile = path == path_;
  Snapshot snapshot = capture(!sameFile || resultsDirty_);
  if (!sameFile) snapshot.project.resultsFile.clear();
  busy_ = true;
  autosaveTimer_->stop();
  window_->statusBar()->showMessage(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
  saveWatcher_->setFuture(QtConcurrent::run(&io_, [snapshot, path] {
    SaveResult r;
    r.path = path;
    r.project = np::ProjectFolder::save(path, snapshot.toSaveInput(), &r.error);
    return r;
  }));
  return true;
}

void ProjectController::onSaved() {
  busy_ = false;
  const SaveResult r = saveWatcher_->result();
  if (!r.project) {
    const QString message =
        tr("The project was not saved; the previous file is unchanged.\n\n%1\n\nUse File > Save project as… to save "
           "it elsewhere.")
            .arg(r.error);
    window_->statusBar()->showMessage(r.error, 10000);
    ask(Prompt::Error, message);
    Q_EMIT saveFailed(message);
    if (modified_ && active_ && !path_.isEmpty()) autosaveTimer_->start();
    return;
  }
  if (path_.isEmpty()) discardUntitledJournal();  // the work now lives in a saved project
  path_ = r.path;
  active_ = true;
  saved_ = journaled_ = *r.project;
  resultsDirty_ = journalResultsDirty_ = false;
  setModified(false);
  addRecent(path_);
  window_->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path_)), 6000);
  Q_EMIT projectSaved(path_);
}

bool ProjectController::saveBlocking() {
  if (path_.isEmpty()) {
    if (!saveAs()) return false;
  } else if (!saveTo(path_)) {
    return false;
  }
  waitForIdle();
  return !modified_;
}

void ProjectController::autosaveNow() {
  if (!modified_) return;
  if (busy_ || autosaving_) {
    autosaveTimer_->start();  // later
    return;
  }
  Snapshot snapshot = capture(journalResultsDirty_);
  snapshot.project.resultsFile = journaled_.resultsFile;
  snapshot.project.savedAtMs = std::max(journaled_.savedAtMs, saved_.savedAtMs);
  journalResultsDirty_ = false;
  autosaving_ = true;
  const QString path = journalBase();
  autosaveWatcher_->setFuture(QtConcurrent::run(&io_, [snapshot, path] {
    SaveResult r;
    r.path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    r.project = np::ProjectFolder::autosave(path, snapshot.toSaveInput(), &r.error);
    return r;
  }));
}

void ProjectController::onAutosaved() {
  autosaving_ = false;
  const SaveResult r = autosaveWatcher_->result();
  if (!r.project) {
    journalResultsDirty_ = true;
    window_->statusBar()->showMessage(tr("Autosave failed: %1").arg(r.error), 10000);
    return;
  }
  if (r.path == journalBase()) journaled_ = *r.project;
  Q_EMIT autosaved();
}

bool ProjectController::maybeCloseProject() {
  autosaveTimer_->stop();
  if (!confirmDiscardOrSave()) {
    if (modified_ && active_ && !path_.isEmpty()) autosaveTimer_->start();
    return false;
  }
  waitForIdle();
  // A clean close leaves no journal behind.
  if (!path_.isEmpty() && !modified_) np::AutosaveJournal::discard(path_);
  return true;
}

void ProjectController::offerRecovery(SessionLock::LastExit lastExit) {
  QSettings settings;
  const bool deferred = settings.value(kRecoveryDeferredKey).toBool();
  // After a clean quit the journals left are not lost work (Cancel kept them on purpose, or they are stale).
  if (lastExit == SessionLock::LastExit::OtherInstanceRunning) return;  // its journals are live
  if (lastExit == SessionLock::LastExit::Clean && !deferred) return;
  settings.remove(kRecoveryDeferredKey);
  const auto deferOnCancel = [&settings](Answer a) {
    if (a == Answer::Cancel) settings.setValue(kRecoveryDeferredKey, true);
  };
  if (const np::AutosaveJournal::Inspection untitled = np::AutosaveJournal::inspect(untitledJournalBase());
      untitled.status == np::AutosaveJournal::Status::Newer) {
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(untitled.journalSavedAtMs), QLocale::ShortFormat);
    const Answer a = ask(Prompt::RecoverJournal,
                         tr("Work from your last session that was not saved in a project was autosaved at %1.\n\n"
                            "Restore it? (No drops it; Cancel asks again next time.)")
                             .arg(when));
    deferOnCancel(a);
    if (a == Answer::Yes) {
      startOpen(untitledJournalBase(), true);
      return;
    }
    if (a == Answer::No) discardUntitledJournal();
  }
  for (const QString& path : recentProjects()) {
    const np::AutosaveJournal::Inspection journal = np::AutosaveJournal::inspect(path);
    if (journal.status != np::AutosaveJournal::Status::Newer) continue;
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(journal.journalSavedAtMs), QLocale::ShortFormat);
    const Answer a = ask(Prompt::RecoverJournal,
                         tr("NAGL Inspector did not close cleanly. The project %1 has unsaved changes autosaved at "
                            "%2.\n\nRecover them? (No drops the autosaved changes; Cancel asks again next time.)")
                             .arg(QDir::toNativeSeparators(path), when));
    deferOnCancel(a);
    if (a == Answer::Yes) {
      startOpen(path, true);
      return;
    }
    if (a == Answer::No) np::AutosaveJournal::discard(path);
  }
}

void ProjectController::waitForIdle() {
  io_.waitForDone();
  // The watchers report through queued signals: let them arrive.
  QElapsedTimer timer;
  timer.start();
  while ((busy_ || autosaving_) && timer.elapsed() < 30000) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

QStringList ProjectController::recentProjects() const { return QSettings().value(kRecentKey).toStringList(); }

void ProjectController::addRecent(const QString& path) {
  QStringList list = recentProjects();
  list.removeAll(path);
  list.prepend(path);
  while (list.size() > kMaxRecent) list.removeLast();
  QSettings().setValue(kRecentKey, list);
}

void ProjectController::removeRecent(const QString& path) {
  QStringList list = recentProjects();
  list.removeAll(path);
  QSettings().setValue(kRecentKey, list);
}

void ProjectController::rebuildRecentMenu() {
  if (!recentMenu_) return;
  recentMenu_->clear();
  const QStringList list = recentProjects();
  for (int i = 0; i < list.size(); ++i) {
    const QString& path = list[i];
    QAction* a = recentMenu_->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).completeBaseName()), this,
                                        [this, path] { openProject(path); });
    a->setToolTip(QDir::toNativeSeparators(path));
    a->setStatusTip(QDir::toNativeSeparators(path));
  }
  if (list.isEmpty())
    recentMenu_->addAction(tr("(none)"))->setEnabled(false);
  else {
    recentMenu_->addSeparator();
    recentMenu_->addAction(tr("Clear the list"), this, [] { QSettings().remove(kRecentKey); });
  }
}

}  // namespace nagl::ui
