#include "ui/export/export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
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
#include <QSet>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "nagl/export/binary_mask.h"
#include "nagl/export/export_formats.h"
#include "nagl/export/heatmap.h"
#include "nagl/export/lot_exporter.h"
#include "nagl/export/lot_report.h"
#include "nagl/export/thumbnail.h"
#include "nagl/export_pdf/pdf_report.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/vision/anomaly_map.h"
#include "ui/common/path_bytes.h"

namespace nagl::ui {

namespace {

namespace ex = nagl::exporting;

constexpr std::size_t kPdfWorstImages = 12;
constexpr int kPdfImageSide = 800;
constexpr int kPdfThumbnailSide = 256;

Verdict overrideAt(const ExportSource& source, int row) {
  return row < static_cast<int>(source.overrides.size()) ? source.overrides[static_cast<std::size_t>(row)]
                                                         : Verdict::None;
}

Verdict finalVerdict(const ExportSource& source, int row) {
  const Verdict manual = overrideAt(source, row);
  return manual != Verdict::None ? manual : verdictFor(source.results.at(row).score, source.thresholds);
}

// Whether row's files are exported (it must have been scored).
bool selected(const ExportSource& source, ExportScope scope, int row) {
  const QueryResult& r = source.results.at(row);
  if (r.status != QueryStatus::Done) return false;
  switch (scope) {
    case ExportScope::AllScored: return true;
    case ExportScope::FailedOnly: return finalVerdict(source, row) == Verdict::Fail;
    case ExportScope::Current: return row == source.currentRow;
  }
  return false;
}

// Output stems: the file's stem, "-2", "-3", ... when taken already.
std::vector<std::string> uniqueStems(const std::vector<std::string>& paths) {
  std::vector<std::string> stems;
  std::set<std::string> used;
  for (const std::string& p : paths) {
    const std::string base = std::filesystem::path(p).stem().string();
    std::string stem = base;
    for (int n = 2; used.count(stem); ++n) stem = base + "-" + std::to_string(n);
    used.insert(stem);
    stems.push_back(stem);
  }
  return stems;
}

// An edited mask (any non-zero = defect) as the library's 0/255 Image8.
Image8 toMask(const QImage& edited) {
  const QImage grey = edited.convertToFormat(QImage::Format_Grayscale8);
  Image8 mask(grey.width(), grey.height(), 1);
  for (int y = 0; y < grey.height(); ++y) {
    const uchar* line = grey.constScanLine(y);
    std::uint8_t* out = mask.pixels.data() + static_cast<std::size_t>(y) * grey.width();
    for (int x = 0; x < grey.width(); ++x) out[x] = line[x] ? ex::kDefect : 0;
  }
  return mask;
}

std::string scoreCaption(const ex::ReportRow& row, const Thresholds& t) {
  char text[96];
  std::snprintf(text, sizeof text, "score %.4f, %s", static_cast<double>(row.score.value_or(0.0f)),
                ex::verdictName(row.finalVerdict(t)));
  return std::string(text) + "\n" + row.path;
}

}  // namespace

ExportOutcome runExport(const ExportSource& source, ExportScope scope, const QStringList& formatNames,
                        const QString& folder, const std::atomic<bool>& cancel,
                        const std::function<void(int, int)>& progress) {
  ExportOutcome outcome;
  outcome.folder = folder;
  std::vector<ex::ExportFormat> formats;
  try {
    formats = ex::parseExportFormats(formatNames.join(QLatin1Char(',')).toStdString());
  } catch (const std::exception& e) {
    outcome.errors << QString::fromStdString(e.what());
    return outcome;
  }
  const Thresholds thresholds = source.thresholds;

  // The images whose files are written, and the report's rows (a failed
  // query appears in the report of the whole lot, with verdict "error").
  std::vector<int> rows;
  ex::LotReport report;
  report.thresholds = thresholds;
  report.model = {source.modelDescription.toStdString(), pathBytes(source.backbone), pathBytes(source.head)};
  for (const QString& n : source.references.normals) report.references.push_back({pathBytes(n), ""});
  for (const DefectiveReference& d : source.references.defective)
    report.references.push_back({pathBytes(d.image), pathBytes(d.mask)});
  std::vector<int> reportImage;  // report row -> index in rows, or -1
  for (int row = 0; row < source.results.size(); ++row) {
    const QueryResult& r = source.results.at(row);
    const bool files = selected(source, scope, row);
    const bool failedQuery = scope == ExportScope::AllScored && r.status == QueryStatus::Failed;
    if (!files && !failedQuery) continue;
    report.rows.push_back(ex::ReportRow::of(r, overrideAt(source, row)));
    reportImage.push_back(files ? static_cast<int>(rows.size()) : -1);
    if (files) rows.push_back(row);
  }
  outcome.imagesTotal = static_cast<int>(rows.size());

  std::vector<std::string> paths;
  for (int row : rows) paths.push_back(source.results.at(row).path);
  ex::LotExporter exporter(fsPath(folder), formats, thresholds, paths,
                           uniqueStems(paths));
  try {
    exporter.createFolders();
  } catch (const std::exception& e) {
    outcome.errors << QString::fromStdString(e.what());
    return outcome;
  }

  // The PDF's worst images get an overlay, made while their map is at hand.
  const bool pdf = exporter.has(ex::ExportFormat::ReportPdf);
  std::map<int, std::size_t> pdfSlot;  // index in rows -> position among the worst
  std::vector<ex::PdfImage> worst;
  if (pdf) {
    for (std::size_t r : ex::worstRows(report, kPdfWorstImages)) {
      pdfSlot[reportImage[r]] = worst.size();
      worst.push_back({scoreCaption(report.rows[r], thresholds), {}});
    }
  }
  const HeatmapScale scale = fixedScale(thresholds.review, thresholds.fail);

  if (progress) progress(0, outcome.imagesTotal);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (cancel.load()) {
      outcome.cancelled = true;
      return outcome;
    }
    const QueryResult& r = source.results.at(rows[i]);
    const auto slot = pdfSlot.find(static_cast<int>(i));
    try {
      const FloatImage map = fullResolutionAnomalyMap(r.patchGrid, r.width, r.height);
      const QImage edited = source.queryMasks.value(queryPath(r));
      std::optional<Image8> mask;
      if (!edited.isNull()) mask = toMask(edited);
      std::optional<Image8> image;
      if (exporter.needsImage() || slot != pdfSlot.end()) image = decodeQueryImage(paths[i]);
      try {
        exporter.addImage(i, map, image ? &*image : nullptr, mask ? &*mask : nullptr);
      } catch (const std::exception& e) {
        outcome.errors << QString::fromStdString(e.what());
      }
      if (slot != pdfSlot.end()) {
        const Image8 outline = mask ? *mask : ex::binaryMask(map, static_cast<float>(thresholds.fail));
        worst[slot->second].image =
            ex::fitWithin(ex::overlayImage(*image, heatmapImage(map, scale), 0.5, &outline), kPdfImageSide);
      }
    } catch (const std::exception& e) {
      outcome.errors << QString::fromStdString(e.what());
    }
    outcome.imagesDone = static_cast<int>(i) + 1;
    if (progress) progress(outcome.imagesDone, outcome.imagesTotal);
  }
  if (cancel.load()) {
    outcome.cancelled = true;
    return outcome;
  }

  for (const std::string& e : exporter.finish(report)) outcome.errors << QString::fromStdString(e);
  if (pdf) {
    ex::PdfReportContent content;
    content.title = ExportDialog::tr("NAGL Inspector lot report").toStdString();
    for (const ex::ReportReference& ref : report.references) {
      ex::PdfImage item{ref.image, {}};
      try {
        item.image = ex::fitWithin(decodeReferenceImage(ref.image), kPdfThumbnailSide);
      } catch (const std::exception&) {
        // The caption alone: the reference file is gone or unreadable.
      }
      content.references.push_back(std::move(item));
    }
    content.worst = std::move(worst);
    try {
      ex::writeLotReportPdf((exporter.folderOf(ex::ExportFormat::ReportPdf) / "report.pdf").string(), report,
                            content);
    } catch (const std::exception& e) {
      outcome.errors << QString::fromStdString(e.what());
    }
  }
  return outcome;
}

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
  form->addRow(tr("Output &folder:"), folderRow);
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

  watcher_ = new QFutureWatcher<ExportOutcome>(this);
  connect(watcher_, &QFutureWatcher<ExportOutcome>::finished, this, &ExportDialog::onFinished);

  const QSettings settings;
  setFormats(settings.value(QStringLiteral("export/formats"), QStringList{QStringLiteral("png"),
                                                                          QStringLiteral("report-csv")})
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
  for (auto it = formatBoxes_.cbegin(); it != formatBoxes_.cend(); ++it) it.value()->setChecked(names.contains(it.key()));
}

QCheckBox* ExportDialog::formatBox(const QString& name) const { return formatBoxes_.value(name); }

QString ExportDialog::outputFolder() const { return folder_->text().trimmed(); }

void ExportDialog::setOutputFolder(const QString& folder) { folder_->setText(folder); }

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
  if (!provider_) return false;
  ExportSource source = provider_();
  const ExportScope what = scope();
  int count = 0;
  for (int row = 0; row < source.results.size(); ++row) count += selected(source, what, row) ? 1 : 0;
  if (count == 0) {
    status_->setText(what == ExportScope::Current    ? tr("The current image has not been scored: nothing to export.")
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
  watcher_->setFuture(QtConcurrent::run([source = std::move(source), what, chosen, folder, cancel, report] {
    return runExport(source, what, chosen, folder, *cancel, report);
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
  const QString where = QDir::toNativeSeparators(outcome_.folder);
  if (outcome_.cancelled) {
    status_->setText(tr("Export cancelled after %1 of %2 images. The files written are complete; the lot files "
                        "(COCO, reports) were not written.")
                         .arg(outcome_.imagesDone)
                         .arg(outcome_.imagesTotal));
  } else if (!outcome_.errors.isEmpty()) {
    status_->setText(tr("Exported to %1 with %n error(s): these files could not be written.", nullptr,
                        static_cast<int>(outcome_.errors.size()))
                         .arg(where));
  } else {
    progress_->setValue(progress_->maximum());
    status_->setText(tr("Exported %n image(s) to %1.", nullptr, outcome_.imagesTotal).arg(where));
  }
  errors_->addItems(outcome_.errors);
  errors_->setVisible(!outcome_.errors.isEmpty());
  updateButtons();
  Q_EMIT exportFinished(outcome_.cancelled, outcome_.errors);
}

}  // namespace nagl::ui
