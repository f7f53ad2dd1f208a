#pragma once
// Finds the lot's images that are references too — the same file, or another
// file with the same bytes (SHA-256) as a normal or defective reference — and
// keeps them in the document, whose lot table flags them and leaves them out
// of the scores, charts and thresholds. Runs in the background whenever the
// lot, the references or a run start could change the answer; only files
// whose size equals a reference's are read, so a big lot costs one stat per
// image. A request while a search runs is kept (one) and run after it.
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace nagl::ui {

class InspectionDocument;

class ReferenceCopyFinder : public QObject {
  Q_OBJECT
 public:
  using Copies = QHash<QString, QString>;  // lot image -> the reference it copies
  explicit ReferenceCopyFinder(InspectionDocument* document, QObject* parent = nullptr);
  ~ReferenceCopyFinder() override;

  // A search is running or about to.
  bool isBusy() const;
  // The search itself (any thread). Unreadable files match nothing.
  static Copies find(const QStringList& lot, const QStringList& references);

 Q_SIGNALS:
  // The document has the result of the latest request.
  void finished();

 private:
  void start();
  void onFinished();

  InspectionDocument* document_;
  QTimer* trigger_;
  QFutureWatcher<Copies>* watcher_;
  bool again_ = false;
  // From a start until its result is handled: the future reports finished before its signal arrives.
  bool running_ = false;
};

}  // namespace nagl::ui
