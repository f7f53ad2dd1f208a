#pragma once
// The workstation window: references (left dock), the lot browser (right
// dock), the viewer in the middle (or, without a backbone, what to do),
// charts (bottom dock); thresholds and overlay controls in the toolbar;
// engine status, progress and Cancel in the status bar. Layout, window state
// and settings persist with QSettings.
#include <QFutureWatcher>
#include <QMainWindow>
#include <QStringList>

#include "ui/demo_setup.h"
#include "ui/heatmap_colormap.h"
#include "ui/inspection_types.h"
#include "ui/model_settings.h"
#include "ui/verdict.h"

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QSlider;
class QStackedWidget;
class QTimer;

namespace nagl::ui {

class ChartsPanel;
class EngineStatusBar;
class ExportDialog;
class ImageViewer;
class InspectionSession;
class LotBrowser;
class MaskEditorToolbar;
class ModelStoreDialog;
class ProjectController;
class ReferencePanel;
class WindowLevelControls;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  void setModelSettings(const ModelSettings& settings);
  const ModelSettings& modelSettings() const { return settings_; }
  // Lists the images under folder (recursively, masks and ground_truth
  // folders left out) in the background, then shows them as the lot.
  void openLotFolder(const QString& folder);
  void setLot(const QStringList& paths, const QString& rootFolder = {});
  // Starts scoring the lot; false (with a message) when it cannot.
  bool runInspection();
  void cancelInspection();
  // Prepares the demo lot, references and model in the background, then runs it.
  void startDemo(const QString& cacheDir);

  Thresholds thresholds() const;
  // Set by the user: automatic suggestions stop.
  void setThresholds(const Thresholds& thresholds);
  bool thresholdsFromLabels() const { return thresholdsFromLabels_; }
  QString thresholdNote() const;
  void setColormap(Colormap colormap);
  void setStretch(bool stretch);
  bool isIllustrative() const { return illustrative_; }
  bool showsSetupNotice() const;
  // The model store dialog; what it stores becomes the configured backbone / head.
  ModelStoreDialog* openModelStore();
  QString diagnostics() const;
  void copyDiagnostics() const;

  InspectionSession* session() const { return session_; }
  ReferencePanel* referencePanel() const { return references_; }
  LotBrowser* lotBrowser() const { return lot_; }
  ImageViewer* viewer() const { return viewer_; }
  ChartsPanel* charts() const { return charts_; }
  EngineStatusBar* engineStatus() const { return engineStatus_; }
  QAction* overlayAction() const { return overlayAction_; }
  // Side by side: the query and its closest normal reference, zoom and pan synced.
  QAction* compareAction() const { return compareAction_; }
  ImageViewer* referenceViewer() const { return referenceViewer_; }
  QString comparisonCaption() const;
  WindowLevelControls* windowLevelControls() const { return windowLevel_; }

  // The mask editor (main_window_masks.cpp): its toolbar, and what the
  // viewer's mask belongs to. Query masks go to the session as they are
  // edited; a defective reference's edited mask goes to the session too and
  // re-scores the lot (after a short pause in the editing).
  MaskEditorToolbar* maskToolbar() const { return maskToolbar_; }
  enum class MaskTarget { None, Query, Reference };
  MaskTarget maskTarget() const { return maskTarget_.kind; }
  QString maskTargetPath() const { return maskTarget_.path; }
  // Shows the defective reference at row of the reference panel in the viewer,
  // with its mask (edited, or its file) ready to edit.
  void editReferenceMask(int defectiveRow);
  // The panel's references with the defective ones whose only mask is an edit.
  ReferenceSet referencesForRun() const;
  void setRescoreDelay(int ms);

  static QStringList listLotImages(const QString& folder);

  // Export and mask import (ui/main_window_export.cpp). File > Export… (Ctrl+E)
  // shows the Export dialog; Mask > Import mask… (Ctrl+I) reads a PNG, COCO
  // or labelme mask for the image in the viewer on a pool thread and applies
  // it as one undoable edit; maskImportFinished says how it went (an error
  // also shows a message box naming the file).
  QAction* exportAction() const { return exportAction_; }
  QAction* importMaskAction() const { return importMaskAction_; }
  ExportDialog* openExportDialog();
  ExportDialog* exportDialog() const { return exportDialog_; }
  bool importMaskFile(const QString& maskFile);

  // Projects (File menu, autosave, recovery): ui/project_controller.h.
  ProjectController* projectController() const { return project_; }
  QString lotRoot() const { return lotRoot_; }
  bool thresholdsSetByUser() const { return userThresholds_; }
  // Shows a saved lot with its cached results (matched by path; the others
  // pending) and thresholds, without scoring (ui/main_window_project.cpp).
  bool restoreInspection(const QStringList& paths, const QString& rootFolder, const QList<QueryResult>& results,
                         const Thresholds& thresholds, bool thresholdsSetByUser);

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
  void createActions();
  void createToolBar();
  void createStatusBar();
  void readSettings();
  void writeSettings() const;
  void openSettingsDialog();
  void chooseLotFolder();
  void updateRunState();
  void updateCentral();
  void showCurrentQuery();
  QWidget* createComparePane(QWidget* parent);
  void connectComparison();
  void showClosestReference();
  void onRowsUpdated(const QList<int>& rows);
  void onRunFinished(bool cancelled, const QString& error);
  void onDemoPrepared();
  void applyThresholds(const Thresholds& thresholds);
  void refreshCharts();
  void updateThresholdNote();
  void updateOverlayStyle();
  void createMaskEditor();
  void createExportAction(QMenu* file);
  void createMaskImportAction(QMenu* maskMenu);
  void chooseMaskToImport();
  void onMaskEdited();
  void onViewerImageShown(const QString& path);
  void onReferencesChangedForMask();
  void scheduleRescore();
  void rescoreNow();
  std::vector<Label> chartLabels() const;

  InspectionSession* session_ = nullptr;
  ReferencePanel* references_ = nullptr;
  LotBrowser* lot_ = nullptr;
  ImageViewer* viewer_ = nullptr;
  ChartsPanel* charts_ = nullptr;
  EngineStatusBar* engineStatus_ = nullptr;
  QStackedWidget* central_ = nullptr;
  QLabel* notice_ = nullptr;
  QWidget* noticePage_ = nullptr;
  QLabel* banner_ = nullptr;
  QLabel* thresholdNote_ = nullptr;
  QDoubleSpinBox* review_ = nullptr;
  QDoubleSpinBox* fail_ = nullptr;
  QComboBox* colormap_ = nullptr;
  QSlider* opacity_ = nullptr;
  QAction* runAction_ = nullptr;
  QAction* overlayAction_ = nullptr;
  QAction* stretchAction_ = nullptr;
  QAction* outlineAction_ = nullptr;
  QAction* compareAction_ = nullptr;
  ImageViewer* referenceViewer_ = nullptr;
  QLabel* comparisonCaption_ = nullptr;
  QWidget* comparePane_ = nullptr;
  WindowLevelControls* windowLevel_ = nullptr;
  MaskEditorToolbar* maskToolbar_ = nullptr;
  struct MaskTargetInfo {
    MaskTarget kind = MaskTarget::None;
    QString path;
    QString basedOn;  // a reference's mask file when the editing started
  };
  MaskTargetInfo maskTarget_;
  MaskTargetInfo pendingMaskTarget_;  // what the viewer is loading
  QTimer* rescoreTimer_ = nullptr;
  bool rescorePending_ = false;
  QTimer* refreshTimer_ = nullptr;
  QFutureWatcher<QStringList>* lotWatcher_ = nullptr;
  QFutureWatcher<DemoPlan>* demoWatcher_ = nullptr;
  ModelSettings settings_;
  QString lotFolder_;
  QString pendingLotFolder_;
  QString lotRoot_;
  QStringList lotPaths_;
  bool userThresholds_ = false;
  bool thresholdsFromLabels_ = false;
  bool illustrative_ = false;
  bool autoRun_ = false;
  bool demoPreparing_ = false;
  ProjectController* project_ = nullptr;
  QAction* exportAction_ = nullptr;
  QAction* importMaskAction_ = nullptr;
  ExportDialog* exportDialog_ = nullptr;
};

}  // namespace nagl::ui
