#include "ui/main_window.h"

#include <QAction>
#include <QCloseEvent>
#include <QDirIterator>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

#include "ui/image_viewer.h"
#include "ui/inspection_session.h"
#include "ui/lot_table.h"
#include "ui/lot_table_model.h"
#include "ui/reference_panel.h"

namespace nagl::ui {
namespace {

constexpr int kDefaultImageSize = 448;
const QString kCheckpointFilter = QStringLiteral("Checkpoints (*.pth *.pt *.safetensors);;All files (*)");

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      session_(new InspectionSession(this)),
      viewer_(new ImageViewer(this)),
      lotWatcher_(new QFutureWatcher<QStringList>(this)) {
  setWindowTitle(tr("NAGL Inspector"));
  setCentralWidget(viewer_);
  createDocks();
  createActions();
  createStatusBar();

  connect(session_, &InspectionSession::statusChanged, this,
          [this](const QString& message) { statusBar()->showMessage(message); });
  connect(session_, &InspectionSession::modelReady, this, [this](const QString& device, const QString& description) {
    device_ = device;
    deviceLabel_->setText(tr("device: %1").arg(device));
    deviceLabel_->setToolTip(description);
  });
  connect(session_, &InspectionSession::progressChanged, this, [this](int done, int total) {
    progress_->setRange(0, std::max(total, 1));
    progress_->setValue(done);
  });
  connect(session_, &InspectionSession::queryUpdated, this, &MainWindow::onQueryUpdated);
  connect(session_, &InspectionSession::runFinished, this, &MainWindow::onRunFinished);
  connect(references_, &ReferencePanel::referencesChanged, this, &MainWindow::updateRunState);
  connect(references_, &ReferencePanel::message, this,
          [this](const QString& text) { statusBar()->showMessage(text, 8000); });
  connect(lot_, &LotTable::currentRowChanged, this, &MainWindow::showCurrentQuery);
  connect(viewer_, &ImageViewer::loadFailed, this,
          [this](const QString& message) { statusBar()->showMessage(message, 8000); });
  connect(lotWatcher_, &QFutureWatcher<QStringList>::finished, this, [this] {
    const QStringList paths = lotWatcher_->result();
    setLot(paths, pendingLotFolder_);
    statusBar()->showMessage(tr("%n image(s) in %1", nullptr, static_cast<int>(paths.size())).arg(pendingLotFolder_),
                             8000);
  });

  readSettings();
  updateModelLabel();
  updateRunState();
}

MainWindow::~MainWindow() { lotWatcher_->disconnect(this); }

void MainWindow::createDocks() {
  auto* refDock = new QDockWidget(tr("References"), this);
  refDock->setObjectName(QStringLiteral("referencesDock"));
  references_ = new ReferencePanel(refDock);
  refDock->setWidget(references_);
  addDockWidget(Qt::LeftDockWidgetArea, refDock);

  auto* lotDock = new QDockWidget(tr("Lot"), this);
  lotDock->setObjectName(QStringLiteral("lotDock"));
  lot_ = new LotTable(lotDock);
  lotDock->setWidget(lot_);
  addDockWidget(Qt::RightDockWidgetArea, lotDock);
  resizeDocks({refDock, lotDock}, {280, 380}, Qt::Horizontal);
}

void MainWindow::createActions() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(tr("Open &backbone…"), this, &MainWindow::chooseBackbone);
  file->addAction(tr("Open &head…"), this, &MainWindow::chooseHead);
  QAction* openLot = file->addAction(tr("Open &lot folder…"), this, &MainWindow::chooseLotFolder);
  openLot->setShortcut(QKeySequence::Open);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QToolBar* tools = addToolBar(tr("Inspection"));
  tools->setObjectName(QStringLiteral("inspectionToolBar"));
  tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  runAction_ = tools->addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run"), this,
                                [this] { runInspection(); });
  runAction_->setShortcut(Qt::Key_F5);
  runAction_->setToolTip(tr("Score every image of the lot (F5)"));
  tools->addSeparator();
  tools->addWidget(new QLabel(tr(" Image size "), tools));
  imageSize_ = new QSpinBox(tools);
  imageSize_->setRange(14, 2016);
  imageSize_->setSingleStep(14);
  imageSize_->setValue(kDefaultImageSize);
  imageSize_->setSuffix(tr(" px"));
  imageSize_->setToolTip(tr("Side the references and queries are resized to before scoring"));
  tools->addWidget(imageSize_);
  tools->addSeparator();

  QAction* heatmap = tools->addAction(tr("Heatmap"));
  heatmap->setCheckable(true);
  heatmap->setChecked(true);
  heatmap->setShortcut(Qt::Key_H);
  connect(heatmap, &QAction::toggled, viewer_, &ImageViewer::setOverlayVisible);
  opacity_ = new QSlider(Qt::Horizontal, tools);
  opacity_->setRange(0, 100);
  opacity_->setValue(50);
  opacity_->setMaximumWidth(120);
  opacity_->setToolTip(tr("Heatmap opacity"));
  connect(opacity_, &QSlider::valueChanged, this, [this](int value) { viewer_->setOverlayOpacity(value / 100.0); });
  tools->addWidget(opacity_);
  QAction* fit = tools->addAction(tr("Fit"), viewer_, &ImageViewer::fitToWindow);
  fit->setShortcut(Qt::CTRL | Qt::Key_0);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->addAction(heatmap);
  view->addAction(fit);
  view->addSeparator();
  for (QDockWidget* dock : findChildren<QDockWidget*>()) view->addAction(dock->toggleViewAction());
}

void MainWindow::createStatusBar() {
  modelLabel_ = new QLabel(statusBar());
  deviceLabel_ = new QLabel(tr("device: —"), statusBar());
  progress_ = new QProgressBar(statusBar());
  progress_->setMaximumWidth(220);
  progress_->setFormat(tr("%v / %m"));
  progress_->setVisible(false);
  cancelButton_ = new QPushButton(tr("Cancel"), statusBar());
  cancelButton_->setVisible(false);
  connect(cancelButton_, &QPushButton::clicked, this, &MainWindow::cancelInspection);
  statusBar()->addPermanentWidget(modelLabel_);
  statusBar()->addPermanentWidget(deviceLabel_);
  statusBar()->addPermanentWidget(progress_);
  statusBar()->addPermanentWidget(cancelButton_);
}

void MainWindow::readSettings() {
  const QSettings settings;
  restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  backbonePath_ = settings.value(QStringLiteral("model/backbone")).toString();
  headPath_ = settings.value(QStringLiteral("model/head")).toString();
  imageSize_->setValue(settings.value(QStringLiteral("model/imageSize"), kDefaultImageSize).toInt());
  opacity_->setValue(settings.value(QStringLiteral("view/opacity"), 50).toInt());
  lotFolder_ = settings.value(QStringLiteral("lot/folder")).toString();
}

void MainWindow::writeSettings() const {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  settings.setValue(QStringLiteral("model/backbone"), backbonePath_);
  settings.setValue(QStringLiteral("model/head"), headPath_);
  settings.setValue(QStringLiteral("model/imageSize"), imageSize_->value());
  settings.setValue(QStringLiteral("view/opacity"), opacity_->value());
  settings.setValue(QStringLiteral("lot/folder"), lotFolder_);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  session_->cancel();
  writeSettings();
  event->accept();
}

void MainWindow::setBackbonePath(const QString& path) {
  backbonePath_ = path;
  updateModelLabel();
}

void MainWindow::setHeadPath(const QString& path) {
  headPath_ = path;
  updateModelLabel();
}

void MainWindow::setImageSize(int side) { imageSize_->setValue(side); }

void MainWindow::chooseBackbone() {
  const QString file = QFileDialog::getOpenFileName(this, tr("Open DINOv2 backbone"),
                                                    QFileInfo(backbonePath_).absolutePath(), kCheckpointFilter);
  if (!file.isEmpty()) setBackbonePath(file);
}

void MainWindow::chooseHead() {
  const QString start = QFileInfo(headPath_.isEmpty() ? backbonePath_ : headPath_).absolutePath();
  const QString file = QFileDialog::getOpenFileName(this, tr("Open NAGL head"), start, kCheckpointFilter);
  if (!file.isEmpty()) setHeadPath(file);
}

void MainWindow::chooseLotFolder() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Open lot folder"), lotFolder_);
  if (!folder.isEmpty()) openLotFolder(folder);
}

QStringList MainWindow::listLotImages(const QString& folder) {
  static const QStringList kPatterns = {"*.png", "*.jpg", "*.jpeg", "*.bmp", "*.tif", "*.tiff", "*.webp"};
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
  lot_->lotModel()->setRows(session_->results(), rootFolder);
  viewer_->clear();
  updateRunState();
  Q_EMIT lotLoaded(static_cast<int>(paths.size()));
}

void MainWindow::updateModelLabel() {
  const QString backbone = backbonePath_.isEmpty() ? tr("no backbone") : QFileInfo(backbonePath_).fileName();
  const QString head = headPath_.isEmpty() ? tr("no head (normal-only)") : QFileInfo(headPath_).fileName();
  modelLabel_->setText(tr("%1 · %2").arg(backbone, head));
  modelLabel_->setToolTip(tr("backbone: %1\nhead: %2").arg(backbonePath_, headPath_));
  updateRunState();
}

void MainWindow::updateRunState() {
  if (!runAction_) return;
  const bool running = session_->isRunning();
  runAction_->setEnabled(!running && !backbonePath_.isEmpty() && !lotPaths_.isEmpty() &&
                         !references_->references().empty());
  imageSize_->setEnabled(!running);
  progress_->setVisible(running);
  cancelButton_->setVisible(running);
  cancelButton_->setEnabled(running);
}

bool MainWindow::runInspection() {
  ModelOptions options;
  options.backbonePath = backbonePath_.toLocal8Bit().toStdString();
  options.headPath = headPath_.toLocal8Bit().toStdString();
  options.imageSize = imageSize_->value();
  session_->setModelOptions(options);
  session_->setReferences(references_->references());
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
  session_->cancel();
  cancelButton_->setEnabled(false);
  statusBar()->showMessage(tr("Cancelling after the current image…"));
}

void MainWindow::onQueryUpdated(int row) {
  const QList<QueryResult>& results = session_->results();
  lot_->lotModel()->updateRow(row, results.at(row));
  double total = 0.0;
  int done = 0;
  for (const QueryResult& r : results)
    if (r.status == QueryStatus::Done) {
      total += r.milliseconds;
      ++done;
    }
  if (done > 0)
    deviceLabel_->setText(tr("device: %1 · %2 ms/image").arg(device_.isEmpty() ? tr("?") : device_)
                              .arg(total / done, 0, 'f', 1));
  if (lot_->currentSourceRow() == row) showCurrentQuery();
}

void MainWindow::showCurrentQuery() {
  const int row = lot_->currentSourceRow();
  if (row < 0 || row >= session_->results().size()) return;
  const QueryResult& r = session_->results().at(row);
  viewer_->showQuery(r.path, r.status == QueryStatus::Done ? r.patchGrid : FloatImage{});
  if (r.status == QueryStatus::Failed) statusBar()->showMessage(r.error, 10000);
}

void MainWindow::onRunFinished(bool cancelled, const QString& error) {
  updateRunState();
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
  if (failed) text += tr(", %n failed", nullptr, failed);
  statusBar()->showMessage(text);
}

}  // namespace nagl::ui
