#pragma once
// Getting weights into the model store from the workstation: import a file
// (validated by the store: errors are shown as the store words them) or
// download an official DINOv2 checkpoint with a progress bar and Cancel.
// Both run on a worker thread; modelReady() gives the stored file, which the
// caller then configures.
#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace nagl::ui {

class ModelStoreDialog : public QDialog {
  Q_OBJECT
 public:
  explicit ModelStoreDialog(QWidget* parent = nullptr);
  ~ModelStoreDialog() override;  // cancels a download and waits for the worker

  // What the buttons do; public for tests. url empty: the official URL of name.
  void importFile(const QString& path);
  void startDownload(const QString& name, const QString& url = {});
  void cancelDownload();
  bool isBusy() const;

  QString statusText() const;
  bool showsError() const { return error_; }
  QProgressBar* progressBar() const { return progress_; }
  QPushButton* cancelButton() const { return cancel_; }

  struct Outcome {
    bool ok = false;
    bool backbone = true;  // kind of the stored model
    QString path;          // stored file
    QString message;       // what happened, for the status line
  };

 Q_SIGNALS:
  // isBackbone: a DINOv2 backbone (else a NAGL head); path: the stored file.
  void modelReady(bool isBackbone, const QString& path);
  void finished(bool ok);

 private:
  struct Progress {
    std::atomic<unsigned long long> received{0};
    std::atomic<unsigned long long> total{0};
    std::atomic<bool> cancel{false};
  };
  void chooseFile();
  void run(std::function<Outcome()> job, bool download);
  void onFinished();
  void showStatus(const QString& text, bool error);
  void updateProgress();

  QComboBox* official_ = nullptr;
  QPushButton* import_ = nullptr;
  QPushButton* download_ = nullptr;
  QPushButton* cancel_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* status_ = nullptr;
  QTimer* progressTimer_ = nullptr;
  QFutureWatcher<Outcome>* watcher_ = nullptr;
  std::shared_ptr<Progress> progressState_;
  bool error_ = false;
};

}  // namespace nagl::ui
