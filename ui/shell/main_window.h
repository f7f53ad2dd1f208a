#pragma once
// The workstation window, a shell over one InspectionDocument: references
// (left dock), the lot browser (right dock), the viewer in the middle (or,
// without a backbone, what to do), charts (bottom dock); thresholds and
// overlay controls in the toolbar; engine status, progress and Cancel in the
// status bar. It builds the panels, menus and controllers and wires them to
// the document; each job lives in a class of its own (lot runs, thresholds,
// viewer and masks, comparison, export, mask import, demo, projects, recipes, watch). Layout,
// window state and settings persist with QSettings, written when they change
// (SettingsAutosave) and at close.
#include <QMainWindow>
#include <QStringList>

#include "ui/document/inspection_types.h"
#include "ui/document/model_settings.h"
#include "ui/document/threshold_source.h"
#include "ui/lot/verdict.h"
#include "ui/viewer/heatmap_colormap.h"
#include "ui/viewer/viewer_controller.h"

class QAction;
class QLabel;
class QStackedWidget;

namespace nagl::ui {

class ChartsPanel;
class ComparePane;
class DemoRunner;
class EngineStatusBar;
class ExportCoordinator;
class ExportDialog;
class ImageViewer;
class InspectionDocument;
class InspectionSession;
class LotBrowser;
class LotRunController;
class MaskEditorToolbar;
class MaskImportController;
class ModelStoreDialog;
class ProjectController;
class RecipeController;
class ReferencePanel;
class RegionNavigator;
class SettingsAutosave;
class ThresholdControls;
class TrainingLauncher;
class UndoRouter;
class ViewControls;
class WatchBanner;
class WatchController;
class WindowLevelControls;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  InspectionDocument* document() const { return document_; }
  // Sets the configured backbone / head (the demo's illustrative banner goes).
  void setModelSettings(const ModelSettings& settings);
  const ModelSettings& modelSettings() const;
  bool showsSetupNotice() const;
  // The model store dialog; what it stores becomes the configured backbone / head.
  ModelStoreDialog* openModelStore();
  QString diagnostics() const;
  void copyDiagnostics() const;

  // The parts, each with its own header.
  InspectionSession* session() const { return session_; }
  ReferencePanel* referencePanel() const { return references_; }
  LotBrowser* lotBrowser() const { return lot_; }
  ImageViewer* viewer() const { return viewer_; }
  ChartsPanel* charts() const { return charts_; }
  EngineStatusBar* engineStatus() const { return engineStatus_; }
  MaskEditorToolbar* maskToolbar() const { return maskToolbar_; }
  LotRunController* lotRuns() const { return runs_; }
  RecipeController* recipes() const { return recipes_; }
  WatchController* watch() const { return watch_; }
  ViewerController* viewerController() const { return viewerControl_; }
  RegionNavigator* regionNavigator() const { return regions_; }
  ProjectController* projectController() const { return project_; }
  SettingsAutosave* settingsAutosave() const { return settingsAutosave_; }
  TrainingLauncher* training() const { return training_; }

  // Shortcuts into the parts, as the tests and the screenshot tour use them.
  void openLotFolder(const QString& folder);
  void setLot(const QStringList& paths, const QString& rootFolder = {});
  bool runInspection();
  void cancelInspection();
  void startDemo(const QString& cacheDir);
  void setRescoreDelay(int ms);
  QString lotRoot() const;
  Thresholds thresholds() const;
  // Set by the user (undoable).
  void setThresholds(const Thresholds& thresholds);
  bool thresholdsSetByUser() const;
  const ThresholdSource& thresholdSource() const;
  QString thresholdNote() const;
  void setColormap(Colormap colormap);
  void setStretch(bool stretch);
  QAction* overlayAction() const;
  QAction* compareAction() const;
  ImageViewer* referenceViewer() const;
  QString comparisonCaption() const;
  using MaskTarget = ViewerController::MaskTarget;
  MaskTarget maskTarget() const { return viewerControl_->maskTarget(); }
  QString maskTargetPath() const { return viewerControl_->maskTargetPath(); }
  void editReferenceMask(int defectiveRow) { viewerControl_->editReferenceMask(defectiveRow); }
  QAction* exportAction() const;
  ExportDialog* openExportDialog();
  QAction* importMaskAction() const;
  bool importMaskFile(const QString& maskFile);

 Q_SIGNALS:
  void lotLoaded(int count);
  void demoReady(bool ok);
  void modelSettingsChanged();
  void maskImportFinished(bool ok, const QString& message);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void createCentral();
  void createDocks();
  void createControllers();
  void createMenus();
  void createToolBar();
  void createMaskEditor();
  void connectDocument();
  void readSettings();
  void writeSettings() const;
  void watchSettings();
  void openSettingsDialog();
  void useStoredModel(bool isBackbone, const QString& path, int trainedImageSize);  // now the configured one
  void updateRunState();
  void updateCentral();
  void showMessage(const QString& text, int timeoutMs);
  void onLotReset();

  InspectionDocument* document_ = nullptr;
  InspectionSession* session_ = nullptr;
  ReferencePanel* references_ = nullptr;
  LotBrowser* lot_ = nullptr;
  ImageViewer* viewer_ = nullptr;
  ChartsPanel* charts_ = nullptr;
  EngineStatusBar* engineStatus_ = nullptr;
  ComparePane* compare_ = nullptr;
  QStackedWidget* central_ = nullptr;
  QWidget* noticePage_ = nullptr;
  QLabel* banner_ = nullptr;
  QAction* runAction_ = nullptr;
  MaskEditorToolbar* maskToolbar_ = nullptr;
  LotRunController* runs_ = nullptr;
  ViewerController* viewerControl_ = nullptr;
  RegionNavigator* regions_ = nullptr;
  ThresholdControls* thresholds_ = nullptr;
  ViewControls* view_ = nullptr;
  ExportCoordinator* export_ = nullptr;
  MaskImportController* maskImport_ = nullptr;
  DemoRunner* demo_ = nullptr;
  ProjectController* project_ = nullptr;
  RecipeController* recipes_ = nullptr;
  WatchBanner* watchBanner_ = nullptr;
  WatchController* watch_ = nullptr;
  UndoRouter* undo_ = nullptr;
  SettingsAutosave* settingsAutosave_ = nullptr;
  TrainingLauncher* training_ = nullptr;
  bool illustrative_ = false;
};

}  // namespace nagl::ui
