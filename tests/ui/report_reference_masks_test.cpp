// The reports name the masks a run actually used (issue 19, item 6): after a
// defective reference's mask is edited in the workstation, the exported
// report.json / report.csv / PDF name the copy the export saved of the edit,
// with the SHA-256 of that file, and not the original mask file; they also
// state where the thresholds came from.
#include <gtest/gtest.h>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "reference_mask_edit.h"
#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/export/export_dialog.h"
#include "ui/references/reference_panel.h"
#include "ui/shell/main_window.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

constexpr int kRunTimeoutMs = 120000;

TEST(ReportReferenceMasks, TheReportsNameTheEditedMaskBySavedCopyAndDigestNotTheOriginal) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  MainWindow window;
  window.setModelSettings(test::tinySettings());
  window.setRescoreDelay(20);
  ASSERT_TRUE(window.referencePanel()->addNormal(test::goldenImage("normal_0.png")));
  ASSERT_TRUE(window.referencePanel()->addDefective(test::goldenImage("abnormal_0.png")));  // mask found beside it
  window.setLot({test::goldenImage("query_0.png"), test::goldenImage("query_1.png")});
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  InspectionDocument* document = window.document();
  const QString original = document->defectives().at(0).mask;
  ASSERT_FALSE(original.isEmpty());
  InspectionSession* session = window.session();
  QSignalSpy started(session, &InspectionSession::runStarted);
  QSignalSpy finished(session, &InspectionSession::runFinished);
  ASSERT_TRUE(window.runInspection());
  ASSERT_TRUE(finished.wait(kRunTimeoutMs));

  // Edit the defective reference's mask: its top half becomes defect; the lot is scored again with it.
  test::paintTopHalfOfReferenceMask(window, 0, started, finished, kRunTimeoutMs);
  ASSERT_FALSE(HasFatalFailure());
  const QString image = document->defectives().at(0).image;
  const QImage edit = document->referenceMaskEdit(image, original);
  ASSERT_FALSE(edit.isNull());

  window.setThresholds({0.3, 0.36});
  ExportDialog* dialog = window.openExportDialog();
  ASSERT_NE(dialog, nullptr);
  dialog->setFormats({"report-csv", "report-json", "report-pdf"});
  const QString out = test::scratchDir("report_reference_masks");
  dialog->setOutputFolder(out);
  QSignalSpy done(dialog, &ExportDialog::exportFinished);
  ASSERT_TRUE(dialog->startExport());
  ASSERT_TRUE(done.wait(60000));
  ASSERT_EQ(done[0][1].toStringList(), QStringList()) << done[0][1].toStringList().join("\n").toStdString();

  // The saved copy holds the edit, pixel for pixel; its digest is recomputed here from the file.
  const QString copy = out + "/references/abnormal_0_mask_edited.png";
  const QImage saved = QImage(copy).convertToFormat(QImage::Format_Grayscale8);
  ASSERT_EQ(saved.size(), edit.size()) << copy.toStdString();
  const QImage editGrey = edit.convertToFormat(QImage::Format_Grayscale8);
  for (int y = 0; y < saved.height(); ++y)
    for (int x = 0; x < saved.width(); ++x)
      ASSERT_EQ(saved.pixelColor(x, y).value() != 0, editGrey.pixelColor(x, y).value() != 0) << x << "," << y;
  const QString digest = QCryptographicHash::hash(test::fileBytes(copy), QCryptographicHash::Sha256).toHex();
  const QString originalDigest =
      QCryptographicHash::hash(test::fileBytes(original), QCryptographicHash::Sha256).toHex();
  ASSERT_NE(digest, originalDigest);

  const QJsonObject report = QJsonDocument::fromJson(test::fileBytes(out + "/report-json/report.json")).object();
  const QJsonArray references = report["references"].toArray();
  ASSERT_EQ(references.size(), 2);
  const QJsonObject defective = references[1].toObject();
  EXPECT_EQ(defective["image"].toString(), image);
  EXPECT_EQ(defective["mask"].toString(), copy);
  EXPECT_EQ(defective["mask_sha256"].toString(), digest);
  EXPECT_TRUE(defective["mask_edited"].toBool());
  EXPECT_EQ(defective["edited_from"].toString(), original);
  EXPECT_TRUE(references[0].toObject()["mask"].isNull());  // the normal reference
  // Where the thresholds came from: here a person set them by hand before the export.
  EXPECT_EQ(report["thresholds"].toObject()["source"].toString(), "set by hand in the workstation");

  const QByteArray csv = test::fileBytes(out + "/report-csv/report.csv");
  EXPECT_TRUE(csv.contains((image + "=" + copy + " (edited, sha256 " + digest + ")").toUtf8())) << csv.toStdString();
  EXPECT_FALSE(csv.contains(("=" + original).toUtf8())) << "the original mask is not named as the one used";
  EXPECT_TRUE(csv.split('\n').at(0).endsWith(",threshold_source,recipe"));
  EXPECT_TRUE(csv.split('\n').at(1).endsWith(",set by hand in the workstation,")) << csv.toStdString();
  EXPECT_TRUE(test::fileBytes(out + "/report-pdf/report.pdf").startsWith("%PDF-"));
}

}  // namespace
}  // namespace nagl::ui
