#pragma once
// Model > Train a head…: the form (dataset roots, dragged in or added,
// held-out categories, epochs, episodes, batch, image size, device, backbone
// and run folder; the reference's defaults), and the live view of the
// training it starts — progress with ETA, device and time per step, the loss
// and held-out AUROC charts, the CLI's notes — with Pause / Resume / Cancel.
// When a training finishes its best head goes into the model store and is
// offered as the default head. The dialog owns the training: closing it only
// hides it; the training goes on (TrainingLauncher asks before the
// workstation quits).
#include <QDialog>
#include <QFutureWatcher>

#include "ui/training/trained_head_import.h"
#include "ui/training/training_job.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace nagl::ui {

class FileDropList;
class TrainingCharts;

class TrainingDialog : public QDialog {
  Q_OBJECT
 public:
  // backbone: the workstation's, offered first (empty: the store's default).
  TrainingDialog(const QString& backbone, QWidget* parent = nullptr);

  TrainingJob* job() const { return job_; }
  TrainingCharts* charts() const { return charts_; }

  // The form's values, and setting them (tests; the last request is restored on open).
  TrainingRequest request() const;
  void setRequest(const TrainingRequest& request);

  // What the buttons do.
  bool start();
  bool resume();
  void pause() { job_->pause(); }
  void cancel();
  void useAsDefaultHead();

  QString statusText() const;
  QPushButton* startButton() const { return start_; }
  QPushButton* pauseButton() const { return pause_; }
  QPushButton* resumeButton() const { return resume_; }
  QPushButton* cancelButton() const { return cancel_; }
  QPushButton* defaultHeadButton() const { return useHead_; }
  const TrainedHeadImport& importedHead() const { return imported_; }

 Q_SIGNALS:
  void headImported(const nagl::ui::TrainedHeadImport& head);
  // The user made the trained head the default: the workstation configures it.
  void defaultHeadChosen(const QString& path, int trainedImageSize);

 private:
  QWidget* makeForm();
  void addRoots(const QStringList& folders);
  void chooseFolder(QLineEdit* target, const QString& title);
  void onState(TrainingJob::State state);
  void onStep(const TrainingStep& step);
  void updateButtons();
  void log(const QString& line);

  TrainingJob* job_;
  FileDropList* roots_ = nullptr;
  QLineEdit* categories_ = nullptr;
  QLineEdit* backbone_ = nullptr;
  QLineEdit* outDir_ = nullptr;
  QSpinBox* epochs_ = nullptr;
  QSpinBox* episodes_ = nullptr;
  QSpinBox* batch_ = nullptr;
  QSpinBox* imageSize_ = nullptr;
  QComboBox* device_ = nullptr;
  QWidget* form_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* status_ = nullptr;
  QLabel* deviceLine_ = nullptr;
  TrainingCharts* charts_ = nullptr;
  QPlainTextEdit* log_ = nullptr;
  QPushButton* start_ = nullptr;
  QPushButton* pause_ = nullptr;
  QPushButton* resume_ = nullptr;
  QPushButton* cancel_ = nullptr;
  QPushButton* useHead_ = nullptr;
  QFutureWatcher<TrainedHeadImport>* importWatcher_;
  QFutureWatcher<QString>* defaultWatcher_;
  TrainedHeadImport imported_;
  TrainingStart run_;
};

}  // namespace nagl::ui
