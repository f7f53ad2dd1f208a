// The project file: every field through JSON and back (overrides with who /
// when / comment and the override audit log included), the v0 -> v1 -> v2
// migration (fixture), the v1 fixture as written by the previous version, and
// clear refusals of corrupt, foreign and newer files.
#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "nagl/project/project.h"
#include "project_test_support.h"

namespace nagl::project {
namespace {

using test::fileBytes;
using test::freshDir;
using test::writeBytes;

Project everyField(const QString& root) {
  Project p;
  p.name = QStringLiteral("Lot 42 — Ünïcode 検査");
  p.normals = {root + QStringLiteral("/refs/good 1.png"), root + QStringLiteral("/refs/good2.png")};
  p.defective = {{root + QStringLiteral("/refs/scratch.png"), root + QStringLiteral("/p.nagl.d/references/x_mask.png")},
                 {QStringLiteral("/elsewhere/crack.png"), QStringLiteral("/elsewhere/crack_mask.png")}};
  p.lotFolder = root + QStringLiteral("/lot");
  p.lotPaths = {root + QStringLiteral("/lot/a.png"), root + QStringLiteral("/lot/sub/b.png")};
  p.reviewThreshold = 0.1234567890123;
  p.failThreshold = 3.0e-7;
  p.thresholdsSetByUser = true;
  p.thresholdSource = QStringLiteral("calibration-lot");
  p.thresholdSourceDetail = QStringLiteral("/cal/lot 3 — 検査");
  p.overrides.insert(p.lotPaths[0],
                     {Override::Fail, QStringLiteral("alice"), 1741064700000, QStringLiteral("burr — 検査"), 0.61});
  p.overrides.insert(p.lotPaths[1], {Override::Review, QStringLiteral("bob"), 1741064711123, {}, std::nullopt});
  p.overrideLog = {
      {p.lotPaths[0], 1741064690000, QStringLiteral("alice"), OverrideAction::Set, std::nullopt, Override::Pass, {}},
      {p.lotPaths[0], 1741064700000, QStringLiteral("alice"), OverrideAction::Set, Override::Pass, Override::Fail,
       QStringLiteral("burr — 検査")},
      {p.lotPaths[1], 1741064711123, QStringLiteral("bob"), OverrideAction::Undo, Override::Fail, std::nullopt, {}}};
  p.imageMasks.insert(p.lotPaths[1], root + QStringLiteral("/p.nagl.d/masks/abc.png"));
  p.model = {QStringLiteral("/models/dinov2_vitb14.pth"),
             QStringLiteral("/models/head.safetensors"),
             224,
             QStringLiteral("cuda"),
             6,
             8,
             QStringLiteral("auto"),
             40,
             QStringLiteral("pooled"),
             24};
  p.resultsFile = root + QStringLiteral("/p.nagl.d/results/r.bin");
  p.savedAtMs = 1741064767089;
  p.recipeFile = QStringLiteral("/recipes/widget.naglrecipe");  // the recipe the inspection was made from
  p.recipeProduct = QStringLiteral("widget");
  p.minDefectArea = 40;
  return p;
}

TEST(ProjectFile, EveryFieldRoundTripsThroughJson) {
  const QString root = QStringLiteral("/data/projects");
  const Project p = everyField(root);
  const QJsonObject doc = ProjectFile::toJson(p, root);
  EXPECT_EQ(doc.value(QStringLiteral("format")).toString(), QStringLiteral("nagl-project/2"));
  const QJsonObject logged = doc.value(QStringLiteral("overrideLog")).toArray().at(1).toObject();
  EXPECT_EQ(logged.value(QStringLiteral("action")).toString(), QStringLiteral("set"));
  EXPECT_EQ(logged.value(QStringLiteral("before")).toString(), QStringLiteral("pass"));
  EXPECT_EQ(logged.value(QStringLiteral("at")).toString(), QStringLiteral("2025-03-04T05:05:00.000Z"));
  // Paths next to the file are stored relative to it; others climb out.
  EXPECT_EQ(doc.value(QStringLiteral("lot")).toObject().value(QStringLiteral("folder")).toString(),
            QStringLiteral("lot"));
  QString error;
  const std::optional<Project> back = ProjectFile::fromJson(doc, root, &error);
  ASSERT_TRUE(back) << error.toStdString();
  EXPECT_EQ(*back, p);
  const QJsonObject tiling = doc.value(QStringLiteral("model")).toObject().value(QStringLiteral("tiling")).toObject();
  EXPECT_EQ(tiling.value(QStringLiteral("tile")).toString(), QStringLiteral("auto"));
  EXPECT_EQ(tiling.value(QStringLiteral("minDefectPx")).toInt(), 24);
  // Untiled: no "tiling" key, as files before tiling.
  Project untiled = p;
  untiled.model.tile.clear();
  untiled.model.tileOverlap = untiled.model.minDefectPx = -1;
  untiled.model.tileReferences.clear();
  const QJsonObject untiledDoc = ProjectFile::toJson(untiled, root);
  EXPECT_FALSE(untiledDoc.value(QStringLiteral("model")).toObject().contains(QStringLiteral("tiling")));
  EXPECT_EQ(*ProjectFile::fromJson(untiledDoc, root, &error), untiled);
  // And through the bytes.
  ReadError readError;
  const auto parsed = ProjectFile::parse(ProjectFile::serialize(p, root), root + QStringLiteral("/p.nagl"), &readError);
  ASSERT_TRUE(parsed) << readError.text().toStdString();
  EXPECT_EQ(*parsed, p);
}

TEST(ProjectFile, EveryFieldRoundTripsThroughAFileAndMovesWithItsFolder) {
  const QString dir = freshDir(QStringLiteral("file-roundtrip"));
  const Project p = everyField(dir);
  QString error;
  ASSERT_TRUE(ProjectFile::write(p, dir + QStringLiteral("/p.nagl"), &error)) << error.toStdString();
  ReadError readError;
  const auto back = ProjectFile::read(dir + QStringLiteral("/p.nagl"), &readError);
  ASSERT_TRUE(back) << readError.text().toStdString();
  EXPECT_EQ(*back, p);

  // The folder renamed: paths that were next to the project follow it.
  const QString moved = dir + QStringLiteral("-moved");
  QDir(moved).removeRecursively();
  ASSERT_TRUE(QDir().rename(dir, moved));
  const auto relocated = ProjectFile::read(moved + QStringLiteral("/p.nagl"), &readError);
  ASSERT_TRUE(relocated);
  EXPECT_EQ(relocated->lotPaths.at(0), moved + QStringLiteral("/lot/a.png"));
  EXPECT_EQ(relocated->defective.at(1).image, QStringLiteral("/elsewhere/crack.png"));
  EXPECT_EQ(relocated->model.backbone, QStringLiteral("/models/dinov2_vitb14.pth"));  // model files stay absolute
  QDir(moved).removeRecursively();
}

TEST(ProjectFile, MigratesTheVersion0FixtureStepByStep) {
  const QString dir = freshDir(QStringLiteral("migrate-v0"));
  const QString path = dir + QStringLiteral("/old.json");
  ASSERT_TRUE(QFile::copy(QStringLiteral(NAGL_PROJECT_TEST_DATA "/project-v0.json"), path));
  const QJsonObject raw = QJsonDocument::fromJson(fileBytes(path)).object();
  EXPECT_EQ(ProjectFile::versionOf(raw), 0);
  QString error;
  const auto migrated = ProjectFile::migrate(raw, &error);
  ASSERT_TRUE(migrated) << error.toStdString();
  EXPECT_EQ(ProjectFile::versionOf(*migrated), ProjectFile::kCurrentVersion);

  ReadError readError;
  const auto p = ProjectFile::read(path, &readError);
  ASSERT_TRUE(p) << readError.text().toStdString();
  EXPECT_EQ(p->name, QStringLiteral("Washers, lot 7 (pre-release format)"));
  EXPECT_EQ(p->normals,
            (QStringList{dir + QStringLiteral("/refs/good_000.png"), dir + QStringLiteral("/refs/good_001.png")}));
  ASSERT_EQ(p->defective.size(), 1);
  EXPECT_EQ(p->defective[0].image, dir + QStringLiteral("/refs/scratch_000.png"));
  EXPECT_EQ(p->defective[0].mask, dir + QStringLiteral("/refs/scratch_000_mask.png"));
  EXPECT_EQ(p->lotFolder, dir + QStringLiteral("/lot7"));
  EXPECT_EQ(p->lotPaths.size(), 3);
  // One v0 threshold: review == fail, and it was the user's.
  EXPECT_DOUBLE_EQ(p->reviewThreshold, 0.42);
  EXPECT_DOUBLE_EQ(p->failThreshold, 0.42);
  EXPECT_TRUE(p->thresholdsSetByUser);
  EXPECT_EQ(p->thresholdSource, QStringLiteral("manual"));  // files without a source: by hand, as setByUser says
  EXPECT_EQ(p->overrides.value(dir + QStringLiteral("/lot7/a.png")).verdict, Override::Pass);
  EXPECT_EQ(p->overrides.value(dir + QStringLiteral("/lot7/b.png")).verdict, Override::Fail);
  EXPECT_EQ(p->overrides.value(dir + QStringLiteral("/lot7/c.png")).verdict, Override::Review);
  EXPECT_TRUE(p->overrideLog.isEmpty());
  EXPECT_EQ(p->model.backbone, QStringLiteral("/models/dinov2_vits14.pth"));
  EXPECT_EQ(p->model.head, QStringLiteral("/models/nagl_head.pth"));
  EXPECT_EQ(p->model.imageSize, 224);
  EXPECT_EQ(p->model.device, QStringLiteral("cpu"));
  EXPECT_EQ(p->model.batchSize, 4);
  EXPECT_TRUE(p->imageMasks.isEmpty());
  EXPECT_TRUE(p->resultsFile.isEmpty());

  // Saving a migrated project writes the current version; re-reading gives the same.
  ASSERT_TRUE(ProjectFile::write(*p, dir + QStringLiteral("/new.nagl"), &error)) << error.toStdString();
  const QJsonObject rewritten = QJsonDocument::fromJson(fileBytes(dir + QStringLiteral("/new.nagl"))).object();
  EXPECT_EQ(rewritten.value(QStringLiteral("format")).toString(), QStringLiteral("nagl-project/2"));
  const auto again = ProjectFile::read(dir + QStringLiteral("/new.nagl"), &readError);
  ASSERT_TRUE(again);
  Project expected = *p;
  EXPECT_EQ(*again, expected);
}

TEST(ProjectFile, ReadsTheVersion1Fixture) {
  const QString dir = freshDir(QStringLiteral("fixture-v1"));
  const QString path = dir + QStringLiteral("/project-v1.json");
  ASSERT_TRUE(QFile::copy(QStringLiteral(NAGL_PROJECT_TEST_DATA "/project-v1.json"), path));
  ReadError error;
  const auto p = ProjectFile::read(path, &error);
  ASSERT_TRUE(p) << error.text().toStdString();
  EXPECT_EQ(p->name, QStringLiteral("Washers, lot 8"));
  EXPECT_EQ(p->savedAtMs, 1741064767089);
  EXPECT_EQ(p->defective.at(0).mask, dir + QStringLiteral("/project-v1.json.d/references/abc_scratch_000_mask.png"));
  EXPECT_EQ(p->lotPaths, (QStringList{dir + QStringLiteral("/lot8/a.png"), dir + QStringLiteral("/lot8/b.png")}));
  EXPECT_DOUBLE_EQ(p->reviewThreshold, 0.25);
  EXPECT_DOUBLE_EQ(p->failThreshold, 0.75);
  EXPECT_EQ(p->overrides.size(), 1);
  // Version 1 knew no who / when / comment / score, nor an audit log: read as unknown, not refused.
  const OverrideRecord b = p->overrides.value(dir + QStringLiteral("/lot8/b.png"));
  EXPECT_EQ(b.verdict, Override::Review);
  EXPECT_TRUE(b.by.isEmpty());
  EXPECT_EQ(b.atMs, 0);
  EXPECT_FALSE(b.judgedScore);
  EXPECT_TRUE(p->overrideLog.isEmpty());
  EXPECT_EQ(p->imageMasks.value(dir + QStringLiteral("/lot8/a.png")),
            dir + QStringLiteral("/project-v1.json.d/masks/0123.png"));
  EXPECT_EQ(p->model.threads, 3);
  EXPECT_EQ(p->model.batchSize, 2);
  EXPECT_EQ(p->resultsFile, dir + QStringLiteral("/project-v1.json.d/results/r.bin"));
}

TEST(ProjectFile, RefusesCorruptForeignAndNewerFilesWithTheFileAndTheReason) {
  const QString dir = freshDir(QStringLiteral("refusals"));
  auto readError = [&dir](const QByteArray& bytes) {
    const QString path = dir + QStringLiteral("/x.nagl");
    writeBytes(path, bytes);
    ReadError error;
    EXPECT_FALSE(ProjectFile::read(path, &error));
    EXPECT_EQ(error.file, path);
    EXPECT_TRUE(error.text().startsWith(path)) << error.text().toStdString();
    return error.message.toStdString();
  };
  const QByteArray good = fileBytes(QStringLiteral(NAGL_PROJECT_TEST_DATA "/project-v1.json"));
  EXPECT_NE(readError(good.left(good.size() / 2)).find("not valid JSON"), std::string::npos);
  EXPECT_NE(readError(good.left(good.size() / 2)).find("byte offset"), std::string::npos);
  EXPECT_NE(readError("[1, 2]").find("not an object"), std::string::npos);
  EXPECT_NE(readError(R"({"hello": 1})").find("not a NAGL project"), std::string::npos);
  EXPECT_NE(readError(R"({"format": "other-app/3"})").find("unknown format \"other-app/3\""), std::string::npos);
  QByteArray newer = good;
  newer.replace("nagl-project/1", "nagl-project/3");
  const std::string why = readError(newer);
  EXPECT_NE(why.find("unsupported version nagl-project/3"), std::string::npos) << why;
  EXPECT_NE(why.find("reads up to nagl-project/2"), std::string::npos) << why;
  QByteArray badVerdict = good;
  badVerdict.replace("\"verdict\": \"review\"", "\"verdict\": \"maybe\"");
  EXPECT_NE(readError(badVerdict).find("unknown verdict override \"maybe\""), std::string::npos);
  QByteArray badAction = good;  // a version 2 file: the log is its own
  badAction.replace("nagl-project/1", "nagl-project/2");
  badAction.replace("\"overrides\": [", "\"overrideLog\": [{\"action\": \"shrug\"}], \"overrides\": [");
  EXPECT_NE(readError(badAction).find("unknown override log action \"shrug\""), std::string::npos);
  QByteArray noThresholds = good;
  noThresholds.replace("\"thresholds\"", "\"thresholdz\"");
  EXPECT_NE(readError(noThresholds).find("\"thresholds\" is missing"), std::string::npos);
  ReadError missing;
  EXPECT_FALSE(ProjectFile::read(dir + QStringLiteral("/none.nagl"), &missing));
  EXPECT_NE(missing.message.indexOf(QStringLiteral("cannot be read")), -1);
}

TEST(ProjectFile, NeverOverwritesACorruptProjectFile) {
  const QString dir = freshDir(QStringLiteral("corrupt-write"));
  const QString path = dir + QStringLiteral("/p.nagl");
  const QByteArray corrupt = fileBytes(QStringLiteral(NAGL_PROJECT_TEST_DATA "/project-v1.json")).left(200);
  writeBytes(path, corrupt);
  QString error;
  EXPECT_FALSE(ProjectFile::write(everyField(dir), path, &error));
  EXPECT_NE(error.indexOf(QStringLiteral("not a readable project file")), -1) << error.toStdString();
  EXPECT_NE(error.indexOf(QStringLiteral("another name")), -1);
  EXPECT_EQ(fileBytes(path), corrupt);
  // Somewhere else it saves.
  EXPECT_TRUE(ProjectFile::write(everyField(dir), dir + QStringLiteral("/p2.nagl"), &error)) << error.toStdString();
}

}  // namespace
}  // namespace nagl::project
