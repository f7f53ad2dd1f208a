// The minimum defect area in the workstation (issue 21 item 4): an image at
// or above fail whose largest region at or above fail is smaller than the
// minimum goes to review; the areas are measured in the background, follow
// the fail threshold and a drawn mask, and agree with the exported reports.
#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/document/region_area_meter.h"
#include "ui/export/export_dialog.h"
#include "ui/lot/lot_run_controller.h"
#include "ui/shell/main_window.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

// A 112 x 112 image whose 8 x 8 patch grid is 0.1 but for one hot cell.
QueryResult hotSpot(const QString& path, double score) {
  QueryResult r;
  r.path = path.toStdString();
  r.status = QueryStatus::Done;
  r.score = score;
  r.width = r.height = 112;
  r.patchGrid = FloatImage(8, 8);
  for (float& v : r.patchGrid.data) v = 0.1f;
  r.patchGrid.at(3, 3) = 0.9f;
  return r;
}

bool measured(const RegionAreaMeter& meter) {
  return QTest::qWaitFor([&meter] { return !meter.isBusy(); }, 20000);
}

TEST(MinDefectArea, ASmallRegionTurnsAFailIntoReviewOnceMeasured) {
  InspectionDocument document;
  RegionAreaMeter meter(&document);
  document.restoreLot({hotSpot(QStringLiteral("/lot/a.png"), 0.9)}, QStringLiteral("/lot"));
  document.setUserThresholds({0.3, 0.5});
  EXPECT_EQ(document.verdictAt(0), Verdict::Fail) << "no minimum: the score rules";
  EXPECT_FALSE(meter.isBusy()) << "nothing is measured while the minimum is 0";

  QSignalSpy verdicts(&document, &InspectionDocument::regionsMeasured);
  document.setMinDefectArea(100000);
  EXPECT_EQ(document.verdictAt(0), Verdict::Fail) << "until measured, it fails";
  ASSERT_TRUE(measured(meter));
  ASSERT_EQ(verdicts.size(), 1);
  const std::optional<std::size_t> area = document.largestRegionAt(0);
  ASSERT_TRUE(area);
  EXPECT_GT(*area, 0U);
  EXPECT_LT(*area, 112U * 112U);
  EXPECT_EQ(document.verdictAt(0), Verdict::Review);
  document.setMinDefectArea(*area);  // exactly the region's size: fail
  EXPECT_EQ(document.verdictAt(0), Verdict::Fail);

  // Another fail threshold: the area at the old one is not used, and is measured again.
  document.setUserThresholds({0.3, 0.7});
  EXPECT_FALSE(document.largestRegionAt(0));
  ASSERT_TRUE(measured(meter));
  ASSERT_TRUE(document.largestRegionAt(0));
  EXPECT_LT(*document.largestRegionAt(0), *area) << "a higher threshold, a smaller region";

  // A mask drawn on the image is its region, as in the reports.
  QImage mask(112, 112, QImage::Format_Grayscale8);
  mask.fill(0);
  for (int y = 0; y < 10; ++y)
    for (int x = 0; x < 20; ++x) mask.setPixel(x, y, 255);
  document.setQueryMask(QStringLiteral("/lot/a.png"), mask);
  ASSERT_TRUE(measured(meter));
  EXPECT_EQ(document.largestRegionAt(0), std::optional<std::size_t>(200));
}

TEST(MinDefectArea, TheWorkstationsVerdictsAndAreasAreTheReports) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "no golden data";
  MainWindow window;
  window.setModelSettings(test::tinySettings());
  const ReferenceSet refs = test::tinyReferences();
  window.document()->restoreReferences(refs.normals, refs.defective);
  window.setLot({test::goldenImage(QStringLiteral("query_0.png")), test::goldenImage(QStringLiteral("query_1.png"))});
  QSignalSpy finished(window.session(), &InspectionSession::runFinished);
  ASSERT_TRUE(window.runInspection());
  ASSERT_TRUE(finished.wait(120000));
  InspectionDocument* doc = window.document();
  const double low = std::min(doc->results()[0].score, doc->results()[1].score);
  doc->setUserThresholds({low - 0.02, low - 0.01});  // both at or above fail by score
  doc->setMinDefectArea(1);
  ASSERT_TRUE(measured(*window.lotRuns()->regionAreaMeter()));
  ASSERT_TRUE(doc->largestRegionAt(0) && doc->largestRegionAt(1));
  const std::size_t smaller = std::min(*doc->largestRegionAt(0), *doc->largestRegionAt(1));
  const std::size_t larger = std::max(*doc->largestRegionAt(0), *doc->largestRegionAt(1));
  ASSERT_LT(smaller, larger) << "the test needs two different regions";
  doc->setMinDefectArea(larger);  // the larger region fails, the smaller goes to review

  ExportDialog* dialog = window.openExportDialog();
  dialog->setFormats({QStringLiteral("report-json")});
  const QString out = test::scratchDir(QStringLiteral("min-defect-area-export"));
  dialog->setOutputFolder(out);
  QSignalSpy exported(dialog, &ExportDialog::exportFinished);
  ASSERT_TRUE(dialog->startExport());
  ASSERT_TRUE(exported.wait(60000));
  QFile file(out + QStringLiteral("/report-json/report.json"));
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
  EXPECT_EQ(report[QStringLiteral("min_defect_area")].toInteger(), static_cast<qint64>(larger));
  const QJsonArray images = report[QStringLiteral("images")].toArray();
  ASSERT_EQ(images.size(), 2);
  for (int row = 0; row < 2; ++row) {
    const QJsonObject image = images[row].toObject();
    EXPECT_EQ(image[QStringLiteral("largest_region_area")].toInteger(),
              static_cast<qint64>(*doc->largestRegionAt(row)));
    EXPECT_EQ(image[QStringLiteral("verdict")].toString(), verdictName(doc->verdictAt(row))) << row;
  }
  EXPECT_NE(doc->verdictAt(0), doc->verdictAt(1));
}

}  // namespace
}  // namespace nagl::ui
