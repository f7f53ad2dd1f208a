#pragma once
// The lot browser: one LotTableModel behind a sort/filter proxy, shown as a
// table or as an icon grid of thumbnails (one selection shared by both), a
// verdict filter, and keyboard triage: arrows / Home / End move, P / R / F
// override the verdict (the same key again clears the override) and then,
// when "advance" is on, move to the next image; N / Shift+N go to the
// next / previous image whose verdict is fail or review; a context
// menu comments on an override or keeps it at a changed score. The filter
// lists each verdict with its count, unreadable images ("error") and images
// that are references too; P / R / F are refused on those (message): they
// have no score to judge. A folder dropped on it becomes the lot
// (folderDropped; the window opens it).
#include <QWidget>

#include "ui/lot/lot_filter_proxy.h"

class QAbstractItemView;
class QAction;
class QComboBox;
class QListView;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace nagl::ui {

class LotTableModel;
class OverrideMenu;
class ThumbnailCache;

class LotBrowser : public QWidget {
  Q_OBJECT
 public:
  explicit LotBrowser(QWidget* parent = nullptr);

  LotTableModel* lotModel() const { return model_; }
  LotFilterProxy* proxy() const { return proxy_; }
  QTableView* table() const { return table_; }
  QListView* grid() const { return grid_; }
  ThumbnailCache* thumbnails() const { return thumbnails_; }
  OverrideMenu* overrideMenu() const { return overrideMenu_; }
  QAbstractItemView* currentView() const;

  void showGrid(bool grid);
  bool isGridShown() const;
  void setVerdictFilter(LotFilterProxy::Filter filter);
  void sortBy(int column, Qt::SortOrder order);
  // The images that arrived last first (a watched folder); a click on a column header sorts by it again.
  void sortNewestFirst();
  // Row of the lot model under the current proxy row, or -1.
  int currentSourceRow() const;
  void setCurrentSourceRow(int row);
  // What P / R / F do on the current row (then the advance, when on); false
  // when refused (an error or reference row).
  bool toggleOverride(Verdict verdict);
  // The filter's entries as shown, with their counts (counted shortly after a change).
  QStringList filterTexts() const;
  void updateCounts();
  // N / Shift+N: step +1 or -1 through the view to the nearest row whose
  // verdict is fail or review; false (the current row kept) when none is left.
  bool moveToFlagged(int step);
  bool advancesAfterVerdict() const;
  void setAdvanceAfterVerdict(bool advance);
  // "Advance after a verdict" (checkable), next and previous fail or review:
  // for the window's menu, where their keys show.
  QList<QAction*> triageActions() const { return {advance_, nextFlagged_, previousFlagged_}; }

 Q_SIGNALS:
  void currentRowChanged(int sourceRow);
  void folderDropped(const QString& folder);
  void message(const QString& text, int timeoutMs);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dragMoveEvent(QDragMoveEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  LotTableModel* model_ = nullptr;
  LotFilterProxy* proxy_ = nullptr;
  ThumbnailCache* thumbnails_ = nullptr;
  QTableView* table_ = nullptr;
  QListView* grid_ = nullptr;
  QStackedWidget* stack_ = nullptr;
  QComboBox* filter_ = nullptr;
  QToolButton* gridButton_ = nullptr;
  OverrideMenu* overrideMenu_ = nullptr;
  QAction* advance_ = nullptr;
  QAction* nextFlagged_ = nullptr;
  QAction* previousFlagged_ = nullptr;
  QStringList filterNames_;
  QTimer* countTimer_ = nullptr;
};

}  // namespace nagl::ui
