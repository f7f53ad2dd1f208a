#pragma once
// Projects in the workstation: File > New / Open / Save / Save As / Recent,
// the window title (project name and a modified marker), the autosave
// journal (a few seconds after a change, on a worker thread), recovery after
// a crash (a journal newer than the project file: ask; at a start only after
// an unclean exit) and the "unsaved changes" question on close, for untitled
// work as for a named project. The files are nagl::project's (core/project);
// the big parts (results cache, masks) are read and written off the UI thread.
// What is saved and loaded is the InspectionDocument; the window only gets
// its title, status messages and the dialogs' parent from here.
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <functional>
#include <optional>

#include "nagl/project/project_folder.h"

#include "ui/document/inspection_types.h"
#include "ui/document/threshold_source.h"
#include "ui/lot/verdict.h"
#include "ui/project/session_lock.h"

class QAction;
class QMainWindow;
class QMenu;
class QTimer;

namespace nagl::ui {

class InspectionDocument;

class ProjectController : public QObject {
  Q_OBJECT
 public:
  ProjectController(InspectionDocument* document, QMainWindow* window);
  ~ProjectController() override;  // waits for project I/O in flight

  // What the controller asks or tells the user; replaceable (tests).
  enum class Prompt {
    RecoverJournal,  // Yes: recover, No: open the saved version (journal dropped), Cancel
    UnsavedChanges,  // Save, Discard, Cancel
    Error,           // Ok (shown without waiting)
  };
  enum class Answer { Yes, No, Save, Discard, Cancel, Ok };
  using PromptHandler = std::function<Answer(Prompt, const QString& text)>;
  void setPromptHandler(PromptHandler handler) { prompt_ = std::move(handler); }
  // How long after a change the journal is written (default 5 s).
  void setAutosaveDelay(int ms);

  void addMenuActions(QMenu* file);

  QString projectPath() const { return path_; }
  QString projectName() const;
  bool isActive() const { return active_; }  // a project is open (saved or new)
  bool isModified() const { return modified_; }
  bool isBusy() const { return busy_; }

  // Starts an empty untitled project (asks about unsaved changes first).
  bool newProject();
  // Opens in the background (projectOpened / openFailed); asks about a newer
  // journal first. false: refused at once (unsaved changes kept, or cancelled).
  bool openProject(const QString& path);
  // Saves in the background (projectSaved / saveFailed). Without a path: Save As.
  bool save();
  bool saveAs();
  bool saveTo(const QString& path);
  // Writes the journal now (normally on the autosave timer).
  void autosaveNow();
  // Closing the window: false when the user cancelled. Saves synchronously.
  bool maybeCloseProject();
  // After a start: offers to recover untitled work or a recent project whose
  // journal is newer, only when the last session did not end cleanly (or the
  // user answered Cancel, "ask again next time", at an earlier offer).
  void offerRecovery(SessionLock::LastExit lastExit);
  // Where work outside a saved project is journaled: "<app data>/untitled/untitled.naglproj"
  // (the journal is "<that>.autosave"; no project file is ever written there).
  static QString untitledJournalBase();
  // The bounded recent list (most recent first).
  QStringList recentProjects() const;
  static constexpr int kMaxRecent = 8;
  // Waits for the I/O in flight (tests, closing).
  void waitForIdle();
  // Shows a saved lot in the document with its cached results (matched by
  // path; the others pending) and thresholds, without scoring; refused (with
  // a message) while a run is scoring.
  bool restoreInspection(const QStringList& paths, const QString& rootFolder, const QList<QueryResult>& results,
                         const Thresholds& thresholds, const ThresholdSource& thresholdSource);

 Q_SIGNALS:
  void projectOpened(const QString& path, bool recovered);
  void openFailed(const QString& message);
  void projectSaved(const QString& path);
  void saveFailed(const QString& message);
  void autosaved();
  void modifiedChanged(bool modified);

 private:
  struct Snapshot;
  Snapshot capture(bool withResults) const;
  void apply(const nagl::project::LoadedProject& loaded);
  void startOpen(const QString& path, bool fromJournal);
  void onOpened();
  void onSaved();
  void onAutosaved();
  void markModified();
  void setModified(bool modified);
  void updateTitle();
  void addRecent(const QString& path);
  void removeRecent(const QString& path);
  void rebuildRecentMenu();
  Answer ask(Prompt prompt, const QString& text);
  bool confirmDiscardOrSave();
  QString journalBase() const;  // the project file, or untitledJournalBase()
  void discardUntitledJournal();
  bool saveBlocking();

  InspectionDocument* document_;
  QMainWindow* window_;
  QString path_;
  QString untitledName_;
  bool active_ = false;
  bool modified_ = false;
  bool busy_ = false;
  bool applying_ = false;
  bool autosaving_ = false;
  bool resultsDirty_ = false;         // results changed since the last save
  bool journalResultsDirty_ = false;  // ... since the last autosave
  nagl::project::Project saved_;      // as last saved or opened (data-folder paths)
  nagl::project::Project journaled_;  // as last autosaved
  PromptHandler prompt_;
  QTimer* autosaveTimer_ = nullptr;
  QMenu* recentMenu_ = nullptr;
  QThreadPool io_;  // one thread: project I/O never overlaps
  struct OpenResult {
    std::optional<nagl::project::LoadedProject> loaded;
    nagl::project::ReadError error;
    QString path;
    bool fromJournal = false;
  };
  struct SaveResult {
    std::optional<nagl::project::Project> project;
    QString error;
    QString path;
  };
  QFutureWatcher<OpenResult>* openWatcher_ = nullptr;
  QFutureWatcher<SaveResult>* saveWatcher_ = nullptr;
  QFutureWatcher<SaveResult>* autosaveWatcher_ = nullptr;
};

}  // namespace nagl::ui
