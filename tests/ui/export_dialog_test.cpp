// The Export dialog in the workstation: a scored lot exported in every
// format, the user's edited mask and verdict overrides in the files, the
// failed-only scope, and cancel from the dialog without blocking the event loop.
#include <gtest/gtest.h>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <atomic>

#include "nagl/export/binary_mask.h"
#include "nagl/export/mask_import.h"
#include "nagl/vision/anomaly_map.h"
#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/export/export_dialog.h"
#include "ui/lot/lot_browser.h"
#include "ui/lot/lot_table_model.h"
#include "ui/masks/mask_layer.h"
#include "ui/references/reference_panel.h"
#include "ui/shell/main_window.h"
#include "ui/viewer/image_viewer.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

constexpr int kRunTimeoutMs = 120000;

QImage readGrey(const QString& path) { return QImage(path).convertToFormat(QImage::Format_Grayscale8); }

// Pixel-exact comparison of two 0/255 masks.
void expectSameMask(const QImage& actual, const QImage& expected, const QString& what) {
  ASSERT_EQ(actual.size(), expected.size()) << what.toStdString();
  for (int y = 0; y < expected.height(); ++y)
    ASSERT_EQ(0, memcmp(actual.constScanLine(y), expected.constScanLine(y), static_cast<std::size_t>(expected.width())))
        << what.toStdString() << " differs in row " << y;
}

QImage toQImage(const Image8& mask) {
  QImage image(mask.width, mask.height, QImage::Format_Grayscale8);
  for (int y = 0; y < mask.height; ++y)
    memcpy(image.scanLine(y), mask.pixels.data() + static_cast<std::size_t>(y) * mask.width,
           static_cast<std::size_t>(mask.width));
  return image;
}

QJsonObject readJson(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(file.readAll()).object();
}

TEST(ExportDialog, WritesTheChosenFormatsWithTheEditedMaskAndTheOverrides) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  MainWindow window;
  window.setModelSettings(test::tinySettings());
  ASSERT_TRUE(window.referencePanel()->addNormal(test::goldenImage("normal_0.png")));
  ASSERT_TRUE(window.referencePanel()->addDefective(test::goldenImage("abnormal_0.png")));
  const QString q0 = test::goldenImage("query_0.png"), q1 = test::goldenImage("query_1.png");
  window.setLot({q0, q1});
  InspectionSession* session = window.session();
  QSignalSpy finished(session, &InspectionSession::runFinished);
  ASSERT_TRUE(window.runInspection());
  ASSERT_TRUE(finished.wait(kRunTimeoutMs));
  ASSERT_EQ(finished[0][1].toString(), QString());
  const QueryResult r0 = session->results().at(0), r1 = session->results().at(1);
  ASSERT_EQ(r0.status, QueryStatus::Done);
  ASSERT_EQ(r1.status, QueryStatus::Done);

  // query_1 fails by its score; the user overrides it to pass (P).
  const Thresholds t{r1.score - 0.01, r1.score};
  window.setThresholds(t);
  LotBrowser* lot = window.lotBrowser();
  lot->setCurrentSourceRow(1);
  lot->toggleOverride(Verdict::Pass);
  ASSERT_TRUE(lot->lotModel()->isOverridden(1));
  window.document()->setOverrideComment(1, QStringLiteral("glare, not a dent"));

  // query_0 gets an edited mask in the viewer.
  QSignalSpy shown(window.viewer(), &ImageViewer::imageShown);
  lot->setCurrentSourceRow(0);
  ASSERT_TRUE(shown.wait(10000));
  ASSERT_EQ(window.maskTarget(), MainWindow::MaskTarget::Query);
  ASSERT_EQ(window.maskTargetPath(), q0);
  MaskLayer* layer = window.viewer()->maskLayer();
  layer->fillPolygon(QPolygonF({QPointF(5, 7), QPointF(40, 7), QPointF(40, 30), QPointF(5, 30)}));
  layer->floodFill(QPoint(r0.width - 1, r0.height - 1));  // the background: holes stay exact in RLE
  layer->fillPolygon(QPolygonF({QPointF(60, 60), QPointF(70, 60), QPointF(70, 70), QPointF(60, 70)}), true);
  const QImage edited = window.document()->queryMask(q0);
  ASSERT_FALSE(edited.isNull());
  ASSERT_EQ(edited, layer->mask());
  ASSERT_GT(layer->maskedPixels(), 0);
  ASSERT_NE(edited, toQImage(exporting::binaryMask(fullResolutionAnomalyMap(r0.patchGrid, r0.width, r0.height),
                                                   static_cast<float>(t.fail))));  // the edit is what counts

  ExportDialog* dialog = window.openExportDialog();
  ASSERT_NE(dialog, nullptr);
  EXPECT_EQ(window.exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
  const QStringList all = {"mvtec",   "png",        "coco-rle",    "coco-polygon", "labelme",
                           "overlay", "report-csv", "report-json", "report-pdf"};
  dialog->setFormats(all);
  EXPECT_EQ(dialog->formats(), all);
  const QString out = test::scratchDir("export_dialog_all");
  dialog->setOutputFolder(out);
  dialog->setScope(ExportScope::AllScored);
  QSignalSpy done(dialog, &ExportDialog::exportFinished);
  ASSERT_TRUE(dialog->startExport());
  ASSERT_TRUE(done.wait(60000));
  EXPECT_FALSE(done[0][0].toBool());
  EXPECT_EQ(done[0][1].toStringList(), QStringList()) << done[0][1].toStringList().join("\n").toStdString();
  EXPECT_EQ(dialog->outcome().imagesDone, 2);
  EXPECT_EQ(dialog->progressBar()->value(), dialog->progressBar()->maximum());

  // The edited mask, exactly, in png, mvtec and COCO RLE.
  expectSameMask(readGrey(out + "/png/query_0.png"), edited, "png/query_0.png");
  expectSameMask(readGrey(out + "/mvtec/ground_truth/defect/query_0_mask.png"), edited, "mvtec mask");
  const Image8 fromCoco =
      exporting::importMask((out + "/coco-rle/annotations.json").toStdString(), q0.toStdString(), r0.width, r0.height);
  expectSameMask(toQImage(fromCoco), edited, "coco-rle");
  // query_1 has no edit: its full-resolution map at the fail threshold.
  const Image8 expected1 =
      exporting::binaryMask(fullResolutionAnomalyMap(r1.patchGrid, r1.width, r1.height), static_cast<float>(t.fail));
  expectSameMask(readGrey(out + "/png/query_1.png"), toQImage(expected1), "png/query_1.png");
  expectSameMask(readGrey(out + "/mvtec/ground_truth/defect/query_1_mask.png"), toQImage(expected1), "mvtec 1");

  for (const char* file : {"coco-polygon/annotations.json", "labelme/query_0.json", "labelme/query_1.json",
                           "overlay/query_0_heatmap.png", "overlay/query_1_overlay.png", "report-csv/report.csv"})
    EXPECT_TRUE(QFileInfo(out + "/" + file).size() > 0) << file;
  QFile pdf(out + "/report-pdf/report.pdf");
  ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
  EXPECT_TRUE(pdf.read(5) == "%PDF-");
  EXPECT_EQ(QImage(out + "/overlay/query_0_overlay.png").size(), QSize(r0.width, r0.height));

  // The report: both thresholds, and the override of query_1.
  const QJsonObject report = readJson(out + "/report-json/report.json");
  EXPECT_DOUBLE_EQ(report["thresholds"].toObject()["review"].toDouble(), t.review);
  EXPECT_DOUBLE_EQ(report["thresholds"].toObject()["fail"].toDouble(), t.fail);
  const QJsonArray images = report["images"].toArray();
  ASSERT_EQ(images.size(), 2);
  const QJsonObject second = images[1].toObject();
  EXPECT_EQ(second["path"].toString(), q1);
  EXPECT_EQ(second["verdict"].toString(), "fail");
  EXPECT_EQ(second["override"].toString(), "pass");
  EXPECT_EQ(second["final_verdict"].toString(), "pass");
  // Who overrode it, when and why; the audit log of every change.
  const VerdictOverride& o = window.document()->overrideDetailsAt(1);
  EXPECT_EQ(second["override_by"].toString(), currentUserName());
  EXPECT_EQ(second["override_at"].toString(), o.at.toString(Qt::ISODateWithMs));
  EXPECT_EQ(second["override_comment"].toString(), "glare, not a dent");
  EXPECT_FALSE(second["score_changed_since_override"].toBool());
  EXPECT_TRUE(images[0].toObject()["override"].isNull());
  EXPECT_EQ(report["summary"].toObject()["overridden"].toInt(), 1);
  const QJsonArray log = report["override_log"].toArray();
  ASSERT_EQ(log.size(), 2);
  EXPECT_EQ(log[0].toObject()["action"].toString(), "set");
  EXPECT_EQ(log[0].toObject()["after"].toString(), "pass");
  EXPECT_EQ(log[1].toObject()["action"].toString(), "comment");
  EXPECT_EQ(log[1].toObject()["image"].toString(), q1);
  QFile csv(out + "/report-csv/report.csv");
  ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
  const QByteArray csvText = csv.readAll();
  EXPECT_TRUE(csvText.contains(",fail,pass,pass,"));
  EXPECT_TRUE(csvText.contains("," + currentUserName().toUtf8() + "," + o.at.toString(Qt::ISODateWithMs).toUtf8() +
                               ",\"glare, not a dent\",no,"))  // then the largest region and the minimum area
      << csvText.toStdString();

  // Failed only: exactly the rows whose final verdict is fail (query_1 not, by its override).
  const QString failedOut = test::scratchDir("export_dialog_failed");
  dialog->setOutputFolder(failedOut);
  dialog->setFormats({"png"});
  dialog->setScope(ExportScope::FailedOnly);
  const bool q0Fails = lot->lotModel()->verdictAt(0) == Verdict::Fail;
  done.clear();
  ASSERT_EQ(dialog->startExport(), q0Fails);
  if (q0Fails) {
    ASSERT_TRUE(done.wait(60000));
  }
  EXPECT_EQ(QFile::exists(failedOut + "/png/query_0.png"), q0Fails);
  EXPECT_FALSE(QFile::exists(failedOut + "/png/query_1.png"));
  EXPECT_FALSE(QFile::exists(failedOut + "/report-csv"));

  // The current image only.
  const QString currentOut = test::scratchDir("export_dialog_current");
  dialog->setOutputFolder(currentOut);
  dialog->setScope(ExportScope::Current);
  done.clear();
  ASSERT_TRUE(dialog->startExport());
  ASSERT_TRUE(done.wait(60000));
  EXPECT_TRUE(QFile::exists(currentOut + "/png/query_0.png"));
  EXPECT_FALSE(QFile::exists(currentOut + "/png/query_1.png"));
}

// A lot of large synthetic results (no image files needed for PNG masks).
ExportSource bigSource(int count, int side) {
  ExportSource source;
  source.thresholds = {0.4, 0.6};
  for (int i = 0; i < count; ++i) {
    QueryResult r;
    r.path = "/nonexistent/lot/img_" + std::to_string(i) + ".png";
    r.status = QueryStatus::Done;
    r.score = 0.5 + 0.01 * i;
    r.width = side;
    r.height = side;
    r.patchGrid = FloatImage(16, 16);
    for (int y = 0; y < 16; ++y)
      for (int x = 0; x < 16; ++x) r.patchGrid.at(x, y) = 0.05f * static_cast<float>(x + y);
    source.results << r;
  }
  source.overrides.assign(static_cast<std::size_t>(count), Verdict::None);
  return source;
}

TEST(ExportDialog, CancelStopsBetweenImagesWithoutBlockingTheEventLoop) {
  ExportDialog dialog;
  const ExportSource source = bigSource(60, 1024);
  dialog.setSourceProvider([source] { return source; });
  const QString out = test::scratchDir("export_dialog_cancel");
  dialog.setOutputFolder(out);
  dialog.setFormats({"png", "report-csv"});
  dialog.setScope(ExportScope::AllScored);

  int ticks = 0;
  QTimer timer;
  QObject::connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
  timer.start(5);
  QSignalSpy done(&dialog, &ExportDialog::exportFinished);
  ASSERT_TRUE(dialog.startExport());
  EXPECT_TRUE(dialog.isRunning());
  EXPECT_FALSE(dialog.exportButton()->isEnabled());
  EXPECT_TRUE(dialog.cancelButton()->isEnabled());
  ASSERT_TRUE(QTest::qWaitFor([&dialog] { return dialog.progressBar()->value() >= 1; }, 60000));
  EXPECT_GT(ticks, 0);  // the UI thread kept running while the worker exported
  QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
  ASSERT_TRUE(done.wait(60000));
  EXPECT_TRUE(done[0][0].toBool());
  EXPECT_TRUE(dialog.outcome().cancelled);
  const int written = dialog.outcome().imagesDone;
  EXPECT_GE(written, 1);
  EXPECT_LT(written, 60);
  EXPECT_FALSE(QFile::exists(out + "/report-csv/report.csv"));  // lot files only after every image
  // Every file written is whole; nothing half-written is left behind.
  const QStringList files = QDir(out + "/png").entryList(QDir::Files);
  EXPECT_EQ(files.size(), written);
  for (const QString& f : files) {
    EXPECT_FALSE(f.contains(".part")) << f.toStdString();
    EXPECT_EQ(QImage(out + "/png/" + f).size(), QSize(1024, 1024)) << f.toStdString();
  }
  EXPECT_TRUE(dialog.exportButton()->isEnabled());
}

TEST(ExportDialog, RefusesWithoutFormatsFolderOrScoredImagesAndListsFileErrors) {
  ExportDialog dialog;
  ExportSource source = bigSource(2, 64);
  source.results[1].status = QueryStatus::Failed;
  source.results[1].error = "unreadable";
  dialog.setSourceProvider([&source] { return source; });
  dialog.setFormats({});
  dialog.setOutputFolder(test::scratchDir("export_dialog_refuse"));
  EXPECT_FALSE(dialog.exportButton()->isEnabled());
  EXPECT_FALSE(dialog.startExport());
  dialog.setFormats({"png", "report-json"});
  EXPECT_TRUE(dialog.exportButton()->isEnabled());
  dialog.setScope(ExportScope::Current);  // no current row
  EXPECT_FALSE(dialog.startExport());
  EXPECT_FALSE(dialog.statusLabel()->text().isEmpty());

  // An output folder below a file cannot be made: the error names it.
  const QString blocker = test::scratchDir("export_dialog_refuse") + "/file";
  test::writeFile(blocker, "x");
  dialog.setOutputFolder(blocker + "/out");
  dialog.setScope(ExportScope::AllScored);
  QSignalSpy done(&dialog, &ExportDialog::exportFinished);
  ASSERT_TRUE(dialog.startExport());
  ASSERT_TRUE(done.wait(30000));
  const QStringList errors = done[0][1].toStringList();
  ASSERT_FALSE(errors.isEmpty());
  EXPECT_TRUE(errors[0].contains(blocker)) << errors[0].toStdString();
  EXPECT_FALSE(dialog.errorList()->isHidden());
  EXPECT_EQ(dialog.errorList()->count(), errors.size());

  // The whole lot's report lists the failed query with verdict "error".
  const QString out = test::scratchDir("export_dialog_report");
  dialog.setOutputFolder(out);
  done.clear();
  ASSERT_TRUE(dialog.startExport());
  ASSERT_TRUE(done.wait(30000));
  EXPECT_TRUE(done[0][1].toStringList().isEmpty());
  const QJsonArray images = readJson(out + "/report-json/report.json")["images"].toArray();
  ASSERT_EQ(images.size(), 2);
  EXPECT_EQ(images[1].toObject()["final_verdict"].toString(), "error");
  EXPECT_TRUE(QFile::exists(out + "/png/img_0.png"));
  EXPECT_FALSE(QFile::exists(out + "/png/img_1.png"));
}

// The export goes beside the lot, never into it (the next run would score
// the exported PNGs); the folder label's accelerator works.
TEST(ExportDialog, DefaultsBesideTheLotAndRefusesAFolderInsideIt) {
  const QString lot = test::scratchDir("export_dialog_lot") + "/lot7";
  QDir().mkpath(lot);
  ExportDialog dialog;
  ExportSource source = bigSource(1, 32);
  dialog.setSourceProvider([&source] { return source; });
  dialog.setFormats({"png"});
  dialog.setOutputFolder(lot + "/export");  // the last choice, inside this lot
  dialog.setLotFolder(lot);
  EXPECT_EQ(dialog.outputFolder(), test::scratchDir("export_dialog_lot") + "/lot7-export");
  dialog.setOutputFolder(lot + "/sub/out");
  EXPECT_FALSE(dialog.startExport());
  EXPECT_TRUE(dialog.statusLabel()->text().contains("inside the lot")) << dialog.statusLabel()->text().toStdString();
  EXPECT_FALSE(QDir(lot + "/sub").exists()) << "nothing written into the lot";
  const QString elsewhere = test::scratchDir("export_dialog_elsewhere");
  dialog.setOutputFolder(elsewhere);
  dialog.setLotFolder(lot);  // a choice outside the lot is kept
  EXPECT_EQ(dialog.outputFolder(), elsewhere);
  bool buddied = false;
  for (const QLabel* label : dialog.findChildren<QLabel*>())
    if (label->text() == "Output &folder:") buddied = label->buddy() != nullptr;
  EXPECT_TRUE(buddied) << "the label's & is an accelerator, not a literal";
}

}  // namespace
}  // namespace nagl::ui
