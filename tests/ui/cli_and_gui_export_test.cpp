// The workstation's Export dialog and `nagl infer --export` run the same
// export job: for the same scored results (read back from the CLI's own
// scores.csv and patch grids) both write the same files, byte for byte.
#include <gtest/gtest.h>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <sstream>

#include "../support/cli_args.h"
#include "../support/cli_runner.h"
#include "nagl/export/output_stems.h"
#include "nagl/imaging/float_tiff.h"
#include "ui/export/export_dialog.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

constexpr float kThreshold = 0.35f;  // golden scores: query_0 0.3915 (fails), query_1 0.3055 (passes)

// COCO files carry the time they were written; the rest must be equal.
QByteArray withoutCocoDate(QByteArray json) {
  const QByteArray key = "\"date_created\": \"";
  if (const auto at = json.indexOf(key); at >= 0)
    json.remove(at + key.size(), json.indexOf('"', at + key.size()) - at - key.size());
  return json;
}

QStringList filesUnder(const QString& root) {
  QStringList files;
  QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) files << QDir(root).relativeFilePath(it.next());
  files.sort();
  return files;
}

// The CLI's results as the workstation holds them: score from scores.csv,
// patch grid from patch/<stem>.tiff, size from maps/<stem>.tiff (a stem keeps
// the query's folder below the lot: blob/query_0).
QList<QueryResult> resultsOf(const QString& out) {
  QList<QueryResult> results;
  std::istringstream csv(test::fileBytes(out + "/scores.csv").toStdString());
  std::string line;
  std::getline(csv, line);  // path,image_score
  std::vector<std::string> paths;
  while (std::getline(csv, line)) {
    QueryResult r;
    r.path = line.substr(0, line.rfind(','));
    r.status = QueryStatus::Done;
    r.score = std::stof(line.substr(line.rfind(',') + 1));
    results << r;
    paths.push_back(r.path);
  }
  const std::vector<std::string> stems = exporting::uniqueOutputStems(paths);
  for (qsizetype i = 0; i < results.size(); ++i) {
    QueryResult& r = results[i];
    const std::string& stem = stems[static_cast<std::size_t>(i)];
    r.patchGrid = imaging::readFloatTiff(out.toStdString() + "/patch/" + stem + ".tiff");
    const FloatImage map = imaging::readFloatTiff(out.toStdString() + "/maps/" + stem + ".tiff");
    r.width = map.width;
    r.height = map.height;
  }
  return results;
}

TEST(CliAndGuiExport, TheSameResultsGiveTheSameFiles) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  const QString root = test::scratchDir("cli_and_gui_export");
  // An MVTec-style lot, so the defect type comes from the folder.
  QDir().mkpath(root + "/data/part/test/blob");
  QDir().mkpath(root + "/data/part/test/good");
  ASSERT_TRUE(QFile::copy(test::goldenImage("query_0.png"), root + "/data/part/test/blob/query_0.png"));
  ASSERT_TRUE(QFile::copy(test::goldenImage("query_1.png"), root + "/data/part/test/good/query_1.png"));
  const ModelSettings model = test::tinySettings();
  const ReferenceSet refs = test::tinyReferences();
  const QString cliOut = root + "/cli";
  const nagl::test::CliResult cli = nagl::test::runCli([&] {
    std::vector<std::string> args = {"infer", "--backbone", model.backbone.toStdString(), "--head",
                                     model.head.toStdString()};
    nagl::test::append(args, nagl::test::words("--image-size 112 --device cpu --threads 2 --threshold 0.35"));
    return nagl::test::append(
        args, {"--normal", refs.normals[0].toStdString(), "--abnormal", refs.defective[0].image.toStdString(),
               "--abnormal-mask", refs.defective[0].mask.toStdString(), "--out", cliOut.toStdString(), "--export",
               "mvtec,png,coco-rle,coco-polygon,labelme,overlay,report-csv,report-json,report-pdf",
               (root + "/data").toStdString()});
  }());
  ASSERT_EQ(cli.exitCode, 0) << cli.output;
  EXPECT_EQ(cli.output.find("PDF report without"), std::string::npos) << cli.output;

  ExportSource source;
  source.results = resultsOf(cliOut);
  ASSERT_EQ(source.results.size(), 2);
  source.overrides.assign(2, Verdict::None);
  source.thresholds = {kThreshold, kThreshold};
  source.thresholdSource = "command line (--threshold)";  // as the CLI states it
  const QJsonObject reportModel = QJsonDocument::fromJson(test::fileBytes(cliOut + "/export/report-json/report.json"))
                                      .object()
                                      .value("model")
                                      .toObject();
  source.modelDescription = reportModel.value("description").toString();
  ASSERT_FALSE(source.modelDescription.isEmpty());
  source.backbone = model.backbone;
  source.head = model.head;
  source.references = refs;

  ExportDialog dialog;
  dialog.setSourceProvider([&source] { return source; });
  dialog.setFormats(
      {"mvtec", "png", "coco-rle", "coco-polygon", "labelme", "overlay", "report-csv", "report-json", "report-pdf"});
  const QString guiOut = root + "/gui/export";  // as deep as the CLI's: labelme's imagePath is relative
  dialog.setOutputFolder(guiOut);
  dialog.setScope(ExportScope::AllScored);
  QSignalSpy done(&dialog, &ExportDialog::exportFinished);
  ASSERT_TRUE(dialog.startExport());
  ASSERT_TRUE(done.wait(60000));
  ASSERT_EQ(done[0][1].toStringList(), QStringList()) << done[0][1].toStringList().join("\n").toStdString();

  const QString cliExport = cliOut + "/export";
  const QStringList files = filesUnder(cliExport);
  ASSERT_EQ(filesUnder(guiOut), files);
  EXPECT_GE(files.size(), 12);
  EXPECT_TRUE(files.contains("png/blob/query_0.png")) << files.join(" ").toStdString();
  EXPECT_TRUE(files.contains("overlay/good/query_1_overlay.png")) << files.join(" ").toStdString();
  for (const QString& name : files) {
    if (name == "report-pdf/report.pdf") continue;  // its creation date differs
    EXPECT_TRUE(withoutCocoDate(test::fileBytes(cliExport + "/" + name)) ==
                withoutCocoDate(test::fileBytes(guiOut + "/" + name)))
        << name.toStdString();
  }
}

}  // namespace
}  // namespace nagl::ui
