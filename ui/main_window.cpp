#include "ui/main_window.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QPushButton>
#include <QSlider>
#include <QCloseEvent>
#include <QDirIterator>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

#include "ui/charts_panel.h"
#include "ui/engine_status_bar.h"
#include "ui/image_viewer.h"
#include "ui/inspection_session.h"
#include "ui/lot_browser.h"
#include "ui/lot_table_model.h"
#include "ui/model_store_dialog.h"
#include "ui/project_controller.h"
#include "ui/reference_panel.h"
#include "ui/score_histogram_view.h"
#include "ui/settings_dialog.h"
#include "ui/thumbnail_cache.h"

namespace nagl::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      session_(new InspectionSession(this)),
      viewer_(new ImageViewer(this)),
      refreshTimer_(new QTimer(this)),
      lotWatcher_(new QFutureWatcher<QStringList>(this)),
      demoWatcher_(new QFutureWatcher<DemoPlan>(this)) {
  setWindowTitle(tr("NAGL Inspector"));
  createCentral();
  createDocks();
  connectComparison();  // before the toolbar, which shows its controls
  createActions();
  createToolBar();
  createStatusBar();
  createMaskEditor();

  refreshTimer_->setSingleShot(true);
  refreshTimer_->setInterval(250);  // charts and suggestions at most 4 times a second
  connect(refreshTimer_, &QTimer::timeout, this, &MainWindow::refreshCharts);

  connect(session_, &InspectionSession::statusChanged, this,
          [this](const QString& message) { statusBar()->showMessage(message); });
  connect(session_, &InspectionSession::modelReady, engineStatus_, &EngineStatusBar::setEngineInfo);
  connect(session_, &InspectionSession::progressChanged, this, [this](int done, int total) {
    engineStatus_->setProgress(done, total);
    if (!refreshTimer_->isActive()) refreshTimer_->start();
  });
  connect(session_, &InspectionSession::rowsUpdated, this, &MainWindow::onRowsUpdated);
  connect(session_, &InspectionSession::runFinished, this, &MainWindow::onRunFinished);
  connect(references_, &ReferencePanel::referencesChanged, this, &MainWindow::updateRunState);
  connect(references_, &ReferencePanel::message, this,
          [this](const QString& text) { statusBar()->showMessage(text, 8000); });
  connect(lot_, &LotBrowser::currentRowChanged, this, &MainWindow::showCurrentQuery);
  connect(lot_, &LotBrowser::folderDropped, this, &MainWindow::openLotFolder);
  connect(lot_->lotModel(), &LotTableModel::verdictsChanged, this, [this] {
    if (!refreshTimer_->isActive()) refreshTimer_->start();
  });
  connect(viewer_, &ImageViewer::loadFailed, this,
          [this](const QString& message) { statusBar()->showMessage(message, 8000); });
  connect(charts_->histogram(), &ScoreHistogramView::thresholdsDragged, this, &MainWindow::setThresholds);
  connect(engineStatus_, &EngineStatusBar::cancelRequested, this, &MainWindow::cancelInspection);
  connect(engineStatus_, &EngineStatusBar::copyDiagnosticsRequested, this, &MainWindow::copyDiagnostics);
  connect(lotWatcher_, &QFutureWatcher<QStringList>::finished, this, [this] {
    const QStringList paths = lotWatcher_->result();
    setLot(paths, pendingLotFolder_);
    statusBar()->showMessage(tr("%n image(s) in %1", nullptr, static_cast<int>(paths.size())).arg(pendingLotFolder_),
                             8000);
    if (autoRun_) {
      autoRun_ = false;
      runInspection();
    }
  });
  connect(demoWatcher_, &QFutureWatcher<DemoPlan>::finished, this, &MainWindow::onDemoPrepared);

  readSettings();
  applyThresholds({});
  updateRunState();
  updateCentral();
}

MainWindow::~MainWindow() {
  lotWatcher_->disconnect(this);
  demoWatcher_->disconnect(this);
}

void MainWindow::createCentral() {
  central_ = new QStackedWidget(this);
  notice_ = new QLabel(central_);
  notice_->setWordWrap(true);
  notice_->setAlignment(Qt::AlignCenter);
  notice_->setTextFormat(Qt::RichText);
  notice_->setMargin(40);
  notice_->setText(
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
  noticeLayout->addWidget(notice_);
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
  banner_->setStyleSheet(
      QStringLiteral("QLabel { background: #fff3c4; color: #5a4300; padding: 6px; border-bottom: 1px solid #d9c27a; }"));
  banner_->setText(tr("<b>Demo with a built-in UNTRAINED backbone and head: scores, verdicts and heatmaps are "
                      "illustrative only.</b> Configure real DINOv2 / NAGL weights in Model &gt; Settings…"));
  banner_->hide();
  layout->addWidget(banner_);
  auto* split = new QSplitter(Qt::Horizontal, page);
  split->addWidget(viewer_);
  split->addWidget(createComparePane(split));
  layout->addWidget(split, 1);
  central_->addWidget(noticePage_);
  central_->addWidget(page);
  setCentralWidget(central_);
}

void MainWindow::createDocks() {
  auto* refDock = new QDockWidget(tr("References"), this);
  refDock->setObjectName(QStringLiteral("referencesDock"));
  references_ = new ReferencePanel(refDock);
  refDock->setWidget(references_);
  addDockWidget(Qt::LeftDockWidgetArea, refDock);

  auto* lotDock = new QDockWidget(tr("Lot"), this);
  lotDock->setObjectName(QStringLiteral("lotDock"));
  lot_ = new LotBrowser(lotDock);
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

void MainWindow::createStatusBar() {
  engineStatus_ = new EngineStatusBar(statusBar());
  thresholdNote_ = new QLabel(statusBar());
  statusBar()->addPermanentWidget(thresholdNote_);
  statusBar()->addPermanentWidget(engineStatus_);
}

void MainWindow::readSettings() {
  const QSettings settings;
  restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  settings_ = ModelSettings::load(settings);
  opacity_->setValue(settings.value(QStringLiteral("view/opacity"), 50).toInt());
  colormap_->setCurrentIndex(settings.value(QStringLiteral("view/colormap"), 0).toInt());
  lotFolder_ = settings.value(QStringLiteral("lot/folder")).toString();
}

void MainWindow::writeSettings() const {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  if (!illustrative_) settings_.save(settings);  // the demo's untrained weights are not remembered
  settings.setValue(QStringLiteral("view/opacity"), opacity_->value());
  settings.setValue(QStringLiteral("view/colormap"), colormap_->currentIndex());
  settings.setValue(QStringLiteral("lot/folder"), lotFolder_);
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
  const bool changed = settings != settings_;
  settings_ = settings;
  illustrative_ = false;
  banner_->hide();
  updateRunState();
  updateCentral();
  if (changed) Q_EMIT modelSettingsChanged();
}

bool MainWindow::showsSetupNotice() const { return central_->currentWidget() == noticePage_; }

ModelStoreDialog* MainWindow::openModelStore() {
  auto* dialog = new ModelStoreDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &ModelStoreDialog::modelReady, this, [this](bool isBackbone, const QString& path) {
    ModelSettings settings = settings_;
    (isBackbone ? settings.backbone : settings.head) = path;
    setModelSettings(settings);
    QSettings stored;
    settings_.save(stored);
  });
  dialog->open();
  return dialog;
}

void MainWindow::updateCentral() {
  const bool notice = settings_.backbone.isEmpty() && !demoPreparing_;
  central_->setCurrentIndex(notice ? 0 : 1);
}

void MainWindow::openSettingsDialog() {
  auto* dialog = new SettingsDialog(settings_, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog] { setModelSettings(dialog->settings()); });
  dialog->open();
}

QStringList MainWindow::listLotImages(const QString& folder) {
  static const QStringList kPatterns = {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                                        QStringLiteral("*.bmp"), QStringLiteral("*.tif"), QStringLiteral("*.tiff"),
                                        QStringLiteral("*.webp")};
  QStringList paths;
  QDirIterator it(folder, kPatterns, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    if (ReferencePanel::isMaskFileName(path) || path.contains(QStringLiteral("/ground_truth/"))) continue;
    paths.append(path);
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

void MainWindow::chooseLotFolder() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Open lot folder"), lotFolder_);
  if (!folder.isEmpty()) openLotFolder(folder);
}

void MainWindow::openLotFolder(const QString& folder) {
  if (session_->isRunning()) {
    statusBar()->showMessage(tr("Cancel the running inspection before opening another lot."), 8000);
    return;
  }
  pendingLotFolder_ = QFileInfo(folder).absoluteFilePath();
  lotFolder_ = pendingLotFolder_;
  statusBar()->showMessage(tr("Listing %1…").arg(folder));
  const QString root = pendingLotFolder_;
  lotWatcher_->setFuture(QtConcurrent::run([root] { return MainWindow::listLotImages(root); }));
}

void MainWindow::setLot(const QStringList& paths, const QString& rootFolder) {
  if (!session_->setQueries(paths)) return;
  lotPaths_ = paths;
  lotRoot_ = rootFolder;
  lot_->thumbnails()->clear();
  lot_->lotModel()->setRows(session_->results(), rootFolder);
  viewer_->clear();
  updateRunState();
  refreshCharts();
  Q_EMIT lotLoaded(static_cast<int>(paths.size()));
}

void MainWindow::updateRunState() {
  if (!runAction_) return;
  const bool running = session_->isRunning();
  runAction_->setEnabled(!running && !settings_.backbone.isEmpty() && !lotPaths_.isEmpty() &&
                         !references_->references().empty());
  engineStatus_->setRunning(running);
}

bool MainWindow::runInspection() {
  session_->setModelSettings(settings_);
  session_->setReferences(referencesForRun());
  if (!session_->isRunning()) session_->setQueries(lotPaths_);
  const QString problem = session_->validate();
  if (!problem.isEmpty()) {
    statusBar()->showMessage(problem, 10000);
    return false;
  }
  session_->start();
  lot_->lotModel()->setRows(session_->results(), lotRoot_);
  if (const int missing = references_->missingMaskCount())
    statusBar()->showMessage(tr("%n defective reference(s) without a mask left out", nullptr, missing), 8000);
  updateRunState();
  return true;
}

void MainWindow::cancelInspection() {
  if (!session_->isRunning()) return;
  session_->cancel();
  engineStatus_->cancelButton()->setEnabled(false);
  statusBar()->showMessage(tr("Cancelling…"));
}

void MainWindow::onRowsUpdated(const QList<int>& rows) {
  lot_->lotModel()->updateRows(rows, session_->results());
  if (rows.contains(lot_->currentSourceRow())) showCurrentQuery();
}

void MainWindow::showCurrentQuery() {
  const int row = lot_->currentSourceRow();
  if (row < 0 || row >= session_->results().size()) return;
  const QueryResult& r = session_->results().at(row);
  session_->prioritize(row);
  if (maskTarget_.kind == MaskTarget::Query && maskTarget_.path == r.path && viewer_->maskPath() == r.path)
    viewer_->keepMaskOnNextShow();  // the same image again (its score arrived): keep the undo history
  pendingMaskTarget_ = {MaskTarget::Query, r.path, {}};
  viewer_->showQuery(r.path, r.status == QueryStatus::Done ? r.patchGrid : FloatImage{}, session_->queryMask(r.path));
  if (compareAction_->isChecked()) showClosestReference();
  if (r.status == QueryStatus::Failed) statusBar()->showMessage(r.error, 10000);
}

void MainWindow::onRunFinished(bool cancelled, const QString& error) {
  if (rescorePending_) {  // a reference mask was edited during the run: score again with it
    rescorePending_ = false;
    QTimer::singleShot(0, this, &MainWindow::rescoreNow);
  }
  updateRunState();
  refreshCharts();
  if (!error.isEmpty()) {
    statusBar()->showMessage(tr("Inspection failed: %1").arg(error));
    // Window-modal but not blocking: the event loop keeps running.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Inspection failed"), error, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return;
  }
  int done = 0, failed = 0;
  for (const QueryResult& r : session_->results()) {
    done += r.status == QueryStatus::Done;
    failed += r.status == QueryStatus::Failed;
  }
  QString text = cancelled ? tr("Cancelled: %1 of %2 images scored").arg(done).arg(session_->results().size())
                           : tr("%n image(s) scored", nullptr, done);
  if (failed) text = tr("%1; %n image(s) unreadable", nullptr, failed).arg(text);
  statusBar()->showMessage(text);
}

Thresholds MainWindow::thresholds() const { return lot_->lotModel()->thresholds(); }

void MainWindow::setThresholds(const Thresholds& thresholds) {
  userThresholds_ = true;
  applyThresholds(thresholds);
  updateThresholdNote();
}

void MainWindow::updateThresholdNote() {
  const std::vector<double> scores = lot_->lotModel()->scores();
  const bool anyScore = std::any_of(scores.begin(), scores.end(), [](double s) { return !std::isnan(s); });
  if (userThresholds_)
    thresholdNote_->setText(tr("thresholds set by hand"));
  else if (!anyScore)
    thresholdNote_->clear();
  else if (thresholdsFromLabels_)
    thresholdNote_->setText(tr("thresholds suggested from the lot's labels"));
  else
    thresholdNote_->setText(tr("⚠ no labels: cautious default thresholds — most images go to review"));
  thresholdNote_->setStyleSheet(!userThresholds_ && anyScore && !thresholdsFromLabels_
                                    ? QStringLiteral("QLabel { color: #b06000; font-weight: bold; }")
                                    : QString());
}

QString MainWindow::thresholdNote() const { return thresholdNote_->text(); }

std::vector<Label> MainWindow::chartLabels() const {
  const LotTableModel* model = lot_->lotModel();
  if (model->hasLabels()) return model->labels();
  std::vector<Label> labels(static_cast<std::size_t>(model->rowCount()), Label::Unknown);
  for (int row = 0; row < model->rowCount(); ++row)
    if (model->isOverridden(row)) {
      const Verdict v = model->verdictAt(row);
      labels[static_cast<std::size_t>(row)] =
          v == Verdict::Fail ? Label::Defective : v == Verdict::Pass ? Label::Normal : Label::Unknown;
    }
  return labels;
}

void MainWindow::refreshCharts() {
  const std::vector<double> scores = lot_->lotModel()->scores();
  const bool anyScore = std::any_of(scores.begin(), scores.end(), [](double s) { return !std::isnan(s); });
  if (!userThresholds_ && anyScore) {
    const ThresholdSuggestion s = suggestThresholds(scores, lot_->lotModel()->labels());
    thresholdsFromLabels_ = s.fromLabels;
    applyThresholds(s.thresholds);
  }
  charts_->setData(scores, chartLabels());
  engineStatus_->setEngineInfo(session_->engineInfo());
  updateThresholdNote();
}

void MainWindow::setColormap(Colormap colormap) { colormap_->setCurrentIndex(static_cast<int>(colormap)); }
void MainWindow::setStretch(bool stretch) { stretchAction_->setChecked(stretch); }

void MainWindow::updateOverlayStyle() {
  OverlayStyle style;
  style.colormap = static_cast<Colormap>(std::max(0, colormap_->currentIndex()));
  style.stretch = stretchAction_->isChecked();
  style.reviewThreshold = thresholds().review;
  style.failThreshold = thresholds().fail;
  viewer_->setOverlayStyle(style);
}

void MainWindow::startDemo(const QString& cacheDir) {
  demoPreparing_ = true;
  updateCentral();
  statusBar()->showMessage(tr("Preparing the demo lot in %1…").arg(cacheDir));
  const ModelSettings configured = settings_;
  demoWatcher_->setFuture(QtConcurrent::run([cacheDir, configured] { return prepareDemo(cacheDir, configured); }));
}

void MainWindow::onDemoPrepared() {
  const DemoPlan plan = demoWatcher_->result();
  demoPreparing_ = false;
  if (!plan.error.isEmpty()) {
    updateCentral();
    statusBar()->showMessage(plan.error);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Demo"), plan.error, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT demoReady(false);
    return;
  }
  setModelSettings(plan.model);
  illustrative_ = plan.untrained;
  banner_->setVisible(illustrative_);
  references_->clear();
  for (const QString& normal : plan.references.normals) references_->addNormal(normal);
  for (const DefectiveReference& ref : plan.references.defective) {
    references_->addDefective(ref.image);
    references_->setMask(references_->defectiveCount() - 1, ref.mask);
  }
  autoRun_ = true;
  openLotFolder(plan.lotFolder);
  Q_EMIT demoReady(true);
}

QString MainWindow::diagnostics() const {
  const EngineInfo info = session_->engineInfo();
  QStringList lines;
  lines << tr("NAGL Inspector %1, Qt %2").arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()));
  const QString device = info.device.isEmpty() ? tr("not loaded") : info.device;
  lines << (info.isCuda ? tr("device: %1 (%2)") : tr("device: %1 (%2) — no CUDA device"))
               .arg(device, info.description);
  if (!info.fallbackNote.isEmpty()) lines << tr("CUDA not used: %1").arg(info.fallbackNote);
  lines << tr("model: %1").arg(info.model);
  lines << tr("backbone: %1").arg(settings_.backbone) << tr("head: %1").arg(settings_.head);
  lines << tr("image size %1, device setting %2, threads %3, batch size %4")
               .arg(settings_.imageSize)
               .arg(settings_.device)
               .arg(info.threads)
               .arg(info.batchSize);
  lines << tr("%1 ms per image").arg(info.msPerImage, 0, 'f', 2);
  lines << tr("lot: %1 (%n image(s))", nullptr, static_cast<int>(lotPaths_.size())).arg(lotRoot_);
  lines << tr("thresholds: review %1, fail %2").arg(thresholds().review).arg(thresholds().fail);
  if (illustrative_) lines << tr("untrained built-in weights: results illustrative only");
  return lines.join(QLatin1Char('\n'));
}

void MainWindow::copyDiagnostics() const {
  QApplication::clipboard()->setText(diagnostics());
  statusBar()->showMessage(tr("Diagnostics copied to the clipboard"), 4000);
}

}  // namespace nagl::ui
