// The UI thread with a 10,000-image lot: open the folder, stream in scores
// (as the session drains them: up to 500 rows per event-loop turn, one
// dataChanged each) while the table
// is sorted by score, scroll the thumbnail grid end to end, change the
// thresholds and the verdict filter. A 2 ms timer records the longest gap of
// the event loop (the stall), printed as NAGL_UI_MAX_STALL_MS.
#include <gtest/gtest.h>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <random>

#include "stall_meter.h"
#include "ui/lot/lot_browser.h"
#include "ui/lot/lot_table_model.h"
#include "ui/project/project_controller.h"
#include "ui/shell/main_window.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

constexpr int kImages = 10000;

// Tiny PNGs, written once and reused between runs.
QString makeLot() {
  const QString dir = QStringLiteral(NAGL_TEST_TMP_DIR "/stall_lot");
  if (QFile::exists(dir + QStringLiteral("/.complete"))) return dir;
  QDir(dir).removeRecursively();
  for (int i = 0; i < kImages; ++i) {
    const QString sub = dir + QStringLiteral("/part%1").arg(i / 1000);
    if (i % 1000 == 0) QDir().mkpath(sub);
    QImage image(12, 12, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(i * 37 % 360, 180, 60 + i % 180));
    image.save(sub + QStringLiteral("/%1.png").arg(i, 5, 10, QLatin1Char('0')));
  }
  test::writeFile(dir + QStringLiteral("/.complete"), "");
  return dir;
}

// Names the event after which the event loop was busiest: an application-wide
// filter sees every event as it is delivered, so the time from one event to
// the next is (roughly) what handling the first one took.
class StallCulprit : public QObject {
 public:
  StallCulprit() {
    clock_.start();
    qApp->installEventFilter(this);
  }
  ~StallCulprit() override { qApp->removeEventFilter(this); }
  void reset() {
    worstNs_ = 0;
    worst_.clear();
  }
  QString worst() const { return worst_ + QStringLiteral(" %1 ms").arg(worstNs_ / 1000000); }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override {
    const qint64 now = clock_.nsecsElapsed();
    if (now - last_ > worstNs_) {
      worstNs_ = now - last_;
      worst_ = last_event_;
    }
    last_ = now;
    last_event_ =
        QStringLiteral("%1 to %2").arg(event->type()).arg(QString::fromLatin1(watched->metaObject()->className()));
    return false;
  }

 private:
  QElapsedTimer clock_;
  qint64 last_ = 0, worstNs_ = 0;
  QString worst_, last_event_;
};

TEST(LotStall, TenThousandImagesKeepTheEventLoopResponsive) {
  const QString dir = makeLot();
  MainWindow window;
  window.resize(1280, 860);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  QTest::qWait(100);

  test::StallMeter meter;
  StallCulprit culprit;
  qint64 worst = 0;
  auto phase = [&](const char* name) {
    std::printf("  stall phase %-24s %4lld ms   (longest event: %s)\n", name, static_cast<long long>(meter.maxGapMs()),
                qPrintable(culprit.worst()));
    worst = std::max(worst, meter.maxGapMs());
    meter.reset();
    culprit.reset();
  };

  QSignalSpy loaded(&window, &MainWindow::lotLoaded);
  window.openLotFolder(dir);
  ASSERT_TRUE(loaded.wait(30000));
  ASSERT_EQ(loaded[0][0].toInt(), kImages);
  QTest::qWait(50);
  phase("open folder");

  LotBrowser* lot = window.lotBrowser();
  LotTableModel* model = lot->lotModel();
  lot->sortBy(LotTableModel::ScoreColumn, Qt::DescendingOrder);
  phase("sort");
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> score(0.0, 1.0);
  QList<QueryResult> results;
  for (int row = 0; row < kImages; ++row) results << model->rowAt(row);
  for (int start = 0; start < kImages; start += 500) {
    QList<int> rows;
    for (int row = start; row < std::min(kImages, start + 500); ++row) {
      results[row].status = QueryStatus::Done;
      results[row].score = score(rng);
      rows << row;
    }
    model->updateRows(rows, results);
    QTest::qWait(1);
  }
  QTest::qWait(400);  // the charts refresh
  phase("stream 10,000 scores");

  lot->showGrid(true);
  QTest::qWait(50);
  QScrollBar* bar = lot->grid()->verticalScrollBar();
  for (int step = 0; step <= 100; ++step) {
    bar->setValue(bar->maximum() * step / 100);
    QTest::qWait(8);
  }
  phase("scroll grid");
  lot->showGrid(false);
  QScrollBar* tableBar = lot->table()->verticalScrollBar();
  for (int step = 0; step <= 50; ++step) {
    tableBar->setValue(tableBar->maximum() * step / 50);
    QTest::qWait(8);
  }
  phase("scroll table");

  window.setThresholds({0.3, 0.7});
  QTest::qWait(400);
  phase("change thresholds");
  lot->setVerdictFilter(LotFilterProxy::Filter::Review);
  QTest::qWait(50);
  EXPECT_GT(lot->proxy()->rowCount(), 3000);
  lot->setVerdictFilter(LotFilterProxy::Filter::All);
  QTest::qWait(50);
  phase("filter by verdict");

  std::printf("NAGL_UI_MAX_STALL_MS=%lld\n", static_cast<long long>(worst));
  RecordProperty("max_stall_ms", static_cast<int>(worst));
  // The goal is 50 ms (measured: about 30 ms on 2 busy cores); the bound
  // leaves room for a heavily loaded CI machine.
  EXPECT_LT(worst, 100);
  // Its untitled work is asked about on close: discarded.
  window.projectController()->setPromptHandler(
      [](ProjectController::Prompt, const QString&) { return ProjectController::Answer::Discard; });
  EXPECT_TRUE(window.close());
}

}  // namespace
}  // namespace nagl::ui
