#include "ui/lot/lot_browser.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "ui/lot/lot_table_model.h"
#include "ui/lot/override_menu.h"
#include "ui/lot/thumbnail_cache.h"

namespace nagl::ui {
namespace {

// The first local folder among dragged URLs, or an empty string.
QString droppedFolder(const QMimeData* mime) {
  if (!mime || !mime->hasUrls()) return {};
  for (const QUrl& url : mime->urls())
    if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir()) return url.toLocalFile();
  return {};
}

}  // namespace

LotBrowser::LotBrowser(QWidget* parent)
    : QWidget(parent),
      model_(new LotTableModel(this)),
      proxy_(new LotFilterProxy(this)),
      thumbnails_(new ThumbnailCache(this)),
      table_(new QTableView(this)),
      grid_(new QListView(this)),
      stack_(new QStackedWidget(this)),
      filter_(new QComboBox(this)),
      gridButton_(new QToolButton(this)) {
  model_->setThumbnails(thumbnails_);
  proxy_->setSourceModel(model_);

  table_->setModel(proxy_);
  table_->setSortingEnabled(true);
  table_->sortByColumn(LotTableModel::NameColumn, Qt::AscendingOrder);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setAlternatingRowColors(true);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setIconSize(QSize(18, 18));
  table_->verticalHeader()->setVisible(false);
  table_->verticalHeader()->setDefaultSectionSize(22);
  // Fixed rows: after each re-sort the header need not measure 10,000 sections.
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->setColumnWidth(LotTableModel::NameColumn, 190);
  table_->setColumnWidth(LotTableModel::ScoreColumn, 70);
  table_->setColumnWidth(LotTableModel::VerdictColumn, 75);
  table_->setColumnWidth(LotTableModel::TilesColumn, 45);

  grid_->setModel(proxy_);
  grid_->setSelectionModel(table_->selectionModel());  // one selection for both views
  grid_->setViewMode(QListView::IconMode);
  grid_->setIconSize(QSize(ThumbnailCache::kSide, ThumbnailCache::kSide));
  grid_->setGridSize(QSize(ThumbnailCache::kSide + 24, ThumbnailCache::kSide + 28));
  grid_->setUniformItemSizes(true);  // layout without asking every row for its size
  grid_->setResizeMode(QListView::Adjust);
  grid_->setMovement(QListView::Static);
  grid_->setLayoutMode(QListView::Batched);
  grid_->setBatchSize(500);
  grid_->setSelectionMode(QAbstractItemView::SingleSelection);
  grid_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  grid_->setWordWrap(false);

  stack_->addWidget(table_);
  stack_->addWidget(grid_);

  filterNames_ = {tr("All verdicts"), tr("Pass"),       tr("Review"),  // in the order of LotFilterProxy::Filter
                  tr("Fail"),         tr("Not scored"), tr("Error"),  tr("References")};
  filter_->addItems(filterNames_);
  filter_->setToolTip(
      tr("Show only the images with this verdict (error: unreadable; references: images of the "
         "lot that are references, left out of the scores)"));
  countTimer_ = new QTimer(this);
  countTimer_->setSingleShot(true);
  countTimer_->setInterval(150);  // a run updates rows in batches: count once per pause
  connect(countTimer_, &QTimer::timeout, this, &LotBrowser::updateCounts);
  const auto recount = [this] {
    if (!countTimer_->isActive()) countTimer_->start();
  };
  connect(model_, &QAbstractItemModel::dataChanged, countTimer_, recount);
  connect(model_, &QAbstractItemModel::modelReset, countTimer_, recount);
  connect(model_, &QAbstractItemModel::rowsInserted, countTimer_, recount);
  connect(model_, &LotTableModel::verdictsChanged, countTimer_, recount);
  // After newest first (no indicator), a click on a column sorts by it and shows so.
  connect(table_->horizontalHeader(), &QHeaderView::sectionClicked, this,
          [this] { table_->horizontalHeader()->setSortIndicatorShown(true); });
  connect(filter_, &QComboBox::currentIndexChanged, this,
          [this](int index) { proxy_->setVerdictFilter(static_cast<LotFilterProxy::Filter>(index)); });
  gridButton_->setText(tr("Grid"));
  gridButton_->setCheckable(true);
  gridButton_->setToolTip(tr("Show the lot as a grid of thumbnails"));
  connect(gridButton_, &QToolButton::toggled, this, &LotBrowser::showGrid);

  auto* bar = new QHBoxLayout;
  bar->addWidget(filter_, 1);
  bar->addWidget(gridButton_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addLayout(bar);
  layout->addWidget(stack_, 1);
  auto* hint = new QLabel(
      tr("↑↓ Home End: move · P / R / F: override the verdict · N / Shift+N: next / previous fail or review · "
         "right-click: comment"),
      this);
  hint->setWordWrap(true);
  hint->setStyleSheet(QStringLiteral("color: gray;"));
  layout->addWidget(hint);

  setAcceptDrops(true);  // the views do not take drops, so they reach this widget
  setToolTip(tr("Drop a folder here to open it as the lot"));
  overrideMenu_ = new OverrideMenu(this);
  advance_ = new QAction(tr("&Advance after a verdict"), this);
  advance_->setCheckable(true);
  advance_->setChecked(true);
  advance_->setToolTip(tr("After P / R / F, move to the next image"));
  nextFlagged_ = new QAction(tr("&Next fail or review"), this);
  nextFlagged_->setShortcut(Qt::Key_N);
  connect(nextFlagged_, &QAction::triggered, this, [this] { moveToFlagged(+1); });
  previousFlagged_ = new QAction(tr("&Previous fail or review"), this);
  previousFlagged_->setShortcut(Qt::SHIFT | Qt::Key_N);
  connect(previousFlagged_, &QAction::triggered, this, [this] { moveToFlagged(-1); });
  addActions({nextFlagged_, previousFlagged_});  // their keys work without the menu too
  table_->installEventFilter(this);
  grid_->installEventFilter(this);
  connect(table_->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex&, const QModelIndex&) { Q_EMIT currentRowChanged(currentSourceRow()); });
}

QAbstractItemView* LotBrowser::currentView() const {
  return isGridShown() ? static_cast<QAbstractItemView*>(grid_) : table_;
}

void LotBrowser::showGrid(bool grid) {
  stack_->setCurrentWidget(grid ? static_cast<QWidget*>(grid_) : table_);
  if (gridButton_->isChecked() != grid) gridButton_->setChecked(grid);
  if (currentView()->currentIndex().isValid()) currentView()->scrollTo(currentView()->currentIndex());
}

bool LotBrowser::isGridShown() const { return stack_->currentWidget() == grid_; }

void LotBrowser::setVerdictFilter(LotFilterProxy::Filter filter) { filter_->setCurrentIndex(static_cast<int>(filter)); }

void LotBrowser::sortBy(int column, Qt::SortOrder order) {
  table_->horizontalHeader()->setSortIndicatorShown(true);
  table_->sortByColumn(column, order);
}

void LotBrowser::sortNewestFirst() {
  table_->horizontalHeader()->setSortIndicatorShown(false);  // no column is the order
  proxy_->sortNewestFirst();
}

int LotBrowser::currentSourceRow() const {
  const QModelIndex current = table_->selectionModel()->currentIndex();
  return current.isValid() ? proxy_->mapToSource(current).row() : -1;
}

void LotBrowser::setCurrentSourceRow(int row) {
  const QModelIndex index = proxy_->mapFromSource(model_->index(row, 0));
  if (!index.isValid()) return;
  table_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  currentView()->scrollTo(index);
}

bool LotBrowser::toggleOverride(Verdict verdict) {
  const int row = currentSourceRow();
  if (row < 0) return false;
  if (model_->isError(row) || model_->isReferenceCopy(row)) {
    const QString name = model_->index(row, LotTableModel::NameColumn).data().toString();
    Q_EMIT message(model_->isError(row) ? tr("%1 is unreadable: it has no score to judge (verdict error).").arg(name)
                                        : tr("%1 is a reference image: it is left out of the scores.").arg(name),
                   8000);
    return false;
  }
  const bool same = model_->isOverridden(row) && model_->verdictAt(row) == verdict;
  model_->setOverride(row, same ? Verdict::None : verdict);
  if (same || !advancesAfterVerdict()) return true;
  const QModelIndex next = proxy_->index(proxy_->mapFromSource(model_->index(row, 0)).row() + 1, 0);
  if (next.isValid()) setCurrentSourceRow(proxy_->mapToSource(next).row());
  return true;
}

void LotBrowser::updateCounts() {
  countTimer_->stop();
  const auto counts = LotFilterProxy::counts(*model_);
  for (int i = 0; i < LotFilterProxy::kFilterCount; ++i)
    filter_->setItemText(i, QStringLiteral("%1 (%2)").arg(filterNames_.at(i)).arg(counts[static_cast<std::size_t>(i)]));
}

QStringList LotBrowser::filterTexts() const {
  QStringList texts;
  for (int i = 0; i < filter_->count(); ++i) texts << filter_->itemText(i);
  return texts;
}

bool LotBrowser::moveToFlagged(int step) {
  const int current = proxy_->mapFromSource(model_->index(currentSourceRow(), 0)).row();  // -1: none
  const int start = current < 0 && step < 0 ? proxy_->rowCount() : current;
  for (int viewRow = start + step; viewRow >= 0 && viewRow < proxy_->rowCount(); viewRow += step) {
    const int row = proxy_->mapToSource(proxy_->index(viewRow, 0)).row();
    const Verdict v = model_->verdictAt(row);
    if (v == Verdict::Fail || v == Verdict::Review) {
      setCurrentSourceRow(row);
      return true;
    }
  }
  return false;
}

bool LotBrowser::advancesAfterVerdict() const { return advance_->isChecked(); }

void LotBrowser::setAdvanceAfterVerdict(bool advance) { advance_->setChecked(advance); }

void LotBrowser::dragEnterEvent(QDragEnterEvent* event) {
  if (!droppedFolder(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void LotBrowser::dragMoveEvent(QDragMoveEvent* event) {
  if (!droppedFolder(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void LotBrowser::dropEvent(QDropEvent* event) {
  const QString folder = droppedFolder(event->mimeData());
  if (folder.isEmpty()) return;
  event->acceptProposedAction();
  Q_EMIT folderDropped(folder);
}

bool LotBrowser::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::KeyPress && (watched == table_ || watched == grid_)) {
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & ~Qt::KeypadModifier) return QWidget::eventFilter(watched, event);
    switch (key->key()) {
      case Qt::Key_P:
        toggleOverride(Verdict::Pass);
        return true;
      case Qt::Key_R:
        toggleOverride(Verdict::Review);
        return true;
      case Qt::Key_F:
        toggleOverride(Verdict::Fail);
        return true;
      default:
        break;
    }
  }
  return QWidget::eventFilter(watched, event);
}

}  // namespace nagl::ui
