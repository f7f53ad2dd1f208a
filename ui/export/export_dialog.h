#pragma once
// The Export dialog: a form over the export job (nagl/export_job/lot_export.h,
// the one `nagl infer --export` runs): the formats, the output folder (one
// sub-folder per format) and the images (every scored one, the failed ones or
// the current one). Masks are the user's edited mask of an image when there
// is one, else its full-resolution anomaly map thresholded at the fail
// threshold; report verdicts use both thresholds and the user's overrides.
// The job runs on a pool thread, with progress and Cancel; what could not be
// written is listed per file at the end.
#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QList>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include "nagl/export_job/lot_export.h"
#include "ui/document/inspection_types.h"
#include "ui/lot/verdict.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace nagl::ui {

using exporting::ExportScope;

// What the workstation hands the export, taken on the UI thread when the
// export starts (implicitly shared Qt containers: copying costs nothing).
struct ExportSource {
  QList<QueryResult> results;                           // the lot, in lot order
  std::vector<Verdict> overrides;                       // per row; Verdict::None: no override
  std::vector<exporting::OverrideNote> overrideNotes;   // per row: who / when / why of the override
  std::vector<exporting::OverrideLogLine> overrideLog;  // every change of an override, oldest first
  QHash<QString, QImage> queryMasks;                    // edited masks by query path (Grayscale8, 0 / 255)
  int currentRow = -1;
  Thresholds thresholds;
  // Where the thresholds came from, stated in the reports (reportThresholdSource); empty: not stated, left out.
  QString thresholdSource;
  QString recipe;                 // the recipe's product name, stated in the reports; empty: none
  std::size_t minDefectArea = 0;  // verdicts: fail needs a region this large (verdict.h); 0: none
  QString modelDescription, backbone, head;
  QString tiling;  // how the results were tiled (tiling::describeTiling); empty: scored whole
  ReferenceSet references;
  QList<QImage> referenceMaskEdits;  // the edit of references.defective[i]'s mask, index for index (null: none)
};

class ExportDialog : public QDialog {
  Q_OBJECT
 public:
  explicit ExportDialog(QWidget* parent = nullptr);
  ~ExportDialog() override;  // cancels a running export and waits for its current image

  // Asked for the lot's state when Export is pressed.
  void setSourceProvider(std::function<ExportSource()> provider) { provider_ = std::move(provider); }

  // Format names as on the command line ("mvtec", "png", "coco-rle", ...).
  QStringList formats() const;
  void setFormats(const QStringList& names);
  QCheckBox* formatBox(const QString& name) const;
  QString outputFolder() const;
  void setOutputFolder(const QString& folder);
  // The lot being inspected: the export never goes inside it (the next run
  // of the lot would score the exported PNGs), and when no folder is chosen
  // yet, or the last one lies inside the lot, it defaults to a sibling,
  // "<lot>-export".
  void setLotFolder(const QString& lot);
  static QString defaultFolderFor(const QString& lot);
  ExportScope scope() const;
  void setScope(ExportScope scope);

  // Starts the export; false (with a message in the dialog) when it cannot.
  bool startExport();
  void cancelExport();
  bool isRunning() const;
  const exporting::ExportOutcome& outcome() const { return outcome_; }
  QProgressBar* progressBar() const { return progress_; }
  QListWidget* errorList() const { return errors_; }
  QLabel* statusLabel() const { return status_; }
  QPushButton* exportButton() const { return exportButton_; }
  QPushButton* cancelButton() const { return cancelButton_; }

 Q_SIGNALS:
  void exportFinished(bool cancelled, const QStringList& errors);

 protected:
  void reject() override;

 private:
  void chooseFolder();
  void onFinished();
  void updateButtons();

  std::function<ExportSource()> provider_;
  QHash<QString, QCheckBox*> formatBoxes_;
  QStringList formatOrder_;
  QLineEdit* folder_ = nullptr;
  QComboBox* scope_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* status_ = nullptr;
  QListWidget* errors_ = nullptr;
  QPushButton* exportButton_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
  QPushButton* closeButton_ = nullptr;
  QFutureWatcher<exporting::ExportOutcome>* watcher_ = nullptr;
  std::shared_ptr<std::atomic<bool>> cancel_;
  exporting::ExportOutcome outcome_;
  QString exportFolder_;  // of the export running or last run
  QString lotFolder_;
};

}  // namespace nagl::ui
