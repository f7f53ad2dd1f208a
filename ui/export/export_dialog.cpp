#include "ui/export/export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>
#include <span>

#include "nagl/export/binary_mask.h"
#include "ui/common/path_bytes.h"
#include "ui/masks/mask_image8.h"

namespace nagl::ui {

namespace {

namespace ex = nagl::exporting;

// What the job reads of the source; valid while `source` lives.
ex::LotExportInput jobInput(const ExportSource& source, ExportScope scope) {
  ex::LotExportInput input;
  input.results =
      std::span<const QueryResult>(source.results.constData(), static_cast<std::size_t>(source.results.size()));
  input.overrides = source.overrides;
  input.overrideNotes = source.overrideNotes;
  input.editedMask = [&source](std::size_t row) -> std::optional<Image8> {
    const QImage edited = source.queryMasks.value(queryPath(source.results.at(static_cast<qsizetype>(row))));
    if (edited.isNull()) return std::nullopt;
    return maskAsImage8(edited);
  };
  input.scope = scope;
  input.currentRow = source.currentRow;
  return input;
}

ex::ExportJobOptions jobOptions(const ExportSource& source, const QStringList& formatNames, const QString& folder) {
  ex::ExportJobOptions options;
  options.folder = fsPath(folder);
  options.formats = ex::parseExportFormats(formatNames.join(QLatin1Char(',')).toStdString());
  options.thresholds = source.thresholds;
  options.model = {source.modelDescription.toStdString(), pathBytes(source.backbone), pathBytes(source.head),
                   source.tiling.toStdString()};
  options.thresholdSource = source.thresholdSource.toStdString();
  options.recipe = source.recipe.toStdString();
  options.minDefectArea = source.minDefectArea;
  for (const QString& n : source.references.normals) options.references.push_back({pathBytes(n), ""});
  options.referenceMaskEdits.resize(options.references.size());
  for (qsizetype i = 0; i < source.references.defective.size(); ++i) {
    const DefectiveReference& d = source.references.defective[i];
    options.references.push_back({pathBytes(d.image), pathBytes(d.mask)});
    const QImage edit = source.referenceMaskEdits.value(i);
    options.referenceMaskEdits.push_back(edit.isNull() ? Image8{} : maskAsImage8(edit));
  }
  options.overrideLog = source.overrideLog;
  options.pdfTitle = QCoreApplication::translate("nagl::ui::ExportDialog", "NAGL Inspector lot report").toStdString();
  return options;
}

QStringList toQStrings(const std::vector<std::string>& lines) {
  QStringList out;
  for (const std::string& line : lines) out << QString::fromStdString(line);
  return out;
}

}  // namespace

ExportDialog::ExportDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Export"));
  auto* layout = new QVBoxLayout(this);

  auto* formatsBox = new QGroupBox(tr("Formats"), this);
  auto* grid = new QGridLayout(formatsBox);
  const QList<QPair<QString, QString>> formats = {
      {QStringLiteral("mvtec"), tr("Masks in the MVTec AD layout")},
      {QStringLiteral("png"), tr("One PNG mask per image")},
      {QStringLiteral("coco-rle"), tr("COCO JSON, RLE")},
      {QStringLiteral("coco-polygon"), tr("COCO JSON, polygons")},
      {QStringLiteral("labelme"), tr("labelme JSON")},
      {QStringLiteral("overlay"), tr("Heatmap and overlay PNGs")},
      {QStringLiteral("report-csv"), tr("Lot report, CSV")},
      {QStringLiteral("report-json"), tr("Lot report, JSON")},
      {QStringLiteral("report-pdf"), tr("Lot report, PDF")},
  };
  for (int i = 0; i < formats.size(); ++i) {
    auto* box = new QCheckBox(tr("%1 (%2)").arg(formats[i].second, formats[i].first), formatsBox);
    box->setObjectName(formats[i].first);
    grid->addWidget(box, i % 5, i / 5);
    formatBoxes_.insert(formats[i].first, box);
    formatOrder_ << formats[i].first;
    connect(box, &QCheckBox::toggled, this, &ExportDialog::updateButtons);
  }
  layout->addWidget(formatsBox);

  auto* form = new QFormLayout;
  auto* folderRow = new QHBoxLayout;
  folder_ = new QLineEdit(this);
  folder_->setPlaceholderText(tr("Output folder: one sub-folder per format"));
  auto* browse = new QPushButton(tr("&Browse…"), this);
  connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
  connect(folder_, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
  folderRow->addWidget(folder_, 1);
  folderRow->addWidget(browse);
  auto* folderLabel = new QLabel(tr("Output &folder:"), this);
  folderLabel->setBuddy(folder_);  // Alt+F; without a buddy the label showed the "&"
  form->addRow(folderLabel, folderRow);
  scope_ = new QComboBox(this);
  scope_->addItem(tr("All scored images"), static_cast<int>(ExportScope::AllScored));
  scope_->addItem(tr("Failed images only"), static_cast<int>(ExportScope::FailedOnly));
  scope_->addItem(tr("The current image"), static_cast<int>(ExportScope::Current));
  form->addRow(tr("&Images:"), scope_);
  layout->addLayout(form);

  auto* note = new QLabel(tr("Masks are your edited mask of an image when it has one, else its anomaly map at the "
                             "fail threshold. Reports use both thresholds and your verdict overrides."),
                          this);
  note->setWordWrap(true);
  layout->addWidget(note);

  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1);
  progress_->setValue(0);
  layout->addWidget(progress_);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  layout->addWidget(status_);
  errors_ = new QListWidget(this);
  errors_->setVisible(false);
  layout->addWidget(errors_, 1);

  auto* buttons = new QDialogButtonBox(this);
  exportButton_ = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
  exportButton_->setDefault(true);
  cancelButton_ = buttons->addButton(tr("&Cancel export"), QDialogButtonBox::ActionRole);
  closeButton_ = buttons->addButton(QDialogButtonBox::Close);
  connect(exportButton_, &QPushButton::clicked, this, [this] { startExport(); });
  connect(cancelButton_, &QPushButton::clicked, this, &ExportDialog::cancelExport);
  connect(closeButton_, &QPushButton::clicked, this, &ExportDialog::reject);
  layout->addWidget(buttons);

  watcher_ = new QFutureWatcher<ex::ExportOutcome>(this);
  connect(watcher_, &QFutureWatcher<ex::ExportOutcome>::finished, this, &ExportDialog::onFinished);

  const QSettings settings;
  setFormats(
      settings.value(QStringLiteral("export/formats"), QStringList{QStringLiteral("png"), QStringLiteral("report-csv")})
          .toStringList());
  setOutputFolder(settings.value(QStringLiteral("export/folder")).toString());
  updateButtons();
}

ExportDialog::~ExportDialog() {
  if (cancel_) cancel_->store(true);
  watcher_->disconnect(this);
  watcher_->waitForFinished();  // at most the image in progress
}

QStringList ExportDialog::formats() const {
  QStringList names;
  for (const QString& name : formatOrder_)
    if (formatBoxes_.value(name)->isChecked()) names << name;
  return names;
}

void ExportDialog::setFormats(const QStringList& names) {
  for (auto it = formatBoxes_.cbegin(); it != formatBoxes_.cend(); ++it)
    it.value()->setChecked(names.contains(it.key()));
}

QCheckBox* ExportDialog::formatBox(const QString& name) const { return formatBoxes_.value(name); }

QString ExportDialog::outputFolder() const { return folder_->text().trimmed(); }

void ExportDialog::setOutputFolder(const QString& folder) { folder_->setText(folder); }

namespace {
bool isInside(const QString& folder, const QString& lot) {
  if (lot.isEmpty()) return false;
  const QString f = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
  const QString l = QDir::cleanPath(QFileInfo(lot).absoluteFilePath());
  return f == l || f.startsWith(l + QLatin1Char('/'));
}
}  // namespace

QString ExportDialog::defaultFolderFor(const QString& lot) {
  const QFileInfo info(QDir::cleanPath(lot));
  return info.absolutePath() + QLatin1Char('/') + info.fileName() + QStringLiteral("-export");
}

void ExportDialog::setLotFolder(const QString& lot) {
  lotFolder_ = lot;
  if (!lot.isEmpty() && (outputFolder().isEmpty() || isInside(outputFolder(), lot)))
    setOutputFolder(defaultFolderFor(lot));
}

ExportScope ExportDialog::scope() const { return static_cast<ExportScope>(scope_->currentData().toInt()); }

void ExportDialog::setScope(ExportScope scope) { scope_->setCurrentIndex(scope_->findData(static_cast<int>(scope))); }

bool ExportDialog::isRunning() const { return watcher_->isRunning(); }

void ExportDialog::chooseFolder() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Export to"), outputFolder());
  if (!folder.isEmpty()) setOutputFolder(folder);
}

void ExportDialog::updateButtons() {
  const bool running = isRunning();
  exportButton_->setEnabled(!running && !formats().isEmpty() && !outputFolder().isEmpty());
  cancelButton_->setEnabled(running);
}

bool ExportDialog::startExport() {
  if (isRunning()) return false;
  const QStringList chosen = formats();
  const QString folder = QDir::cleanPath(outputFolder());
  if (chosen.isEmpty() || outputFolder().isEmpty()) {
    status_->setText(chosen.isEmpty() ? tr("Choose at least one format.") : tr("Choose an output folder."));
    return false;
  }
  if (isInside(folder, lotFolder_)) {
    status_->setText(tr("%1 is inside the lot: the next run would score the exported images. Choose a folder "
                        "outside %2.")
                         .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(lotFolder_)));
    return false;
  }
  if (!provider_) return false;
  ExportSource source = provider_();
  const ExportScope what = scope();
  ex::ExportJobOptions options;
  try {
    options = jobOptions(source, chosen, folder);
  } catch (const std::exception& e) {  // a format name the job does not know
    status_->setText(QString::fromStdString(e.what()));
    return false;
  }
  const int count = static_cast<int>(ex::selectedRows(jobInput(source, what), source.thresholds).size());
  if (count == 0) {
    status_->setText(what == ExportScope::Current      ? tr("The current image has not been scored: nothing to export.")
                     : what == ExportScope::FailedOnly ? tr("No image fails: nothing to export.")
                                                       : tr("No image has been scored yet: run the lot first (F5)."));
    return false;
  }
  QSettings settings;
  settings.setValue(QStringLiteral("export/formats"), chosen);
  settings.setValue(QStringLiteral("export/folder"), folder);

  errors_->clear();
  errors_->setVisible(false);
  progress_->setRange(0, count);
  progress_->setValue(0);
  status_->setText(tr("Exporting %n image(s) to %1…", nullptr, count).arg(QDir::toNativeSeparators(folder)));
  outcome_ = {};
  exportFolder_ = folder;
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  auto cancel = cancel_;
  // The dialog outlives the export (its destructor waits), so the queued
  // progress calls find it; events for a deleted object are dropped anyway.
  auto report = [this](int done, int total) {
    QMetaObject::invokeMethod(
        this,
        [this, done, total] {
          if (!isRunning()) return;
          progress_->setRange(0, total);
          progress_->setValue(done);
        },
        Qt::QueuedConnection);
  };
  watcher_->setFuture(
      QtConcurrent::run([source = std::move(source), options = std::move(options), what, cancel, report] {
        return ex::exportLot(options, jobInput(source, what), *cancel, report);
      }));
  updateButtons();
  return true;
}

void ExportDialog::cancelExport() {
  if (!isRunning() || !cancel_) return;
  cancel_->store(true);
  status_->setText(tr("Cancelling after the image in progress…"));
  cancelButton_->setEnabled(false);
}

void ExportDialog::reject() {
  if (isRunning()) {
    cancelExport();  // the dialog stays until the export stops
    return;
  }
  QDialog::reject();
}

void ExportDialog::onFinished() {
  outcome_ = watcher_->result();
  const QString where = QDir::toNativeSeparators(exportFolder_);
  const QStringList errors = toQStrings(outcome_.errors);
  if (outcome_.cancelled) {
    status_->setText(tr("Export cancelled after %1 of %2 images. The files written are complete; the lot files "
                        "(COCO, reports) were not written.")
                         .arg(outcome_.imagesDone)
                         .arg(outcome_.imagesTotal));
  } else if (!errors.isEmpty()) {
    status_->setText(tr("Exported to %1 with %n error(s): these files could not be written.", nullptr,
                        static_cast<int>(errors.size()))
                         .arg(where));
  } else {
    progress_->setValue(progress_->maximum());
    status_->setText(tr("Exported %n image(s) to %1.", nullptr, outcome_.imagesTotal).arg(where));
  }
  errors_->addItems(errors);
  errors_->setVisible(!errors.isEmpty());
  updateButtons();
  Q_EMIT exportFinished(outcome_.cancelled, errors);
}

}  // namespace nagl::ui
