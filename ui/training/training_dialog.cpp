#include "ui/training/training_dialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "ui/references/file_drop_list.h"
#include "ui/training/training_charts.h"

namespace nagl::ui {
namespace {

const QString kPausedKey = QStringLiteral("training/paused");  // the remembered request can be resumed

QString freshRunFolder() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
      .filePath(QStringLiteral("training/head-") +
                QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QString duration(double seconds) {
  const qint64 s = qRound64(std::max(0.0, seconds));
  return QStringLiteral("%1:%2:%3")
      .arg(s / 3600)
      .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
      .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QSpinBox* spin(int min, int max, int step, QWidget* parent) {
  auto* box = new QSpinBox(parent);
  box->setRange(min, max);
  box->setSingleStep(step);
  return box;
}

}  // namespace

TrainingDialog::TrainingDialog(const QString& backbone, QWidget* parent)
    : QDialog(parent),
      job_(new TrainingJob(this)),
      importWatcher_(new QFutureWatcher<TrainedHeadImport>(this)),
      defaultWatcher_(new QFutureWatcher<QString>(this)) {
  setWindowTitle(tr("Train a head"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(form_ = makeForm());
  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1);
  progress_->setValue(0);
  status_ = new QLabel(tr("Choose the data and press Start."), this);
  status_->setWordWrap(true);
  deviceLine_ = new QLabel(this);
  charts_ = new TrainingCharts(this);
  log_ = new QPlainTextEdit(this);
  log_->setReadOnly(true);
  log_->setMaximumBlockCount(500);
  log_->setMaximumHeight(110);
  layout->addWidget(progress_);
  layout->addWidget(status_);
  layout->addWidget(deviceLine_);
  layout->addWidget(charts_, 1);
  layout->addWidget(log_);

  auto* buttons = new QDialogButtonBox(this);
  start_ = buttons->addButton(tr("&Start"), QDialogButtonBox::ActionRole);
  pause_ = buttons->addButton(tr("&Pause"), QDialogButtonBox::ActionRole);
  resume_ = buttons->addButton(tr("&Resume"), QDialogButtonBox::ActionRole);
  cancel_ = buttons->addButton(tr("Cancel &training"), QDialogButtonBox::ActionRole);
  useHead_ = buttons->addButton(tr("Use as &default head"), QDialogButtonBox::ActionRole);
  buttons->addButton(QDialogButtonBox::Close);
  layout->addWidget(buttons);
  connect(start_, &QPushButton::clicked, this, [this] { start(); });
  connect(pause_, &QPushButton::clicked, this, &TrainingDialog::pause);
  connect(resume_, &QPushButton::clicked, this, [this] { resume(); });
  connect(cancel_, &QPushButton::clicked, this, &TrainingDialog::cancel);
  connect(useHead_, &QPushButton::clicked, this, &TrainingDialog::useAsDefaultHead);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);  // the training goes on

  connect(job_, &TrainingJob::stateChanged, this, &TrainingDialog::onState);
  connect(job_, &TrainingJob::note, this, &TrainingDialog::log);
  connect(job_, &TrainingJob::started, this, [this](const TrainingStart& s) {
    run_ = s;
    deviceLine_->setText(s.deviceNote.isEmpty() ? tr("Device: %1 · %2").arg(s.device, s.model)
                                                : tr("Device: %1 (%2) · %3").arg(s.device, s.deviceNote, s.model));
    progress_->setRange(0, std::max(1, s.epochs * s.stepsPerEpoch));
    progress_->setValue(s.startEpoch * s.stepsPerEpoch + s.startStep);
  });
  connect(job_, &TrainingJob::caching, this, [this](qint64 done, qint64 total) {
    progress_->setRange(0, int(std::max<qint64>(1, total)));
    progress_->setValue(int(done));
    status_->setText(tr("Computing backbone features: %1 of %2 images").arg(done).arg(total));
  });
  connect(job_, &TrainingJob::stepProgress, this, &TrainingDialog::onStep);
  connect(job_, &TrainingJob::epochDone, this, [this](const TrainingEpoch& e) {
    charts_->addEpoch(e);
    log(tr("Epoch %1: loss %2, held-out image AUROC %3, pixel AUROC %4%5")
            .arg(e.epoch + 1)
            .arg(e.loss, 0, 'f', 4)
            .arg(e.imageAuroc, 0, 'f', 4)
            .arg(e.pixelAuroc, 0, 'f', 4)
            .arg(e.best ? tr(" (best so far)") : QString()));
  });
  connect(importWatcher_, &QFutureWatcher<TrainedHeadImport>::finished, this, [this] {
    imported_ = importWatcher_->result();
    status_->setText(imported_.message);
    updateButtons();
    if (imported_.ok) Q_EMIT headImported(imported_);
  });
  connect(defaultWatcher_, &QFutureWatcher<QString>::finished, this, [this] {
    const QString error = defaultWatcher_->result();
    status_->setText(error.isEmpty() ? tr("“%1” is now the default head.").arg(imported_.name)
                                     : tr("Could not make “%1” the default head: %2").arg(imported_.name, error));
    updateButtons();
    if (error.isEmpty()) Q_EMIT defaultHeadChosen(imported_.path, imported_.imageSize);
  });

  QSettings settings;
  TrainingRequest last = TrainingRequest::load(settings);
  const bool paused = settings.value(kPausedKey).toBool();
  if (!paused) {
    last.outDir = freshRunFolder();
    if (!backbone.isEmpty()) last.backbone = backbone;
  }
  setRequest(last);
  if (paused) status_->setText(tr("A training was paused in %1: Resume continues it.").arg(last.outDir));
  updateButtons();
  resize(900, 760);
}

QWidget* TrainingDialog::makeForm() {
  auto* form = new QWidget(this);
  auto* grid = new QFormLayout(form);
  roots_ = new FileDropList(form);
  roots_->setMaximumHeight(70);
  roots_->setToolTip(tr("Drag dataset folders here: MVTec AD layout or VisA as released"));
  roots_->onFilesDropped = [this](const QStringList& paths) { addRoots(paths); };
  auto* add = new QPushButton(tr("Add…"), form);
  auto* remove = new QPushButton(tr("Remove"), form);
  connect(add, &QPushButton::clicked, this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Dataset root"));
    if (!folder.isEmpty()) addRoots({folder});
  });
  connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(roots_->selectedItems()); });
  auto* rootButtons = new QVBoxLayout;
  rootButtons->addWidget(add);
  rootButtons->addWidget(remove);
  rootButtons->addStretch();
  auto* rootsRow = new QHBoxLayout;
  rootsRow->addWidget(roots_, 1);
  rootsRow->addLayout(rootButtons);
  grid->addRow(tr("Dataset roots:"), rootsRow);

  categories_ = new QLineEdit(form);
  categories_->setPlaceholderText(tr("default: the last 20 % of the categories by name"));
  grid->addRow(tr("Held-out categories:"), categories_);

  epochs_ = spin(1, 100000, 1, form);
  episodes_ = spin(1, 100000000, 50, form);
  batch_ = spin(1, 4096, 1, form);
  imageSize_ = spin(14, 4096, 14, form);
  device_ = new QComboBox(form);
  device_->addItem(tr("Auto (CUDA when available)"), QStringLiteral("auto"));
  device_->addItem(tr("CPU"), QStringLiteral("cpu"));
  device_->addItem(tr("CUDA"), QStringLiteral("cuda"));
  auto* numbers = new QHBoxLayout;
  for (auto [label, box] : {std::pair<QString, QWidget*>{tr("Epochs:"), epochs_},
                            {tr("Episodes per epoch:"), episodes_},
                            {tr("Batch:"), batch_},
                            {tr("Image size:"), imageSize_}}) {
    numbers->addWidget(new QLabel(label, form));
    numbers->addWidget(box);
  }
  numbers->addStretch();
  grid->addRow(numbers);
  grid->addRow(tr("Device:"), device_);

  const auto folderRow = [this, form](QLineEdit*& edit, const QString& placeholder, const QString& title) {
    edit = new QLineEdit(form);
    edit->setPlaceholderText(placeholder);
    auto* browse = new QPushButton(tr("Browse…"), form);
    connect(browse, &QPushButton::clicked, this, [this, &edit, title] { chooseFolder(edit, title); });
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
  };
  grid->addRow(tr("Backbone:"), folderRow(backbone_, tr("the model store's default backbone"), {}));
  grid->addRow(tr("Run folder:"), folderRow(outDir_, {}, tr("Run folder")));
  return form;
}

void TrainingDialog::chooseFolder(QLineEdit* target, const QString& title) {
  const QString chosen = title.isEmpty() ? QFileDialog::getOpenFileName(this, tr("Backbone"), target->text(),
                                                                        tr("Checkpoints (*.pth *.pt *.safetensors)"))
                                         : QFileDialog::getExistingDirectory(this, title, target->text());
  if (!chosen.isEmpty()) target->setText(chosen);
}

void TrainingDialog::addRoots(const QStringList& folders) {
  for (const QString& f : folders)
    if (roots_->findItems(f, Qt::MatchExactly).isEmpty()) roots_->addItem(f);
  updateButtons();
}

TrainingRequest TrainingDialog::request() const {
  TrainingRequest r;
  for (int i = 0; i < roots_->count(); ++i) r.dataRoots << roots_->item(i)->text();
  r.validationCategories = splitCategoryList(categories_->text());
  r.backbone = backbone_->text().trimmed();
  r.outDir = outDir_->text().trimmed();
  r.epochs = epochs_->value();
  r.episodesPerEpoch = episodes_->value();
  r.batchSize = batch_->value();
  r.imageSize = imageSize_->value();
  r.device = device_->currentData().toString();
  return r;
}

void TrainingDialog::setRequest(const TrainingRequest& r) {
  roots_->clear();
  roots_->addItems(r.dataRoots);
  categories_->setText(r.validationCategories.join(QStringLiteral(", ")));
  backbone_->setText(r.backbone);
  outDir_->setText(r.outDir);
  epochs_->setValue(r.epochs);
  episodes_->setValue(r.episodesPerEpoch);
  batch_->setValue(r.batchSize);
  imageSize_->setValue(r.imageSize);
  device_->setCurrentIndex(std::max(0, device_->findData(r.device)));
  updateButtons();
}

bool TrainingDialog::start() {
  const TrainingRequest r = request();
  if (r.dataRoots.isEmpty() || r.outDir.isEmpty()) {
    status_->setText(tr("Add at least one dataset root and choose a run folder."));
    return false;
  }
  charts_->clear(r.epochs);
  imported_ = {};
  QSettings settings;
  r.save(settings);
  return job_->start(r);
}

bool TrainingDialog::resume() {
  const TrainingRequest r = request();
  if (job_->state() != TrainingJob::State::Paused) charts_->clear(r.epochs);  // resumed after a restart
  return job_->resume(r);
}

void TrainingDialog::cancel() {
  if (job_->state() != TrainingJob::State::Idle) {
    job_->cancel();
    return;
  }
  QSettings().remove(kPausedKey);  // a training paused before the workstation restarted
  status_->setText(tr("Training cancelled. What it wrote stays in %1.").arg(outDir_->text()));
  outDir_->setText(freshRunFolder());
  updateButtons();
}

void TrainingDialog::useAsDefaultHead() {
  if (!imported_.ok || defaultWatcher_->isRunning()) return;
  useHead_->setEnabled(false);
  defaultWatcher_->setFuture(QtConcurrent::run([name = imported_.name] { return makeDefaultHead(name); }));
}

void TrainingDialog::onStep(const TrainingStep& s) {
  charts_->addStep(s);
  progress_->setValue(s.epoch * s.stepsPerEpoch + s.step);
  status_->setText(tr("Epoch %1 of %2 · step %3 of %4 · loss %5 · %6 s per step · %7 left")
                       .arg(s.epoch + 1)
                       .arg(s.epochs)
                       .arg(s.step)
                       .arg(s.stepsPerEpoch)
                       .arg(s.loss, 0, 'f', 4)
                       .arg(s.secondsPerStep, 0, 'f', 3)
                       .arg(duration(s.etaSeconds)));
}

void TrainingDialog::onState(TrainingJob::State state) {
  using S = TrainingJob::State;
  QSettings settings;
  settings.setValue(kPausedKey, state == S::Paused || state == S::Pausing);
  switch (state) {
    case S::Idle:
    case S::Running:
      break;
    case S::Pausing:
      status_->setText(tr("Pausing after the current step…"));
      break;
    case S::Paused:
      status_->setText(tr("Paused. Resume continues from the saved state in %1.").arg(job_->request().outDir));
      break;
    case S::Cancelling:
      status_->setText(tr("Cancelling after the current step…"));
      break;
    case S::Cancelled:
      status_->setText(tr("Training cancelled. What it wrote stays in %1.").arg(job_->request().outDir));
      outDir_->setText(freshRunFolder());
      break;
    case S::Failed:
      status_->setText(tr("Training failed: %1").arg(job_->errorText()));
      break;
    case S::Finished:
      status_->setText(tr("Training finished. Storing the best head…"));
      outDir_->setText(freshRunFolder());
      importWatcher_->setFuture(QtConcurrent::run([best = job_->bestHead()] { return importTrainedHead(best); }));
      break;
  }
  log(status_->text());
  updateButtons();
}

void TrainingDialog::updateButtons() {
  using S = TrainingJob::State;
  const S s = job_->state();
  const bool busy = job_->isRunning() || importWatcher_->isRunning();
  const bool paused = s == S::Paused || (s == S::Idle && QSettings().value(kPausedKey).toBool());
  form_->setEnabled(!busy && !paused);
  start_->setEnabled(!busy && !paused && roots_->count() > 0);
  pause_->setEnabled(s == S::Running);
  resume_->setEnabled(!busy && paused);
  cancel_->setEnabled(s == S::Running || s == S::Pausing || paused);
  useHead_->setEnabled(imported_.ok && !defaultWatcher_->isRunning());
}

void TrainingDialog::log(const QString& line) { log_->appendPlainText(line); }

QString TrainingDialog::statusText() const { return status_->text(); }

}  // namespace nagl::ui
