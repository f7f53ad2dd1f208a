#pragma once
// Finds the lot's images that are references too — the same file, or another
// file with the same bytes (SHA-256) as a normal or defective reference — and
// keeps them in the document, whose lot table flags them and leaves them out
// of the scores, charts and thresholds. Runs in the background whenever the
// lot, the references or a run start could change the answer; only files
// whose size equals a reference's are read, so a big lot costs one stat per
// image. A request while a search runs is kept (one) and run after it.
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

#include "ui/common/background_refresh.h"

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
  std::function<Copies()> prepare() const;

  InspectionDocument* document_;
  BackgroundRefresh<Copies> search_;
};

}  // namespace nagl::ui
