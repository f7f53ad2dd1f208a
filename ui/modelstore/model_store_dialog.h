#pragma once
// The model store from the workstation: a list of the stored models (kind,
// architecture, what a head's training sidecar says, size, digest, ★ on the
// defaults), Set as default and Remove (asked first), import a file
// (validated by the store: errors are shown as the store words them) or
// download an official DINOv2 checkpoint with a progress bar and Cancel.
// Every store access runs on a worker thread: a change waits for the store's
// lock, which `nagl models import` holds for the whole validation, and the
// listing reads each head's sidecar too. modelReady() gives the stored file of
// an import, download or new default, which the caller then configures.
#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <functional>
#include <memory>

#include "ui/modelstore/model_store_listing.h"

class QComboBox;
class QTreeWidget;
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
  // Rereads the store (after each change, and when the dialog opens); listed() follows.
  void refresh();
  void setDefaultModel(const QString& name);
  // Asks first (a window-modal question, open()ed, never exec()); a default
  // is removed only after the question says which model takes its place.
  void removeModel(const QString& name);

  QTreeWidget* modelList() const { return list_; }
  QPushButton* setDefaultButton() const { return setDefault_; }
  QPushButton* removeButton() const { return remove_; }

  QString statusText() const;
  bool showsError() const { return error_; }
  QProgressBar* progressBar() const { return progress_; }
  QPushButton* cancelButton() const { return cancel_; }

  struct Outcome {
    bool ok = false;
    bool backbone = true;      // kind of the stored model
    QString path;              // stored file
    QString message;           // what happened, for the status line
    bool configure = true;     // modelReady() on success (not after a removal)
    int trainedImageSize = 0;  // a head's, from its training sidecar; 0 when unknown
  };

 Q_SIGNALS:
  // isBackbone: a DINOv2 backbone (else a NAGL head); path: the stored file;
  // trainedImageSize: the image size a head was trained at, from its
  // sidecar (0 when unknown), which the settings then take by default.
  void modelReady(bool isBackbone, const QString& path, int trainedImageSize);
  void finished(bool ok);
  void listed();  // the list shows the store as it is now

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
  void onListed();
  void updateButtons();
  QString selectedName() const;
  QString removalQuestion(const QString& name) const;

  QComboBox* official_ = nullptr;
  QPushButton* import_ = nullptr;
  QPushButton* download_ = nullptr;
  QPushButton* cancel_ = nullptr;
  QTreeWidget* list_ = nullptr;
  QPushButton* setDefault_ = nullptr;
  QPushButton* remove_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* status_ = nullptr;
  QTimer* progressTimer_ = nullptr;
  QFutureWatcher<Outcome>* watcher_ = nullptr;
  QFutureWatcher<StoreListing>* listWatcher_ = nullptr;
  StoreListing listing_;
  bool refreshAgain_ = false;
  std::shared_ptr<Progress> progressState_;
  bool error_ = false;
};

}  // namespace nagl::ui
