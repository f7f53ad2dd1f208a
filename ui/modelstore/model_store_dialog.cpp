#include "ui/modelstore/model_store_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "nagl/store/fetch.h"
#include "nagl/store/model_store.h"
#include "nagl/store/official_models.h"
#include "ui/common/path_bytes.h"

namespace nagl::ui {
namespace {

QString fromLocal(const std::string& text) { return QString::fromLocal8Bit(text.c_str()); }

// A model to configure: its kind, stored file and a head's trained image size.
ModelStoreDialog::Outcome chosen(const store::ModelStore& store, const store::ModelEntry& entry,
                                 const QString& message) {
  ModelStoreDialog::Outcome out;
  out.ok = true;
  out.backbone = entry.kind == store::ModelKind::Backbone;
  out.path = pathFromFs(store.pathOf(entry));
  out.message = message;
  try {
    if (const auto sidecar = store.sidecarOf(entry)) out.trainedImageSize = sidecar->imageSize;
  } catch (const std::exception& e) {
    out.message +=
        QLatin1Char(' ') + ModelStoreDialog::tr("Its training sidecar is unreadable: %1").arg(fromLocal(e.what()));
  }
  return out;
}

ModelStoreDialog::Outcome stored(const store::ModelStore& store, const store::ModelEntry& entry) {
  return chosen(store, entry,
                ModelStoreDialog::tr("Stored “%1”: %2").arg(fromLocal(entry.name), fromLocal(entry.architecture)));
}

ModelStoreDialog::Outcome failed(const QString& message) {
  ModelStoreDialog::Outcome out;
  out.message = message;
  return out;
}

}  // namespace

ModelStoreDialog::ModelStoreDialog(QWidget* parent)
    : QDialog(parent),
      official_(new QComboBox(this)),
      import_(new QPushButton(tr("Import a file…"), this)),
      download_(new QPushButton(tr("Download"), this)),
      cancel_(new QPushButton(tr("Cancel download"), this)),
      list_(new QTreeWidget(this)),
      setDefault_(new QPushButton(tr("Set as default"), this)),
      remove_(new QPushButton(tr("Remove…"), this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)),
      progressTimer_(new QTimer(this)),
      watcher_(new QFutureWatcher<Outcome>(this)),
      listWatcher_(new QFutureWatcher<StoreListing>(this)) {
  setWindowTitle(tr("Model store"));
  QString where;
  try {
    where = pathFromFs(store::modelStoreDirectory());
  } catch (const std::exception& e) {
    where = fromLocal(e.what());
  }
  auto* intro = new QLabel(tr("Weights are validated and kept in the model store (%1). The first backbone and head "
                              "stored become the defaults of the workstation and of nagl infer / eval.")
                               .arg(where),
                           this);
  intro->setWordWrap(true);

  auto* storedBox = new QGroupBox(tr("Stored models"), this);
  auto* storedLayout = new QVBoxLayout(storedBox);
  setUpModelList(list_);
  list_->setObjectName(QStringLiteral("modelList"));
  storedLayout->addWidget(list_);
  auto* storedButtons = new QHBoxLayout;
  storedButtons->addWidget(setDefault_);
  storedButtons->addWidget(remove_);
  storedButtons->addStretch(1);
  storedLayout->addLayout(storedButtons);
  connect(list_, &QTreeWidget::currentItemChanged, this, &ModelStoreDialog::updateButtons);
  connect(setDefault_, &QPushButton::clicked, this, [this] { setDefaultModel(selectedName()); });
  connect(remove_, &QPushButton::clicked, this, [this] { removeModel(selectedName()); });

  auto* fileBox = new QGroupBox(tr("From a file"), this);
  auto* fileLayout = new QVBoxLayout(fileBox);
  auto* fileHelp = new QLabel(tr("An official DINOv2 .pth, Hugging Face DINOv2 safetensors, or a NAGL head "
                                 "(.pth from the reference train.py, or safetensors) — e.g. carried in on a USB "
                                 "stick."),
                              fileBox);
  fileHelp->setWordWrap(true);
  fileLayout->addWidget(fileHelp);
  fileLayout->addWidget(import_, 0, Qt::AlignLeft);
  connect(import_, &QPushButton::clicked, this, &ModelStoreDialog::chooseFile);

  auto* netBox = new QGroupBox(tr("Download an official DINOv2 checkpoint"), this);
  auto* netLayout = new QVBoxLayout(netBox);
  for (const store::OfficialModel& m : store::officialModels())
    official_->addItem(QStringLiteral("%1 — %2").arg(fromLocal(m.name), fromLocal(m.description)), fromLocal(m.name));
  auto* row = new QHBoxLayout;
  row->addWidget(official_, 1);
  row->addWidget(download_);
  row->addWidget(cancel_);
  netLayout->addLayout(row);
  netLayout->addWidget(progress_);
  auto* proxyHelp = new QLabel(tr("Uses the proxy in https_proxy / http_proxy. Offline, the message names the file "
                                  "to fetch elsewhere and import here."),
                               netBox);
  proxyHelp->setWordWrap(true);
  netLayout->addWidget(proxyHelp);
  connect(download_, &QPushButton::clicked, this, [this] { startDownload(official_->currentData().toString()); });
  connect(cancel_, &QPushButton::clicked, this, &ModelStoreDialog::cancelDownload);

  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addWidget(storedBox, 1);
  layout->addWidget(fileBox);
  layout->addWidget(netBox);
  layout->addWidget(status_);
  layout->addWidget(buttons);
  progress_->setRange(0, 1);
  progress_->setValue(0);
  cancel_->setEnabled(false);
  progressTimer_->setInterval(100);  // the worker only stores numbers; the bar reads them
  connect(progressTimer_, &QTimer::timeout, this, &ModelStoreDialog::updateProgress);
  connect(watcher_, &QFutureWatcher<Outcome>::finished, this, &ModelStoreDialog::onFinished);
  connect(listWatcher_, &QFutureWatcher<StoreListing>::finished, this, &ModelStoreDialog::onListed);
  updateButtons();
  resize(900, sizeHint().height());
  refresh();
}

ModelStoreDialog::~ModelStoreDialog() {
  watcher_->disconnect(this);
  if (progressState_) progressState_->cancel = true;
  watcher_->waitForFinished();  // a cancelled download stops within its next progress call
  listWatcher_->disconnect(this);
  listWatcher_->waitForFinished();
}

bool ModelStoreDialog::isBusy() const { return watcher_->isRunning(); }
QString ModelStoreDialog::statusText() const { return status_->text(); }

void ModelStoreDialog::chooseFile() {
  const QString file = QFileDialog::getOpenFileName(this, tr("Import a checkpoint"), {},
                                                    tr("Checkpoints (*.pth *.pt *.safetensors);;All files (*)"));
  if (!file.isEmpty()) importFile(file);
}

void ModelStoreDialog::importFile(const QString& path) {
  showStatus(tr("Checking %1…").arg(path), false);
  run(
      [file = fsPath(path)] {
        try {
          store::ModelStore store;
          return stored(store, store.importFile(file));
        } catch (const std::exception& e) {
          return failed(tr("Not imported: %1").arg(fromLocal(e.what())));
        }
      },
      false);
}

void ModelStoreDialog::startDownload(const QString& name, const QString& url) {
  progressState_ = std::make_shared<Progress>();
  showStatus(tr("Downloading %1…").arg(name), false);
  run(
      [name = name.toStdString(), url = url.toStdString(), state = progressState_] {
        try {
          store::ModelStore store;
          store::FetchOptions options;
          options.url = url;
          options.download.progress = [state](const store::DownloadProgress& p) {
            state->received = p.received;
            state->total = p.total;
            return !state->cancel.load();
          };
          return stored(store, store::fetchModel(store, name, options));
        } catch (const store::DownloadError& e) {
          if (e.reason == store::DownloadError::Reason::Cancelled)
            return failed(tr("Download cancelled; the part already downloaded is kept, Download resumes it."));
          return failed(tr("Download failed: %1").arg(fromLocal(e.what())));
        } catch (const std::exception& e) {
          return failed(tr("Download failed: %1").arg(fromLocal(e.what())));
        }
      },
      true);
  progress_->setRange(0, 0);  // busy until the size is known
  progressTimer_->start();
}

void ModelStoreDialog::cancelDownload() {
  if (progressState_) progressState_->cancel = true;
  cancel_->setEnabled(false);
  showStatus(tr("Cancelling…"), false);
}

void ModelStoreDialog::run(std::function<Outcome()> job, bool download) {
  import_->setEnabled(false);
  download_->setEnabled(false);
  cancel_->setEnabled(download);
  watcher_->setFuture(QtConcurrent::run(std::move(job)));
  updateButtons();
}

void ModelStoreDialog::refresh() {
  if (listWatcher_->isRunning()) {
    refreshAgain_ = true;  // the listing under way may predate the change
    return;
  }
  listWatcher_->setFuture(QtConcurrent::run(listModelStore));
}

void ModelStoreDialog::onListed() {
  listing_ = listWatcher_->result();
  fillModelList(list_, listing_);
  if (!listing_.error.isEmpty()) showStatus(listing_.error, true);
  updateButtons();
  if (refreshAgain_) {
    refreshAgain_ = false;
    refresh();
    return;
  }
  Q_EMIT listed();
}

QString ModelStoreDialog::selectedName() const {
  const QTreeWidgetItem* item = list_->currentItem();
  return item ? item->data(kNameColumn, kModelNameRole).toString() : QString();
}

void ModelStoreDialog::updateButtons() {
  const QTreeWidgetItem* item = list_->currentItem();
  const bool can = item && !isBusy();
  setDefault_->setEnabled(can && !item->data(kNameColumn, kModelIsDefaultRole).toBool());
  remove_->setEnabled(can);
}

void ModelStoreDialog::setDefaultModel(const QString& name) {
  if (name.isEmpty() || isBusy()) return;
  showStatus(tr("Setting “%1” as the default…").arg(name), false);
  run(
      [name = name.toStdString()] {
        try {
          store::ModelStore store;
          // A head whose sidecar names another backbone architecture than the
          // default backbone's is refused (a cheap check of two strings).
          const store::Manifest before = store.manifest();
          const store::ModelEntry* head = before.find(name);
          const store::ModelEntry* backbone = before.findDefault(store::ModelKind::Backbone);
          if (head && head->kind == store::ModelKind::Head && backbone)
            if (const auto sidecar = store.sidecarOf(*head))
              if (const std::string why = store::backboneMismatch(name, *sidecar, *backbone); !why.empty())
                return failed(tr("Not changed: %1").arg(fromLocal(why)));
          store.setDefault(name);
          const store::Manifest m = store.manifest();
          const store::ModelEntry* e = m.find(name);
          if (!e) return failed(tr("Not changed: “%1” is no longer in the store.").arg(fromLocal(name)));
          const QString text = e->kind == store::ModelKind::Backbone ? tr("“%1” is now the default backbone.")
                                                                     : tr("“%1” is now the default head.");
          return chosen(store, *e, text.arg(fromLocal(name)));
        } catch (const std::exception& e) {
          return failed(tr("Not changed: %1").arg(fromLocal(e.what())));
        }
      },
      false);
}

QString ModelStoreDialog::removalQuestion(const QString& name) const {
  QString text = tr("Remove “%1” from the model store? Its stored file is deleted; the file it was imported "
                    "from is not touched.")
                     .arg(name);
  const store::Manifest& m = listing_.manifest;
  const store::ModelEntry* e = m.find(name.toStdString());
  if (!e || m.findDefault(e->kind) != e) return text;
  const bool backbone = e->kind == store::ModelKind::Backbone;
  for (const store::ModelEntry& other : m.models)
    if (other.kind == e->kind && other.name != e->name)
      return text + QStringLiteral("\n\n") +
             (backbone ? tr("It is the default backbone; “%1” becomes the default.")
                       : tr("It is the default head; “%1” becomes the default."))
                 .arg(fromLocal(other.name));
  return text + QStringLiteral("\n\n") +
         (backbone ? tr("It is the default backbone and no other backbone is stored: there will be no default "
                        "backbone until one is imported.")
                   : tr("It is the default head and no other head is stored: there will be no default head until "
                        "one is imported."));
}

void ModelStoreDialog::removeModel(const QString& name) {
  if (name.isEmpty() || isBusy()) return;
  auto* box = new QMessageBox(QMessageBox::Question, tr("Remove a model"), removalQuestion(name),
                              QMessageBox::Yes | QMessageBox::Cancel, this);
  box->setObjectName(QStringLiteral("removeModelQuestion"));
  box->setDefaultButton(QMessageBox::Cancel);
  box->button(QMessageBox::Yes)->setText(tr("Remove"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  connect(box, &QMessageBox::finished, this, [this, box, name] {
    if (box->standardButton(box->clickedButton()) != QMessageBox::Yes || isBusy()) return;
    showStatus(tr("Removing “%1”…").arg(name), false);
    run(
        [name = name.toStdString()] {
          try {
            const std::string newDefault = store::ModelStore().remove(name);
            Outcome out;
            out.ok = true;
            out.configure = false;
            out.message = tr("Removed “%1”.").arg(fromLocal(name));
            if (!newDefault.empty())
              out.message += QLatin1Char(' ') + tr("“%1” is now the default.").arg(fromLocal(newDefault));
            return out;
          } catch (const std::exception& e) {
            return failed(tr("Not removed: %1").arg(fromLocal(e.what())));
          }
        },
        false);
  });
  box->open();
}

void ModelStoreDialog::updateProgress() {
  if (!progressState_) return;
  const auto total = progressState_->total.load();
  if (total == 0) return;
  // QProgressBar takes ints: count in KiB.
  progress_->setRange(0, static_cast<int>(total / 1024));
  progress_->setValue(static_cast<int>(progressState_->received.load() / 1024));
  progress_->setFormat(tr("%1 of %2 MB")
                           .arg(static_cast<double>(progressState_->received.load()) / 1e6, 0, 'f', 1)
                           .arg(static_cast<double>(total) / 1e6, 0, 'f', 1));
}

void ModelStoreDialog::onFinished() {
  progressTimer_->stop();
  updateProgress();
  if (progress_->maximum() == 0) progress_->setRange(0, 1);
  import_->setEnabled(true);
  download_->setEnabled(true);
  cancel_->setEnabled(false);
  const Outcome outcome = watcher_->result();
  showStatus(outcome.message, !outcome.ok);
  updateButtons();
  refresh();  // also after a failure: another program may have changed the store
  if (outcome.ok && outcome.configure) Q_EMIT modelReady(outcome.backbone, outcome.path, outcome.trainedImageSize);
  Q_EMIT finished(outcome.ok);
}

void ModelStoreDialog::showStatus(const QString& text, bool error) {
  error_ = error;
  status_->setText(text);
  status_->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }") : QString());
}

}  // namespace nagl::ui
