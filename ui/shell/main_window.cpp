#include "ui/shell/main_window.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include "ui/calibration/threshold_suggestion_dialog.h"
#include "ui/charts/charts_panel.h"
#include "ui/common/app_folders.h"
#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/export/export_coordinator.h"
#include "ui/lot/lot_browser.h"
#include "ui/lot/lot_run_controller.h"
#include "ui/lot/lot_table_model.h"
#include "ui/lot/threshold_controls.h"
#include "ui/lot/thumbnail_cache.h"
#include "ui/masks/mask_editor_toolbar.h"
#include "ui/masks/mask_import_controller.h"
#include "ui/masks/mask_layer.h"
#include "ui/masks/mask_undo.h"
#include "ui/modelstore/model_store_dialog.h"
#include "ui/project/project_controller.h"
#include "ui/recipe/recipe_controller.h"
#include "ui/recipe/recipe_library.h"
#include "ui/references/reference_panel.h"
#include "ui/shell/demo_runner.h"
#include "ui/shell/diagnostics_report.h"
#include "ui/shell/engine_status_bar.h"
#include "ui/shell/help_menu.h"
#include "ui/shell/settings_autosave.h"
#include "ui/shell/settings_dialog.h"
#include "ui/shell/undo_router.h"
#include "ui/training/training_launcher.h"
#include "ui/viewer/compare_pane.h"
#include "ui/viewer/image_viewer.h"
#include "ui/viewer/region_navigator.h"
#include "ui/viewer/view_controls.h"
#include "ui/viewer/window_level_controls.h"
#include "ui/watch/watch_controller.h"

namespace nagl::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      document_(new InspectionDocument(this)),
      session_(new InspectionSession(document_, this)),
      viewer_(new ImageViewer(this)) {
  setWindowTitle(tr("NAGL Inspector"));
  document_->setModelSettings(ModelSettings::load(QSettings()));  // before anyone watches: not a change
  createCentral();
  createDocks();
  createControllers();
  createMenus();
  createToolBar();
  engineStatus_ = new EngineStatusBar(statusBar());
  statusBar()->addPermanentWidget(thresholds_->note());
  statusBar()->addPermanentWidget(engineStatus_);
  createMaskEditor();
  new HelpMenu(this, document_, session_, [this] { startDemo(appCacheFolder()); });  // last in the menu bar
  connectDocument();
  readSettings();
  watchSettings();
  updateRunState();
  updateCentral();
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentral() {
  central_ = new QStackedWidget(this);
  auto* notice = new QLabel(central_);
  notice->setWordWrap(true);
  notice->setAlignment(Qt::AlignCenter);
  notice->setTextFormat(Qt::RichText);
  notice->setMargin(40);
  notice->setText(
      tr("<h2>No backbone configured</h2>"
         "<p>NAGL Inspector needs a DINOv2 backbone checkpoint (and optionally a NAGL head) to score images.</p>"
         "<p>Choose them in <b>Model &gt; Settings…</b> (Ctrl+,): official DINOv2 <tt>.pth</tt> files or Hugging "
         "Face <tt>facebook/dinov2-*</tt> safetensors.</p>"
         "<p>No weights at hand? Start <tt>nagl-inspector --demo</tt> (or <b>Help &gt; Run the demo</b>): it "
         "generates a small synthetic lot and uses a built-in untrained backbone — the whole flow, with "
         "illustrative results.</p>"));
  noticePage_ = new QWidget(central_);
  auto* noticeLayout = new QVBoxLayout(noticePage_);
  noticeLayout->addStretch(1);
  noticeLayout->addWidget(notice);
  auto* getModel = new QPushButton(tr("Get a backbone: import a file or download…"), noticePage_);
  getModel->setObjectName(QStringLiteral("getBackboneButton"));
  connect(getModel, &QPushButton::clicked, this, [this] { openModelStore(); });
  noticeLayout->addWidget(getModel, 0, Qt::AlignHCenter);
  noticeLayout->addStretch(1);
  auto* page = new QWidget(central_);
  auto* layout = new QVBoxLayout(page);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  banner_ = new QLabel(page);
  banner_->setWordWrap(true);
  banner_->setStyleSheet(QStringLiteral(
      "QLabel { background: #fff3c4; color: #5a4300; padding: 6px; border-bottom: 1px solid #d9c27a; }"));
  banner_->setText(
      tr("<b>Demo with a built-in UNTRAINED backbone and head: scores, verdicts and heatmaps are "
         "illustrative only.</b> Configure real DINOv2 / NAGL weights in Model &gt; Settings…"));
  banner_->hide();
  layout->addWidget(banner_);
  layout->addWidget(watchBanner_ = new WatchBanner(page));
  auto* split = new QSplitter(Qt::Horizontal, page);
  split->addWidget(viewer_);
  compare_ = new ComparePane(document_, session_, viewer_, split);
  split->addWidget(compare_);
  layout->addWidget(split, 1);
  central_->addWidget(noticePage_);
  central_->addWidget(page);
  setCentralWidget(central_);
}

void MainWindow::createDocks() {
  auto* refDock = new QDockWidget(tr("References"), this);
  refDock->setObjectName(QStringLiteral("referencesDock"));
  references_ = new ReferencePanel(refDock);
  references_->setDocument(document_);
  refDock->setWidget(references_);
  addDockWidget(Qt::LeftDockWidgetArea, refDock);

  auto* lotDock = new QDockWidget(tr("Lot"), this);
  lotDock->setObjectName(QStringLiteral("lotDock"));
  lot_ = new LotBrowser(lotDock);
  lot_->lotModel()->setDocument(document_);
  lotDock->setWidget(lot_);
  addDockWidget(Qt::RightDockWidgetArea, lotDock);

  auto* chartsDock = new QDockWidget(tr("Charts"), this);
  chartsDock->setObjectName(QStringLiteral("chartsDock"));
  charts_ = new ChartsPanel(chartsDock);
  chartsDock->setWidget(charts_);
  addDockWidget(Qt::BottomDockWidgetArea, chartsDock);
  resizeDocks({refDock, lotDock}, {250, 470}, Qt::Horizontal);
  resizeDocks({chartsDock}, {220}, Qt::Vertical);
}

void MainWindow::createControllers() {
  runs_ = new LotRunController(document_, session_, this);
  viewerControl_ = new ViewerController(document_, session_, viewer_, lot_, references_, this);
  export_ = new ExportCoordinator(document_, session_, lot_, this);
  maskImport_ = new MaskImportController(viewer_, viewerControl_, this);
  demo_ = new DemoRunner(document_, runs_, this);
  project_ = new ProjectController(document_, this);
  recipes_ = new RecipeController(document_, runs_, this);
  watch_ = new WatchController(document_, session_, runs_, lot_, watchBanner_, this);
  recipes_->addDockBehind(findChild<QDockWidget*>(QStringLiteral("referencesDock")));
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  project_->addMenuActions(file);
  QAction* openLot = file->addAction(tr("Open &lot folder…"), runs_, &LotRunController::chooseLotFolder);
  openLot->setShortcut(QKeySequence::Open);
  recipes_->addMenuActions(file);
  watch_->addMenuActions(file);
  export_->addMenuAction(file);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  undo_ = new UndoRouter(document_->undoStack(), viewer_->maskLayer()->undoStack()->stack(), this);
  edit->addAction(undo_->undoAction());
  edit->addAction(undo_->redoAction());
  menuBar()->addMenu(tr("&Lot"))->addActions(lot_->triageActions() << suggestThresholdsAction(document_, this));

  QMenu* model = menuBar()->addMenu(tr("&Model"));
  QAction* settings = model->addAction(tr("&Settings…"), this, &MainWindow::openSettingsDialog);
  settings->setShortcut(QKeySequence::Preferences);
  settings->setShortcut(Qt::CTRL | Qt::Key_Comma);
  model->addAction(tr("Model &store: import or download…"), this, [this] { openModelStore(); });
  training_ = new TrainingLauncher(this, [this] { return document_->modelSettings().backbone; });
  model->addAction(training_->action());
  connect(training_, &TrainingLauncher::defaultHeadChosen, this,
          [this](const QString& p, int size) { useStoredModel(false, p, size); });
  runAction_ =
      model->addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Run"), this, [this] { runInspection(); });
  runAction_->setShortcut(Qt::Key_F5);
  runAction_->setToolTip(tr("Score every image of the lot (F5)"));
  QAction* cancel = model->addAction(tr("&Cancel"), this, &MainWindow::cancelInspection);
  cancel->setShortcut(Qt::Key_Escape);
  model->addSeparator();
  model->addAction(tr("Copy &diagnostics"), this, &MainWindow::copyDiagnostics);
}

void MainWindow::createToolBar() {
  QToolBar* tools = addToolBar(tr("Inspection"));
  tools->setObjectName(QStringLiteral("inspectionToolBar"));
  tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  tools->addAction(runAction_);
  tools->addSeparator();
  thresholds_ = new ThresholdControls(document_, lot_->lotModel(), charts_, tools, this);
  tools->addSeparator();
  view_ = new ViewControls(document_, viewer_, tools, this);
  tools->addAction(compare_->compareAction());
  tools->addSeparator();
  tools->addWidget(compare_->windowLevelControls());

  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->addAction(view_->overlayAction());
  view->addAction(view_->outlineAction());
  view->addAction(view_->tileGridAction());
  view->addAction(view_->stretchAction());
  view->addAction(view_->fitAction());
  view->addAction(view_->actualSizeAction());
  view->addAction(compare_->compareAction());
  regions_ = new RegionNavigator(viewer_, document_, this);
  view->addActions(regions_->actions());
  connect(regions_, &RegionNavigator::message, this, &MainWindow::showMessage);
  view->addSeparator();
  for (QDockWidget* dock : findChildren<QDockWidget*>()) view->addAction(dock->toggleViewAction());
}

void MainWindow::createMaskEditor() {
  maskToolbar_ = new MaskEditorToolbar(viewer_, this);
  addToolBarBreak();
  addToolBar(Qt::TopToolBarArea, maskToolbar_);
  QMenu* menu = menuBar()->addMenu(tr("M&ask"));
  menu->addActions(maskToolbar_->editorActions());
  maskImport_->addMenuAction(menu);
  connect(maskToolbar_, &MaskEditorToolbar::message, this, [this](const QString& text) { showMessage(text, 8000); });
}

void MainWindow::connectDocument() {
  connect(document_, &InspectionDocument::modelSettingsChanged, this, [this] {
    illustrative_ = false;
    banner_->hide();
    updateRunState();
    updateCentral();
    Q_EMIT modelSettingsChanged();
  });
  connect(document_, &InspectionDocument::lotReset, this, &MainWindow::onLotReset);
  connect(references_, &ReferencePanel::referencesChanged, this, &MainWindow::updateRunState);
  connect(references_, &ReferencePanel::message, this, [this](const QString& text) { showMessage(text, 8000); });
  connect(session_, &InspectionSession::statusChanged, this, [this](const QString& text) { showMessage(text, 0); });
  connect(session_, &InspectionSession::modelReady, engineStatus_, &EngineStatusBar::setEngineInfo);
  connect(session_, &InspectionSession::progressChanged, this, [this](int done, int total) {
    engineStatus_->setProgress(done, total);
    thresholds_->scheduleRefresh();
  });
  connect(session_, &InspectionSession::runFinished, thresholds_, &ThresholdControls::refreshNow);
  connect(thresholds_, &ThresholdControls::refreshed, this,
          [this] { engineStatus_->setEngineInfo(session_->engineInfo()); });
  connect(lot_, &LotBrowser::folderDropped, this, &MainWindow::openLotFolder);
  connect(lot_, &LotBrowser::message, this, &MainWindow::showMessage);
  connect(lot_->lotModel(), &LotTableModel::verdictsChanged, thresholds_, &ThresholdControls::scheduleRefresh);
  connect(viewer_, &ImageViewer::loadFailed, this, [this](const QString& text) { showMessage(text, 8000); });
  connect(engineStatus_, &EngineStatusBar::cancelRequested, this, &MainWindow::cancelInspection);
  connect(engineStatus_, &EngineStatusBar::copyDiagnosticsRequested, this, &MainWindow::copyDiagnostics);
  connect(runs_, &LotRunController::message, this, &MainWindow::showMessage);
  connect(recipes_, &RecipeController::message, this, &MainWindow::showMessage);
  connect(watch_, &WatchController::message, this, &MainWindow::showMessage);
  connect(runs_, &LotRunController::runStateChanged, this, &MainWindow::updateRunState);
  connect(runs_, &LotRunController::cancelling, this, [this] { engineStatus_->cancelButton()->setEnabled(false); });
  connect(viewerControl_, &ViewerController::message, this, &MainWindow::showMessage);
  connect(viewerControl_, &ViewerController::queryShown, compare_, &ComparePane::showFor);
  connect(viewerControl_, &ViewerController::referenceMaskEdited, runs_, &LotRunController::scheduleRescore);
  connect(maskImport_, &MaskImportController::message, this, &MainWindow::showMessage);
  connect(maskImport_, &MaskImportController::finished, this, &MainWindow::maskImportFinished);
  connect(demo_, &DemoRunner::message, this, &MainWindow::showMessage);
  connect(demo_, &DemoRunner::preparingChanged, this, &MainWindow::updateCentral);
  connect(demo_, &DemoRunner::demoReady, this, &MainWindow::demoReady);
  connect(demo_, &DemoRunner::modelChosen, this, [this](const ModelSettings& model, bool untrained) {
    setModelSettings(model);
    illustrative_ = untrained;
    banner_->setVisible(illustrative_);
  });
}

void MainWindow::showMessage(const QString& text, int timeoutMs) {
  if (text.isEmpty())
    statusBar()->clearMessage();
  else
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::onLotReset() {
  lot_->thumbnails()->clear();
  viewer_->clear();
  updateRunState();
  Q_EMIT lotLoaded(static_cast<int>(document_->results().size()));
}

void MainWindow::readSettings() {
  const QSettings settings;
  restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  view_->opacitySlider()->setValue(settings.value(QStringLiteral("view/opacity"), 50).toInt());
  view_->colormapBox()->setCurrentIndex(settings.value(QStringLiteral("view/colormap"), 0).toInt());
  runs_->setLotFolder(settings.value(QStringLiteral("lot/folder")).toString());
  lot_->setAdvanceAfterVerdict(settings.value(QStringLiteral("triage/advance"), true).toBool());
}

void MainWindow::writeSettings() const {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  if (!illustrative_) document_->modelSettings().save(settings);  // the demo's untrained weights are not remembered
  settings.setValue(QStringLiteral("view/opacity"), view_->opacitySlider()->value());
  settings.setValue(QStringLiteral("view/colormap"), view_->colormapBox()->currentIndex());
  settings.setValue(QStringLiteral("lot/folder"), runs_->lotFolder());
  settings.setValue(QStringLiteral("triage/advance"), lot_->advancesAfterVerdict());
}

void MainWindow::watchSettings() {
  settingsAutosave_ = new SettingsAutosave(this, [this] { writeSettings(); });
  const auto schedule = [this] { settingsAutosave_->schedule(); };
  connect(view_->opacitySlider(), &QSlider::valueChanged, settingsAutosave_, schedule);
  connect(view_->colormapBox(), &QComboBox::currentIndexChanged, settingsAutosave_, schedule);
  connect(lot_->triageActions().first(), &QAction::toggled, settingsAutosave_, schedule);
  connect(document_, &InspectionDocument::modelSettingsChanged, settingsAutosave_, schedule);
  connect(document_, &InspectionDocument::lotReset, settingsAutosave_, schedule);  // the lot folder
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!project_->maybeCloseProject()) {  // unsaved changes: the user cancelled
    event->ignore();
    return;
  }
  session_->cancel();
  writeSettings();
  event->accept();
}

void MainWindow::setModelSettings(const ModelSettings& settings) {
  illustrative_ = false;
  banner_->hide();
  document_->setModelSettings(settings);
  updateRunState();
  updateCentral();
}

const ModelSettings& MainWindow::modelSettings() const { return document_->modelSettings(); }

bool MainWindow::showsSetupNotice() const { return central_->currentWidget() == noticePage_; }

ModelStoreDialog* MainWindow::openModelStore() {
  auto* dialog = new ModelStoreDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &ModelStoreDialog::modelReady, this, &MainWindow::useStoredModel);
  dialog->open();
  return dialog;
}

void MainWindow::useStoredModel(bool isBackbone, const QString& path, int trainedImageSize) {
  ModelSettings settings = document_->modelSettings();
  (isBackbone ? settings.backbone : settings.head) = path;
  if (!isBackbone) settings.followTrainedImageSize(trainedImageSize);
  setModelSettings(settings);
  QSettings stored;
  settings.save(stored);
}

void MainWindow::updateCentral() {
  const bool notice = document_->modelSettings().backbone.isEmpty() && !demo_->isPreparing();
  central_->setCurrentIndex(notice ? 0 : 1);
}

void MainWindow::openSettingsDialog() {
  auto* dialog = new SettingsDialog(document_->modelSettings(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog] { setModelSettings(dialog->settings()); });
  dialog->open();
}

void MainWindow::updateRunState() {
  if (!runAction_ || !engineStatus_) return;
  const bool running = session_->isRunning();
  runAction_->setEnabled(!running && !document_->modelSettings().backbone.isEmpty() &&
                         !document_->results().isEmpty() && !document_->references().empty());
  engineStatus_->setRunning(running);
}

QString MainWindow::diagnostics() const { return diagnosticsReport(session_->engineInfo(), *document_, illustrative_); }

void MainWindow::copyDiagnostics() const {
  QApplication::clipboard()->setText(diagnostics());
  statusBar()->showMessage(tr("Diagnostics copied to the clipboard"), 4000);
}

// --- shortcuts into the parts

void MainWindow::openLotFolder(const QString& folder) { runs_->openLotFolder(folder); }
void MainWindow::setLot(const QStringList& paths, const QString& rootFolder) { runs_->setLot(paths, rootFolder); }
bool MainWindow::runInspection() { return runs_->runInspection(); }
void MainWindow::cancelInspection() { runs_->cancelInspection(); }
void MainWindow::startDemo(const QString& cacheDir) { demo_->start(cacheDir); }
void MainWindow::setRescoreDelay(int ms) { runs_->setRescoreDelay(ms); }
QString MainWindow::lotRoot() const { return document_->lotRoot(); }
Thresholds MainWindow::thresholds() const { return document_->thresholds(); }
void MainWindow::setThresholds(const Thresholds& thresholds) { document_->setUserThresholds(thresholds); }
bool MainWindow::thresholdsSetByUser() const { return document_->thresholdsSetByUser(); }
const ThresholdSource& MainWindow::thresholdSource() const { return document_->thresholdSource(); }
QString MainWindow::thresholdNote() const { return thresholds_->noteText(); }
void MainWindow::setColormap(Colormap colormap) { view_->colormapBox()->setCurrentIndex(static_cast<int>(colormap)); }
void MainWindow::setStretch(bool stretch) { view_->stretchAction()->setChecked(stretch); }
QAction* MainWindow::overlayAction() const { return view_->overlayAction(); }
QAction* MainWindow::compareAction() const { return compare_->compareAction(); }
ImageViewer* MainWindow::referenceViewer() const { return compare_->referenceViewer(); }
QString MainWindow::comparisonCaption() const { return compare_->caption(); }
QAction* MainWindow::exportAction() const { return export_->exportAction(); }
ExportDialog* MainWindow::openExportDialog() { return export_->openExportDialog(); }
QAction* MainWindow::importMaskAction() const { return maskImport_->importAction(); }
bool MainWindow::importMaskFile(const QString& maskFile) { return maskImport_->importMaskFile(maskFile); }

}  // namespace nagl::ui
