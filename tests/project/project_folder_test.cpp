// A whole project with its data folder: every field and file through save
// and load, the autosave journal after a simulated kill -9 in the middle of
// an autosave, corrupt project files, unwritable locations.
#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

#include "nagl/project/autosave_journal.h"
#include "nagl/project/project_folder.h"
#include "project_test_support.h"

namespace nagl::project {
namespace {

using test::fileBytes;
using test::freshDir;
using test::writeBytes;

QImage makeMask(int w, int h, int seed) {
  QImage m(w, h, QImage::Format_Grayscale8);
  m.fill(0);
  for (int y = seed % 7; y < h; y += 3)
    for (int x = (seed * 5) % 11; x < w; x += 2) m.scanLine(y)[x] = 255;
  return m;
}

CachedResults makeResults(const QStringList& paths, float offset) {
  CachedResults rows;
  for (int i = 0; i < paths.size(); ++i) {
    QueryResult r;
    r.path = paths[i].toStdString();
    r.status = i == 1 ? ResultStatus::Failed : ResultStatus::Done;
    if (r.status == ResultStatus::Failed) {
      r.error = "cannot decode";
    } else {
      r.score = 0.1 * i + offset;
      r.width = 640;
      r.height = 480;
      r.closestNormal = i % 2;
      r.patchGrid = FloatImage(4, 4);
      for (int k = 0; k < 16; ++k) r.patchGrid.data[static_cast<std::size_t>(k)] = offset + 0.01f * k + i;
    }
    rows.append(r);
  }
  return rows;
}

struct Fixture {
  QString dir;
  QString projectPath;
  SaveInput input;
};

Fixture makeFixture(const QString& name) {
  Fixture f;
  f.dir = freshDir(name);
  f.projectPath = f.dir + QStringLiteral("/inspection.nagl");
  QDir().mkpath(f.dir + QStringLiteral("/refs"));
  const QString refMask = f.dir + QStringLiteral("/refs/scratch_mask.png");
  EXPECT_TRUE(makeMask(32, 24, 3).save(refMask));
  Project& p = f.input.project;
  p.name = QStringLiteral("inspection");
  p.normals = {f.dir + QStringLiteral("/refs/good.png")};
  p.defective = {{f.dir + QStringLiteral("/refs/scratch.png"), refMask}};
  p.lotFolder = f.dir + QStringLiteral("/lot");
  p.lotPaths = {f.dir + QStringLiteral("/lot/a.png"), f.dir + QStringLiteral("/lot/b.png"),
                f.dir + QStringLiteral("/lot/c.png")};
  p.reviewThreshold = 0.2;
  p.failThreshold = 0.6;
  p.thresholdsSetByUser = true;
  p.overrides.insert(p.lotPaths[2], {.verdict = Override::Pass});
  p.model.backbone = QStringLiteral("/models/b.pth");
  p.model.device = QStringLiteral("cpu");
  f.input.results = makeResults(p.lotPaths, 0.5f);
  f.input.masks.insert(p.lotPaths[0], makeMask(64, 48, 1));
  return f;
}

TEST(ProjectFolder, SavesAndLoadsEveryFieldMaskAndResult) {
  Fixture f = makeFixture(QStringLiteral("folder-roundtrip"));
  QString error;
  const auto saved = ProjectFolder::save(f.projectPath, f.input, &error);
  ASSERT_TRUE(saved) << error.toStdString();
  const QString data = f.dir + QStringLiteral("/inspection.nagl.d");
  // The reference mask is copied into the data folder, byte for byte.
  ASSERT_TRUE(saved->defective[0].mask.startsWith(data + QStringLiteral("/references/")));
  EXPECT_EQ(fileBytes(saved->defective[0].mask), fileBytes(f.input.project.defective[0].mask));
  ASSERT_TRUE(saved->imageMasks.value(f.input.project.lotPaths[0]).startsWith(data + QStringLiteral("/masks/")));
  ASSERT_TRUE(saved->resultsFile.startsWith(data + QStringLiteral("/results/")));
  EXPECT_FALSE(QFileInfo::exists(AutosaveJournal::pathFor(f.projectPath)));

  // The original reference mask may go away: the project keeps its copy.
  QFile::remove(f.input.project.defective[0].mask);
  ReadError readError;
  const auto loaded = ProjectFolder::load(f.projectPath, &readError);
  ASSERT_TRUE(loaded) << readError.text().toStdString();
  EXPECT_EQ(loaded->project, *saved);
  EXPECT_EQ(loaded->results, *f.input.results);
  EXPECT_TRUE(loaded->resultsWarning.isEmpty());
  const QImage mask = ProjectFolder::readMask(loaded->project.imageMasks.value(f.input.project.lotPaths[0]));
  EXPECT_EQ(mask, f.input.masks.first());
  EXPECT_EQ(ProjectFolder::readMask(loaded->project.defective[0].mask), makeMask(32, 24, 3));

  // Every field of the input survived, apart from the paths into the data folder.
  Project expected = f.input.project;
  expected.defective[0].mask = saved->defective[0].mask;
  expected.imageMasks = saved->imageMasks;
  expected.resultsFile = saved->resultsFile;
  expected.savedAtMs = saved->savedAtMs;
  EXPECT_EQ(loaded->project, expected);

  // An edited reference mask replaces the reference's mask, in the data folder.
  SaveInput edited;
  edited.project = loaded->project;
  edited.referenceMasks.insert(f.input.project.defective[0].image, makeMask(32, 24, 6));
  const auto withEdit = ProjectFolder::save(f.projectPath, edited, &error);
  ASSERT_TRUE(withEdit) << error.toStdString();
  EXPECT_NE(withEdit->defective[0].mask, saved->defective[0].mask);
  EXPECT_TRUE(withEdit->defective[0].mask.startsWith(data + QStringLiteral("/references/")));
  EXPECT_EQ(ProjectFolder::readMask(withEdit->defective[0].mask), makeMask(32, 24, 6));
  EXPECT_FALSE(QFileInfo::exists(saved->defective[0].mask));  // the superseded copy is cleaned up

  // Saving again without new results keeps the cache; removing a mask drops it and its file.
  SaveInput again;
  again.project = *withEdit;
  again.masks.insert(f.input.project.lotPaths[0], QImage());
  const QString oldMask = saved->imageMasks.first();
  const auto resaved = ProjectFolder::save(f.projectPath, again, &error);
  ASSERT_TRUE(resaved) << error.toStdString();
  EXPECT_EQ(resaved->resultsFile, saved->resultsFile);
  EXPECT_TRUE(resaved->imageMasks.isEmpty());
  EXPECT_FALSE(QFileInfo::exists(oldMask));  // unreferenced data files are cleaned up
  EXPECT_TRUE(QFileInfo::exists(saved->resultsFile));
}

TEST(ProjectFolder, RecoversEverythingAfterAKillInTheMiddleOfAnAutosave) {
  Fixture f = makeFixture(QStringLiteral("kill-mid-autosave"));
  QString error;
  // State A: saved cleanly.
  const auto savedA = ProjectFolder::save(f.projectPath, f.input, &error);
  ASSERT_TRUE(savedA) << error.toStdString();
  const QByteArray projectBytesA = fileBytes(f.projectPath);
  EXPECT_EQ(AutosaveJournal::inspect(f.projectPath).status, AutosaveJournal::Status::None);

  // State B: more work (new override, new thresholds, a second mask, new results), autosaved.
  SaveInput b;
  b.project = *savedA;
  b.project.overrides.insert(b.project.lotPaths[0], {.verdict = Override::Fail, .by = QStringLiteral("alice")});
  b.project.overrides.remove(b.project.lotPaths[2]);
  b.project.reviewThreshold = 0.33;
  b.project.failThreshold = 0.77;
  b.project.name = QStringLiteral("inspection (edited)");
  b.results = makeResults(b.project.lotPaths, 0.9f);
  b.masks.insert(b.project.lotPaths[1], makeMask(64, 48, 2));
  b.masks.insert(b.project.lotPaths[0], makeMask(64, 48, 4));  // edited mask
  const auto autosavedB = ProjectFolder::autosave(f.projectPath, b, &error);
  ASSERT_TRUE(autosavedB) << error.toStdString();
  EXPECT_EQ(fileBytes(f.projectPath), projectBytesA);  // autosave never touches the project file

  // State C: the next autosave is killed mid-write: only a partial temporary
  // journal exists (QSaveFile never renamed it over the journal).
  SaveInput c = b;
  c.project = *autosavedB;
  c.project.name = QStringLiteral("never finished");
  const QByteArray full = ProjectFile::serialize(c.project, f.dir);
  writeBytes(AutosaveJournal::pathFor(f.projectPath) + QStringLiteral(".Xk9aB2"), full.left(full.size() / 3));
  // ... and a half-written results file of C in the data folder.
  writeBytes(f.dir + QStringLiteral("/inspection.nagl.d/results/half.bin"), QByteArray("NAGLRES\0\1", 9));

  // Next start: the journal is newer than the project: offer to recover.
  const AutosaveJournal::Inspection seen = AutosaveJournal::inspect(f.projectPath);
  ASSERT_EQ(seen.status, AutosaveJournal::Status::Newer) << seen.problem.toStdString();
  EXPECT_GT(seen.journalSavedAtMs, seen.projectSavedAtMs);
  EXPECT_EQ(seen.projectSavedAtMs, savedA->savedAtMs);

  ReadError readError;
  const auto recovered = ProjectFolder::loadJournal(f.projectPath, &readError);
  ASSERT_TRUE(recovered) << readError.text().toStdString();
  EXPECT_EQ(recovered->project, *autosavedB);  // nothing of B lost
  EXPECT_EQ(recovered->results, *b.results);
  EXPECT_EQ(ProjectFolder::readMask(recovered->project.imageMasks.value(b.project.lotPaths[1])), makeMask(64, 48, 2));
  EXPECT_EQ(ProjectFolder::readMask(recovered->project.imageMasks.value(b.project.lotPaths[0])), makeMask(64, 48, 4));
  // Declining would still find A intact.
  const auto stillA = ProjectFolder::load(f.projectPath, &readError);
  ASSERT_TRUE(stillA);
  EXPECT_EQ(stillA->project, *savedA);
  EXPECT_EQ(stillA->results, *f.input.results);
  EXPECT_EQ(ProjectFolder::readMask(stillA->project.imageMasks.value(b.project.lotPaths[0])), makeMask(64, 48, 1));

  // Recovered and saved: the project is B, the journal and its leftovers are gone.
  SaveInput recoveredInput;
  recoveredInput.project = recovered->project;
  const auto savedB = ProjectFolder::save(f.projectPath, recoveredInput, &error);
  ASSERT_TRUE(savedB) << error.toStdString();
  EXPECT_FALSE(QFileInfo::exists(AutosaveJournal::pathFor(f.projectPath)));
  EXPECT_FALSE(QFileInfo::exists(AutosaveJournal::pathFor(f.projectPath) + QStringLiteral(".Xk9aB2")));
  EXPECT_FALSE(QFileInfo::exists(f.dir + QStringLiteral("/inspection.nagl.d/results/half.bin")));
  EXPECT_FALSE(QFileInfo::exists(savedA->resultsFile));  // superseded
  EXPECT_EQ(AutosaveJournal::inspect(f.projectPath).status, AutosaveJournal::Status::None);
  const auto reopened = ProjectFolder::load(f.projectPath, &readError);
  ASSERT_TRUE(reopened);
  Project expected = *autosavedB;
  expected.savedAtMs = savedB->savedAtMs;
  EXPECT_EQ(reopened->project, expected);
  EXPECT_EQ(reopened->results, *b.results);
}

TEST(ProjectFolder, JournalStatesOlderUnreadableAndWithoutAProjectFile) {
  Fixture f = makeFixture(QStringLiteral("journal-states"));
  QString error;
  // A journal whose project file was saved later (the save was killed before removing it).
  Project older = f.input.project;
  older.savedAtMs = 1000;
  ASSERT_TRUE(AutosaveJournal::write(f.projectPath, older, &error)) << error.toStdString();
  EXPECT_EQ(AutosaveJournal::inspect(f.projectPath).status, AutosaveJournal::Status::Newer);  // no project yet
  Project saved = f.input.project;
  saved.savedAtMs = 2000;
  ASSERT_TRUE(ProjectFile::write(saved, f.projectPath, &error)) << error.toStdString();
  EXPECT_EQ(AutosaveJournal::inspect(f.projectPath).status, AutosaveJournal::Status::Older);

  // A journal cut short by something that was not atomic: reported, project untouched.
  const QByteArray projectBytes = fileBytes(f.projectPath);
  const QByteArray journal = fileBytes(AutosaveJournal::pathFor(f.projectPath));
  writeBytes(AutosaveJournal::pathFor(f.projectPath), journal.left(journal.size() - 40));
  const AutosaveJournal::Inspection bad = AutosaveJournal::inspect(f.projectPath);
  EXPECT_EQ(bad.status, AutosaveJournal::Status::Unreadable);
  EXPECT_NE(bad.problem.indexOf(AutosaveJournal::pathFor(f.projectPath)), -1) << bad.problem.toStdString();
  EXPECT_NE(bad.problem.indexOf(QStringLiteral("not valid JSON")), -1);
  ReadError readError;
  EXPECT_TRUE(ProjectFolder::load(f.projectPath, &readError));
  EXPECT_EQ(fileBytes(f.projectPath), projectBytes);
  AutosaveJournal::discard(f.projectPath);
  EXPECT_EQ(AutosaveJournal::inspect(f.projectPath).status, AutosaveJournal::Status::None);
}

TEST(ProjectFolder, ACorruptProjectFileIsRefusedAndNeverOverwritten) {
  Fixture f = makeFixture(QStringLiteral("corrupt-project"));
  QString error;
  ASSERT_TRUE(ProjectFolder::save(f.projectPath, f.input, &error)) << error.toStdString();
  QByteArray bytes = fileBytes(f.projectPath);
  bytes.truncate(bytes.size() * 2 / 3);  // damaged on disk: cut short, zero-filled blocks after
  bytes.append(QByteArray(64, '\0'));
  writeBytes(f.projectPath, bytes);

  ReadError readError;
  EXPECT_FALSE(ProjectFolder::load(f.projectPath, &readError));
  EXPECT_EQ(readError.file, f.projectPath);
  EXPECT_NE(readError.message.indexOf(QStringLiteral("byte offset")), -1) << readError.message.toStdString();

  const QStringList dataBefore = QDir(f.dir + QStringLiteral("/inspection.nagl.d/results")).entryList(QDir::Files);
  EXPECT_FALSE(ProjectFolder::save(f.projectPath, f.input, &error));
  EXPECT_NE(error.indexOf(f.projectPath), -1) << error.toStdString();
  EXPECT_NE(error.indexOf(QStringLiteral("left untouched")), -1);
  EXPECT_EQ(fileBytes(f.projectPath), bytes);  // byte for byte
  // Refused before writing anything: no new data files, and no garbage collection guessed at.
  EXPECT_EQ(QDir(f.dir + QStringLiteral("/inspection.nagl.d/results")).entryList(QDir::Files), dataBefore);
  // Autosave still works (the journal is another file) and Save As elsewhere too.
  EXPECT_TRUE(ProjectFolder::autosave(f.projectPath, f.input, &error)) << error.toStdString();
  EXPECT_EQ(fileBytes(f.projectPath), bytes);
  EXPECT_TRUE(ProjectFolder::save(f.dir + QStringLiteral("/copy.nagl"), f.input, &error)) << error.toStdString();
}

TEST(ProjectFolder, AnUnwritableLocationFailsCleanlyAndKeepsThePreviousProject) {
  Fixture f = makeFixture(QStringLiteral("unwritable"));
  QString error;
  // A folder that is a regular file (ENOTDIR, even for root).
  writeBytes(f.dir + QStringLiteral("/plain-file"), "x");
  EXPECT_FALSE(ProjectFolder::save(f.dir + QStringLiteral("/plain-file/p.nagl"), f.input, &error));
  EXPECT_FALSE(error.isEmpty());
  EXPECT_NE(error.indexOf(QStringLiteral("plain-file")), -1) << error.toStdString();
  error.clear();
  EXPECT_FALSE(ProjectFile::write(f.input.project, f.dir + QStringLiteral("/plain-file/p.nagl"), &error));
  EXPECT_NE(error.indexOf(QStringLiteral("cannot be written")), -1) << error.toStdString();
  error.clear();
  EXPECT_FALSE(ResultsCache::write(f.dir + QStringLiteral("/plain-file/r.bin"), *f.input.results, &error));
  EXPECT_FALSE(error.isEmpty());

  // A saved project whose data folder becomes unusable: the next save and
  // autosave fail and leave the project as it was.
  ASSERT_TRUE(ProjectFolder::save(f.projectPath, f.input, &error)) << error.toStdString();
  const QByteArray before = fileBytes(f.projectPath);
  const QString data = f.dir + QStringLiteral("/inspection.nagl.d");
  ASSERT_TRUE(QDir(data).removeRecursively());
  writeBytes(data, "not a folder");
  SaveInput changed = f.input;
  changed.project.name = QStringLiteral("changed");
  error.clear();
  EXPECT_FALSE(ProjectFolder::save(f.projectPath, changed, &error));
  EXPECT_NE(error.indexOf(QStringLiteral("data folder cannot be created")), -1) << error.toStdString();
  EXPECT_FALSE(ProjectFolder::autosave(f.projectPath, changed, &error));
  EXPECT_EQ(fileBytes(f.projectPath), before);
  EXPECT_FALSE(QFileInfo::exists(AutosaveJournal::pathFor(f.projectPath)));
}

}  // namespace
}  // namespace nagl::project
