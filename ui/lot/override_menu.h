#pragma once
// The lot views' context menu on an image's verdict override: comment on it
// (a small non-modal dialog), keep it at a score that changed since it was
// set, clear it. Every action goes through the document (undoable, logged).
#include <QObject>

class QAbstractItemView;
class QInputDialog;
class QMenu;
class QPoint;
class QWidget;

namespace nagl::ui {

class LotBrowser;

class OverrideMenu : public QObject {
  Q_OBJECT
 public:
  explicit OverrideMenu(LotBrowser* lot);

  // The menu for lot row `row`, parented to `parent` (deleted when closed).
  QMenu* menuFor(int row, QWidget* parent);
  // Opens the comment dialog of row's override (not modal); null without an override.
  QInputDialog* editComment(int row);

 private:
  void showAt(QAbstractItemView* view, const QPoint& pos);
  LotBrowser* lot_;
};

}  // namespace nagl::ui
