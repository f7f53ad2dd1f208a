// Recipes in the workstation (issue 21 item 2): Save as recipe writes the
// inspection's model, references and thresholds; New lot from recipe in
// another window takes them, scores a lot folder with them (the same scores),
// names the recipe in the title, the thresholds' source and the reports, and
// keeps it in the project; a recipe whose reference changed is refused.
#include <gtest/gtest.h>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/export/export_dialog.h"
#include "ui/lot/lot_run_controller.h"
#include "ui/recipe/recipe_controller.h"
#include "ui/recipe/recipe_library.h"
#include "ui/shell/main_window.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

constexpr int kRunTimeoutMs = 120000;

QString lotFolder(const QString& dir) {
  for (const char* name : {"query_0.png", "query_1.png"})
    test::writeFile(dir + QStringLiteral("/lot/") + QLatin1String(name),
                    test::fileBytes(test::goldenImage(QLatin1String(name))));
  return dir + QStringLiteral("/lot");
}

std::vector<double> scoresOf(const InspectionDocument& document) {
  std::vector<double> out;
  for (const QueryResult& r : document.results()) out.push_back(r.score);
  return out;
}

TEST(RecipeWorkstation, ARecipeSavedFromOneInspectionScoresANewLotTheSameInAnother) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "no golden data";
  const QString dir = test::scratchDir(QStringLiteral("recipe-workstation"));
  const QString lot = lotFolder(dir);
  const QString file = dir + QStringLiteral("/widget.naglrecipe");

  MainWindow first;
  first.setModelSettings(test::tinySettings());
  const ReferenceSet refs = test::tinyReferences();
  first.document()->restoreReferences(refs.normals, refs.defective);
  first.document()->setUserThresholds({0.3, 0.36});
  first.document()->setMinDefectArea(25);
  QSignalSpy saved(first.recipes(), &RecipeController::saved);
  ASSERT_TRUE(first.recipes()->saveRecipe(file, QStringLiteral("widget"), QStringLiteral("line 3")));
  ASSERT_TRUE(saved.wait(60000));
  EXPECT_EQ(first.recipes()->library()->listedFiles().value(0), QFileInfo(file).absoluteFilePath());
  QSignalSpy firstRun(first.session(), &InspectionSession::runFinished);
  first.lotRuns()->openLotFolder(lot, true);
  ASSERT_TRUE(firstRun.wait(kRunTimeoutMs));

  MainWindow second;  // a fresh inspection: no model chosen, no references
  QStringList errors;
  second.recipes()->setErrorSink([&errors](const QString& text, bool) { errors << text; });
  QSignalSpy applied(second.recipes(), &RecipeController::applied);
  QSignalSpy secondRun(second.session(), &InspectionSession::runFinished);
  ASSERT_TRUE(second.recipes()->newLotFromRecipe(file, lot));
  ASSERT_TRUE(applied.wait(60000)) << errors.join('\n').toStdString();
  ASSERT_TRUE(secondRun.wait(kRunTimeoutMs));
  InspectionDocument* doc = second.document();
  EXPECT_EQ(doc->thresholds().review, 0.3);
  EXPECT_EQ(doc->thresholds().fail, 0.36);
  EXPECT_EQ(doc->thresholdSource().kind, ThresholdSource::Kind::Recipe);
  EXPECT_EQ(doc->minDefectArea(), 25U);
  EXPECT_EQ(doc->recipe().product, QStringLiteral("widget"));
  EXPECT_TRUE(second.windowTitle().contains(QStringLiteral("widget"))) << second.windowTitle().toStdString();
  ASSERT_EQ(doc->normals().size(), 1);
  EXPECT_TRUE(doc->normals().first().startsWith(QFileInfo(file).absoluteFilePath() + QStringLiteral(".d/")))
      << "the recipe's copies are the references";
  EXPECT_EQ(QFileInfo(doc->modelSettings().head).canonicalFilePath(),
            QFileInfo(test::tinySettings().head).canonicalFilePath());
  const std::vector<double> a = scoresOf(*first.document()), b = scoresOf(*doc);
  ASSERT_EQ(a.size(), 2U);
  ASSERT_EQ(b.size(), 2U);
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_NEAR(a[i], b[i], 1e-6) << i;

  // The reports name the recipe.
  ExportDialog* dialog = second.openExportDialog();
  dialog->setFormats({QStringLiteral("report-json")});
  const QString out = dir + QStringLiteral("/export");
  dialog->setOutputFolder(out);
  QSignalSpy exported(dialog, &ExportDialog::exportFinished);
  ASSERT_TRUE(dialog->startExport());
  ASSERT_TRUE(exported.wait(60000));
  const QJsonObject report =
      QJsonDocument::fromJson(test::fileBytes(out + QStringLiteral("/report-json/report.json"))).object();
  EXPECT_EQ(report[QStringLiteral("recipe")].toString(), QStringLiteral("widget"));
  EXPECT_TRUE(report[QStringLiteral("thresholds")].toObject()[QStringLiteral("source")].toString().startsWith(
      QStringLiteral("recipe 'widget' (")));

  // A reference file changed since the recipe was made: refused, naming it; the inspection is left as it was.
  const QString copy = doc->normals().first();
  QByteArray changed = test::fileBytes(copy);
  changed[changed.size() - 1] = static_cast<char>(changed[changed.size() - 1] ^ 0x5a);
  test::writeFile(copy, changed);
  MainWindow third;
  third.recipes()->setErrorSink([&errors](const QString& text, bool) { errors << text; });
  QSignalSpy failed(third.recipes(), &RecipeController::failed);
  ASSERT_TRUE(third.recipes()->newLotFromRecipe(file, lot));
  ASSERT_TRUE(failed.wait(60000));
  EXPECT_TRUE(failed[0][0].toString().contains(QStringLiteral("changed"))) << failed[0][0].toString().toStdString();
  EXPECT_TRUE(third.document()->normals().isEmpty());
  EXPECT_TRUE(third.document()->recipe().file.isEmpty());
}

}  // namespace
}  // namespace nagl::ui
