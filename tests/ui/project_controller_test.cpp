// Projects in the workstation: save and reopen restore everything the user
// made (without scoring again), a corrupt project is refused and left as it
// was, a window that died after an autosave is recovered, unsaved changes
// are asked about on close, the recent list is bounded.
#include <gtest/gtest.h>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include "nagl/project/autosave_journal.h"
#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/lot/lot_browser.h"
#include "ui/lot/lot_table_model.h"
#include "ui/project/project_controller.h"
#include "ui/references/reference_panel.h"
#include "ui/shell/main_window.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

using Prompt = ProjectController::Prompt;
using Answer = ProjectController::Answer;

struct Recorder {
  QList<QPair<Prompt, QString>> asked;
  Answer recover = Answer::Yes;
  Answer unsaved = Answer::Discard;
  ProjectController::PromptHandler handler() {
    return [this](Prompt p, const QString& text) {
      asked.append({p, text});
      return p == Prompt::RecoverJournal ? recover : p == Prompt::UnsavedChanges ? unsaved : Answer::Ok;
    };
  }
};

QImage mask(int seed) {
  QImage m(40, 30, QImage::Format_Grayscale8);
  m.fill(0);
  for (int y = seed; y < 30; y += 4) std::fill_n(m.scanLine(y), 40 - seed, 255);
  return m;
}

// A window with references, a scored lot, thresholds, an override and a mask.
struct Workspace {
  QString dir;
  QStringList lot;
  QList<QueryResult> results;

  explicit Workspace(const QString& name) : dir(test::scratchDir(name)) {
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::gray);
    for (const char* n : {"refs/good.png", "refs/scratch.png", "lot/a.png", "lot/b.png", "lot/c.png"}) {
      QDir().mkpath(QFileInfo(dir + QLatin1Char('/') + QLatin1String(n)).absolutePath());
      image.save(dir + QLatin1Char('/') + QLatin1String(n));
    }
    mask(1).save(dir + QStringLiteral("/refs/scratch_mask.png"));
    lot = {dir + QStringLiteral("/lot/a.png"), dir + QStringLiteral("/lot/b.png"), dir + QStringLiteral("/lot/c.png")};
    for (int i = 0; i < lot.size(); ++i) {
      QueryResult r;
      r.path = lot[i].toStdString();
      r.status = QueryStatus::Done;
      r.score = 0.2 + 0.3 * i;
      r.width = 40;
      r.height = 30;
      r.closestNormal = 0;
      r.patchGrid = FloatImage(3, 3);
      for (int k = 0; k < 9; ++k) r.patchGrid.data[static_cast<std::size_t>(k)] = 0.1f * k + i;
      results.append(r);
    }
  }

  void fill(MainWindow& w) const {
    ModelSettings s;
    s.backbone = QStringLiteral("/models/dinov2_vits14.pth");
    s.head = QStringLiteral("/models/head.pth");
    s.imageSize = 224;
    s.device = QStringLiteral("cpu");
    s.threads = 2;
    s.batchSize = 3;
    w.setModelSettings(s);
    w.referencePanel()->addNormal(dir + QStringLiteral("/refs/good.png"));
    w.referencePanel()->addDefective(dir + QStringLiteral("/refs/scratch.png"));
    w.referencePanel()->setMask(0, dir + QStringLiteral("/refs/scratch_mask.png"));
    w.projectController()->restoreInspection(lot, dir + QStringLiteral("/lot"), results, kDefaultThresholds,
                                             ThresholdSource{});
    w.setThresholds({0.3, 0.65});
    w.lotBrowser()->lotModel()->setOverride(1, Verdict::Pass);
    w.document()->setQueryMask(lot[2], mask(2));
  }
};

bool saveAndWait(ProjectController* c, const QString& path) {
  QSignalSpy saved(c, &ProjectController::projectSaved);
  QSignalSpy failed(c, &ProjectController::saveFailed);
  if (!c->saveTo(path)) return false;
  EXPECT_TRUE(QTest::qWaitFor([&] { return saved.count() + failed.count() > 0; }, 20000));
  return saved.count() == 1;
}

bool openAndWait(ProjectController* c, const QString& path) {
  QSignalSpy opened(c, &ProjectController::projectOpened);
  QSignalSpy failed(c, &ProjectController::openFailed);
  if (!c->openProject(path)) return false;
  EXPECT_TRUE(QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, 20000));
  return opened.count() == 1;
}

TEST(Projects, SaveAndReopenRestoreEverythingWithoutScoring) {
  const Workspace ws(QStringLiteral("project-roundtrip"));
  const QString path = ws.dir + QStringLiteral("/inspection.nagl");
  {
    MainWindow w;
    Recorder r;
    w.projectController()->setPromptHandler(r.handler());
    ws.fill(w);
    EXPECT_TRUE(w.projectController()->isModified());
    ASSERT_TRUE(saveAndWait(w.projectController(), ws.dir + QStringLiteral("/inspection")));  // suffix added
    EXPECT_EQ(w.projectController()->projectPath(), path);
    EXPECT_FALSE(w.projectController()->isModified());
    EXPECT_FALSE(w.isWindowModified());
    EXPECT_TRUE(w.windowTitle().startsWith(QStringLiteral("inspection[*]"))) << w.windowTitle().toStdString();
    EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral(".d/results")));
    EXPECT_TRUE(w.close());
    EXPECT_TRUE(r.asked.isEmpty());  // nothing unsaved
  }
  QFile::remove(ws.dir + QStringLiteral("/refs/scratch_mask.png"));  // the project has its own copy

  MainWindow w;
  Recorder r;
  w.projectController()->setPromptHandler(r.handler());
  ASSERT_TRUE(openAndWait(w.projectController(), path));
  EXPECT_TRUE(r.asked.isEmpty());
  EXPECT_FALSE(w.projectController()->isModified());
  EXPECT_EQ(w.projectController()->recentProjects().value(0), path);
  EXPECT_EQ(w.modelSettings().backbone, QStringLiteral("/models/dinov2_vits14.pth"));
  EXPECT_EQ(w.modelSettings().imageSize, 224);
  EXPECT_EQ(w.modelSettings().batchSize, 3);
  const ReferenceSet refs = w.referencePanel()->references();
  EXPECT_EQ(refs.normals, QStringList{ws.dir + QStringLiteral("/refs/good.png")});
  ASSERT_EQ(refs.defective.size(), 1);
  EXPECT_TRUE(refs.defective[0].mask.startsWith(path + QStringLiteral(".d/references/")));
  EXPECT_EQ(QImage(refs.defective[0].mask).convertToFormat(QImage::Format_Grayscale8), mask(1));
  EXPECT_EQ(w.lotRoot(), ws.dir + QStringLiteral("/lot"));
  const QList<QueryResult>& results = w.session()->results();
  ASSERT_EQ(results.size(), 3);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(queryPath(results[i]), ws.lot[i]);
    EXPECT_EQ(results[i].status, QueryStatus::Done);  // shown at once, not pending
    EXPECT_DOUBLE_EQ(results[i].score, ws.results[i].score);
    EXPECT_EQ(results[i].patchGrid.data, ws.results[i].patchGrid.data);
  }
  EXPECT_EQ(w.thresholds(), (Thresholds{0.3, 0.65}));
  EXPECT_TRUE(w.thresholdsSetByUser());
  const LotTableModel* lot = w.lotBrowser()->lotModel();
  EXPECT_TRUE(lot->isOverridden(1));
  EXPECT_EQ(lot->verdictAt(1), Verdict::Pass);
  EXPECT_FALSE(lot->isOverridden(0));
  EXPECT_EQ(lot->verdictAt(2), Verdict::Fail);  // 0.8 >= 0.65
  EXPECT_EQ(w.document()->queryMask(ws.lot[2]), mask(2));
  EXPECT_TRUE(w.document()->queryMask(ws.lot[0]).isNull());

  // A change shows in the title and is asked about on close; an accepted
  // proposal's source is saved with the thresholds.
  w.document()->acceptThresholds({0.31, 0.65}, {ThresholdSource::Kind::CalibrationLot, QStringLiteral("/cal/lot 9")});
  EXPECT_TRUE(w.isWindowModified());
  r.unsaved = Answer::Cancel;
  EXPECT_FALSE(w.close());
  ASSERT_EQ(r.asked.size(), 1);
  EXPECT_EQ(r.asked[0].first, Prompt::UnsavedChanges);
  r.unsaved = Answer::Save;
  EXPECT_TRUE(w.close());
  EXPECT_FALSE(w.projectController()->isModified());
  nagl::project::ReadError error;
  const auto reread = nagl::project::ProjectFile::read(path, &error);
  ASSERT_TRUE(reread) << error.text().toStdString();
  EXPECT_DOUBLE_EQ(reread->reviewThreshold, 0.31);
  EXPECT_EQ(reread->thresholdSource, QStringLiteral("calibration-lot"));
  EXPECT_EQ(reread->thresholdSourceDetail, QStringLiteral("/cal/lot 9"));
  MainWindow again;
  Recorder quiet;
  again.projectController()->setPromptHandler(quiet.handler());
  ASSERT_TRUE(openAndWait(again.projectController(), path));
  EXPECT_EQ(again.thresholdSource(), (ThresholdSource{ThresholdSource::Kind::CalibrationLot, "/cal/lot 9"}));
}

TEST(Projects, ACorruptProjectIsRefusedWithTheReasonAndNotOverwritten) {
  const Workspace ws(QStringLiteral("project-corrupt"));
  const QString path = ws.dir + QStringLiteral("/broken.nagl");
  const QByteArray corrupt = "{\n  \"format\": \"nagl-project/1\",\n  \"name\": \"bro";
  test::writeFile(path, corrupt);
  MainWindow w;
  Recorder r;
  w.projectController()->setPromptHandler(r.handler());
  EXPECT_FALSE(openAndWait(w.projectController(), path));
  ASSERT_EQ(r.asked.size(), 1);
  EXPECT_EQ(r.asked[0].first, Prompt::Error);
  EXPECT_NE(r.asked[0].second.indexOf(path), -1) << r.asked[0].second.toStdString();
  EXPECT_NE(r.asked[0].second.indexOf(QStringLiteral("byte offset")), -1);
  EXPECT_FALSE(w.projectController()->isActive());
  EXPECT_TRUE(w.projectController()->projectPath().isEmpty());

  // Saving over it (an open project whose file broke on disk) is refused too.
  ws.fill(w);
  const QString good = ws.dir + QStringLiteral("/good.nagl");
  ASSERT_TRUE(saveAndWait(w.projectController(), good));
  test::writeFile(good, corrupt);
  w.setThresholds({0.1, 0.2});
  EXPECT_FALSE(saveAndWait(w.projectController(), good));
  EXPECT_NE(r.asked.last().second.indexOf(QStringLiteral("Save project as")), -1)
      << r.asked.last().second.toStdString();
  QFile f(good);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  EXPECT_EQ(f.readAll(), corrupt);
  EXPECT_TRUE(w.projectController()->isModified());
  r.unsaved = Answer::Discard;
}

TEST(Projects, AWindowKilledAfterAnAutosaveIsRecoveredOnTheNextStart) {
  const Workspace ws(QStringLiteral("project-recover"));
  nagl::project::AutosaveJournal::discard(ProjectController::untitledJournalBase());  // only this project's journal
  const QString path = ws.dir + QStringLiteral("/lot.nagl");
  {
    auto* w = new MainWindow;
    Recorder r;
    w->projectController()->setPromptHandler(r.handler());
    w->projectController()->setAutosaveDelay(50);
    ws.fill(*w);
    ASSERT_TRUE(saveAndWait(w->projectController(), path));
    QSignalSpy autosaved(w->projectController(), &ProjectController::autosaved);
    w->setThresholds({0.44, 0.88});  // unsaved work ...
    w->lotBrowser()->lotModel()->setOverride(0, Verdict::Fail);
    w->document()->setQueryMask(ws.lot[0], mask(3));
    ASSERT_TRUE(QTest::qWaitFor([&] { return autosaved.count() > 0; }, 20000));  // ... autosaved by the timer
    w->projectController()->waitForIdle();
    // kill -9: no close, no clean-up; and a next autosave cut short.
    test::writeFile(nagl::project::AutosaveJournal::pathFor(path) + QStringLiteral(".Q1w2E3"),
                    "{\"format\": \"nagl-pr");
    w->projectController()->setPromptHandler({});
    w->projectController()->disconnect();
    delete w;  // the destructor does not discard the journal
  }
  ASSERT_TRUE(QFileInfo::exists(nagl::project::AutosaveJournal::pathFor(path)));

  MainWindow w;
  Recorder r;
  r.recover = Answer::Yes;
  w.projectController()->setPromptHandler(r.handler());
  QSignalSpy opened(w.projectController(), &ProjectController::projectOpened);
  w.projectController()->offerRecovery(SessionLock::LastExit::Unclean);  // what the start after a kill does
  ASSERT_EQ(r.asked.size(), 1);
  EXPECT_EQ(r.asked[0].first, Prompt::RecoverJournal);
  EXPECT_NE(r.asked[0].second.indexOf(path), -1);
  ASSERT_TRUE(QTest::qWaitFor([&] { return opened.count() > 0; }, 20000));
  EXPECT_TRUE(opened[0][1].toBool());
  EXPECT_EQ(w.thresholds(), (Thresholds{0.44, 0.88}));
  EXPECT_EQ(w.lotBrowser()->lotModel()->verdictAt(0), Verdict::Fail);
  EXPECT_EQ(w.lotBrowser()->lotModel()->verdictAt(1), Verdict::Pass);
  EXPECT_EQ(w.document()->queryMask(ws.lot[0]), mask(3));
  EXPECT_EQ(w.document()->queryMask(ws.lot[2]), mask(2));
  EXPECT_EQ(w.session()->results().size(), 3);
  EXPECT_EQ(w.session()->results()[2].status, QueryStatus::Done);
  EXPECT_TRUE(w.projectController()->isModified());  // recovered, not yet saved
  EXPECT_TRUE(w.isWindowModified());

  r.unsaved = Answer::Save;
  EXPECT_TRUE(w.close());
  EXPECT_FALSE(QFileInfo::exists(nagl::project::AutosaveJournal::pathFor(path)));
  EXPECT_FALSE(QFileInfo::exists(nagl::project::AutosaveJournal::pathFor(path) + QStringLiteral(".Q1w2E3")));

  // Opened again: no question, the recovered work is the project.
  MainWindow again;
  Recorder r2;
  again.projectController()->setPromptHandler(r2.handler());
  ASSERT_TRUE(openAndWait(again.projectController(), path));
  EXPECT_TRUE(r2.asked.isEmpty());
  EXPECT_EQ(again.thresholds(), (Thresholds{0.44, 0.88}));
  EXPECT_EQ(again.document()->queryMask(ws.lot[0]), mask(3));
}

TEST(Projects, WorkOutsideAProjectIsAutosavedAndOfferedOnTheNextStart) {
  const Workspace ws(QStringLiteral("project-untitled"));
  const QString base = ProjectController::untitledJournalBase();
  nagl::project::AutosaveJournal::discard(base);
  {
    auto* w = new MainWindow;
    Recorder r;
    w->projectController()->setPromptHandler(r.handler());
    w->projectController()->setAutosaveDelay(50);
    QSignalSpy autosaved(w->projectController(), &ProjectController::autosaved);
    ws.fill(*w);  // never saved as a project
    ASSERT_TRUE(QTest::qWaitFor([&] { return autosaved.count() > 0; }, 20000));
    w->projectController()->waitForIdle();
    w->projectController()->setPromptHandler({});
    w->projectController()->disconnect();
    delete w;  // kill -9
  }
  ASSERT_TRUE(QFileInfo::exists(nagl::project::AutosaveJournal::pathFor(base)));

  MainWindow w;
  Recorder r;
  w.projectController()->setPromptHandler(r.handler());
  QSignalSpy opened(w.projectController(), &ProjectController::projectOpened);
  w.projectController()->offerRecovery(SessionLock::LastExit::Unclean);
  ASSERT_EQ(r.asked.size(), 1);
  EXPECT_EQ(r.asked[0].first, Prompt::RecoverJournal);
  EXPECT_NE(r.asked[0].second.indexOf(QStringLiteral("not saved in a project")), -1) << r.asked[0].second.toStdString();
  ASSERT_TRUE(QTest::qWaitFor([&] { return opened.count() > 0; }, 20000));
  EXPECT_TRUE(w.projectController()->projectPath().isEmpty());  // still untitled: Save asks where
  EXPECT_EQ(w.thresholds(), (Thresholds{0.3, 0.65}));
  EXPECT_EQ(w.lotBrowser()->lotModel()->verdictAt(1), Verdict::Pass);
  EXPECT_EQ(w.document()->queryMask(ws.lot[2]), mask(2));
  EXPECT_EQ(w.session()->results().size(), 3);
  EXPECT_TRUE(w.projectController()->isModified());
  // Saved into a project, the untitled journal is no longer needed.
  ASSERT_TRUE(saveAndWait(w.projectController(), ws.dir + QStringLiteral("/kept.nagl")));
  EXPECT_FALSE(QFileInfo::exists(nagl::project::AutosaveJournal::pathFor(base)));
}

// Untitled work left by a window that died, autosaved.
void leaveUntitledJournal(const Workspace& ws) {
  auto* w = new MainWindow;
  Recorder r;
  w->projectController()->setPromptHandler(r.handler());
  w->projectController()->setAutosaveDelay(50);
  QSignalSpy autosaved(w->projectController(), &ProjectController::autosaved);
  ws.fill(*w);
  ASSERT_TRUE(QTest::qWaitFor([&] { return autosaved.count() > 0; }, 20000));
  w->projectController()->waitForIdle();
  w->projectController()->setPromptHandler({});
  w->projectController()->disconnect();
  delete w;
}

TEST(Projects, QuittingWithUntitledWorkAsksSaveDiscardCancelAndDiscardLeavesNothingToRecover) {
  const Workspace ws(QStringLiteral("project-untitled-quit"));
  const QString journal = nagl::project::AutosaveJournal::pathFor(ProjectController::untitledJournalBase());
  nagl::project::AutosaveJournal::discard(ProjectController::untitledJournalBase());
  MainWindow w;
  Recorder r;
  w.projectController()->setPromptHandler(r.handler());
  w.projectController()->setAutosaveDelay(50);
  QSignalSpy autosaved(w.projectController(), &ProjectController::autosaved);
  ws.fill(w);  // never saved as a project, never File > New
  ASSERT_TRUE(QTest::qWaitFor([&] { return autosaved.count() > 0; }, 20000));
  w.projectController()->waitForIdle();
  ASSERT_TRUE(QFileInfo::exists(journal));

  r.unsaved = Answer::Cancel;
  EXPECT_FALSE(w.close());  // Cancel keeps the window and the work
  ASSERT_EQ(r.asked.size(), 1);
  EXPECT_EQ(r.asked[0].first, Prompt::UnsavedChanges);
  EXPECT_TRUE(QFileInfo::exists(journal));

  r.unsaved = Answer::Discard;
  EXPECT_TRUE(w.close());
  EXPECT_EQ(r.asked.size(), 2);
  EXPECT_FALSE(QFileInfo::exists(journal));  // discarded: nothing for a next start to "recover"
}

TEST(Projects, RecoveryIsOfferedOnlyAfterAnUncleanExitOrWhenTheUserAskedToBeAskedAgain) {
  const Workspace ws(QStringLiteral("project-recover-gate"));
  const QString base = ProjectController::untitledJournalBase();
  nagl::project::AutosaveJournal::discard(base);
  leaveUntitledJournal(ws);
  ASSERT_TRUE(QFileInfo::exists(nagl::project::AutosaveJournal::pathFor(base)));

  MainWindow w;
  Recorder r;
  w.projectController()->setPromptHandler(r.handler());
  w.projectController()->offerRecovery(SessionLock::LastExit::Clean);
  w.projectController()->offerRecovery(SessionLock::LastExit::OtherInstanceRunning);  // its journal is live
  EXPECT_TRUE(r.asked.isEmpty());
  EXPECT_TRUE(QFileInfo::exists(nagl::project::AutosaveJournal::pathFor(base)));  // not dropped either

  r.recover = Answer::Cancel;  // "asks again next time" ...
  w.projectController()->offerRecovery(SessionLock::LastExit::Unclean);
  ASSERT_EQ(r.asked.size(), 1);
  EXPECT_EQ(r.asked[0].first, Prompt::RecoverJournal);
  r.recover = Answer::No;  // ... even after a clean exit
  w.projectController()->offerRecovery(SessionLock::LastExit::Clean);
  ASSERT_EQ(r.asked.size(), 2);
  EXPECT_FALSE(QFileInfo::exists(nagl::project::AutosaveJournal::pathFor(base)));
  leaveUntitledJournal(ws);
  w.projectController()->offerRecovery(SessionLock::LastExit::Clean);  // answered: not deferred any more
  EXPECT_EQ(r.asked.size(), 2);
  nagl::project::AutosaveJournal::discard(base);
}

TEST(Projects, DecliningRecoveryOpensTheSavedVersionAndDropsTheJournal) {
  const Workspace ws(QStringLiteral("project-decline"));
  const QString path = ws.dir + QStringLiteral("/lot.nagl");
  {
    MainWindow w;
    w.projectController()->setPromptHandler(Recorder().handler());
    ws.fill(w);
    ASSERT_TRUE(saveAndWait(w.projectController(), path));
    w.setThresholds({0.5, 0.9});
    w.projectController()->autosaveNow();
    w.projectController()->waitForIdle();
    w.projectController()->disconnect();
  }  // destroyed without close: the journal stays
  MainWindow w;
  Recorder r;
  r.recover = Answer::No;
  w.projectController()->setPromptHandler(r.handler());
  ASSERT_TRUE(openAndWait(w.projectController(), path));
  ASSERT_EQ(r.asked.size(), 1);
  EXPECT_EQ(r.asked[0].first, Prompt::RecoverJournal);
  EXPECT_EQ(w.thresholds(), (Thresholds{0.3, 0.65}));
  EXPECT_FALSE(QFileInfo::exists(nagl::project::AutosaveJournal::pathFor(path)));
}

TEST(Projects, TheRecentListIsBoundedAndMostRecentFirst) {
  const Workspace ws(QStringLiteral("project-recent"));
  MainWindow w;
  w.projectController()->setPromptHandler(Recorder().handler());
  ws.fill(w);
  for (int i = 0; i < ProjectController::kMaxRecent + 2; ++i)
    ASSERT_TRUE(saveAndWait(w.projectController(), ws.dir + QStringLiteral("/p%1.nagl").arg(i)));
  const QStringList recent = w.projectController()->recentProjects();
  ASSERT_EQ(recent.size(), ProjectController::kMaxRecent);
  EXPECT_EQ(recent.first(), ws.dir + QStringLiteral("/p%1.nagl").arg(ProjectController::kMaxRecent + 1));
  EXPECT_FALSE(recent.contains(ws.dir + QStringLiteral("/p0.nagl")));
}

}  // namespace
}  // namespace nagl::ui
