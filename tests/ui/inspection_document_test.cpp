// The inspection document: each kind of change says so with its signal (and
// an edit that changes nothing stays silent), the user's edits undo and redo
// to the exact state before and after, and a project saved from a document
// and opened into another one gives back every field.
#include "ui/document/inspection_document.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <tuple>

#include "nagl/project/project_folder.h"
#include "ui/lot/lot_filter_proxy.h"
#include "ui/lot/lot_table_model.h"
#include "ui/project/project_controller.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

QueryResult scored(const QString& path, double score, int closestNormal = 0) {
  QueryResult r;
  r.path = path.toStdString();
  r.status = QueryStatus::Done;
  r.score = score;
  r.width = 40;
  r.height = 30;
  r.closestNormal = closestNormal;
  r.patchGrid = FloatImage(2, 2);
  for (int k = 0; k < 4; ++k) r.patchGrid.data[static_cast<std::size_t>(k)] = static_cast<float>(score + 0.01 * k);
  return r;
}

QImage stripes(int seed) {
  QImage m(40, 30, QImage::Format_Grayscale8);
  m.fill(0);
  for (int y = seed; y < 30; y += 3) std::fill_n(m.scanLine(y), 40 - seed, 255);
  return m;
}

// Counts every signal of a document.
struct Spies {
  explicit Spies(InspectionDocument* d)
      : model(d, &InspectionDocument::modelSettingsChanged),
        references(d, &InspectionDocument::referencesChanged),
        referenceMask(d, &InspectionDocument::referenceMaskChanged),
        lot(d, &InspectionDocument::lotReset),
        resultsReset(d, &InspectionDocument::resultsReset),
        results(d, &InspectionDocument::resultsUpdated),
        override_(d, &InspectionDocument::overrideChanged),
        overrides(d, &InspectionDocument::overridesReset),
        thresholds(d, &InspectionDocument::thresholdsChanged),
        queryMask(d, &InspectionDocument::queryMaskChanged) {}
  int total() const {
    return static_cast<int>(model.count() + references.count() + referenceMask.count() + lot.count() +
                            resultsReset.count() + results.count() + override_.count() + overrides.count() +
                            thresholds.count() + queryMask.count());
  }
  QSignalSpy model, references, referenceMask, lot, resultsReset, results, override_, overrides, thresholds, queryMask;
};

TEST(InspectionDocument, EachChangeEmitsItsSignalOnce) {
  InspectionDocument doc;
  Spies spy(&doc);

  ModelSettings settings;
  settings.backbone = QStringLiteral("/models/b.pth");
  doc.setModelSettings(settings);
  EXPECT_EQ(spy.model.count(), 1);
  doc.setModelSettings(settings);  // the same again: no change
  EXPECT_EQ(spy.model.count(), 1);

  ASSERT_TRUE(doc.addNormal(QStringLiteral("/refs/good.png")));
  EXPECT_FALSE(doc.addNormal(QStringLiteral("/refs/good.png")));
  ASSERT_TRUE(doc.addDefective(QStringLiteral("/refs/bad.png"), {}));
  EXPECT_EQ(spy.references.count(), 2);
  EXPECT_EQ(doc.missingMaskCount(), 1);
  EXPECT_TRUE(doc.references().defective.isEmpty());
  ASSERT_TRUE(doc.setDefectiveMaskFile(0, QStringLiteral("/refs/bad_mask.png")));
  EXPECT_EQ(spy.references.count(), 3);
  EXPECT_EQ(doc.references().defective.value(0).mask, QStringLiteral("/refs/bad_mask.png"));

  doc.setReferenceMaskEdit(QStringLiteral("/refs/bad.png"), stripes(1), QStringLiteral("/refs/bad_mask.png"));
  EXPECT_EQ(spy.referenceMask.count(), 1);
  EXPECT_EQ(spy.referenceMask[0][0].toString(), QStringLiteral("/refs/bad.png"));
  EXPECT_EQ(doc.referenceMaskEdit(QStringLiteral("/refs/bad.png"), QStringLiteral("/refs/bad_mask.png")), stripes(1));
  EXPECT_TRUE(doc.referenceMaskEdit(QStringLiteral("/refs/bad.png"), QStringLiteral("/other_mask.png")).isNull());

  ASSERT_TRUE(doc.setLot({QStringLiteral("/lot/a.png"), QStringLiteral("/lot/b.png")}, QStringLiteral("/lot")));
  EXPECT_EQ(spy.lot.count(), 1);
  EXPECT_EQ(doc.lotRoot(), QStringLiteral("/lot"));
  EXPECT_EQ(doc.results().value(1).status, QueryStatus::Pending);

  doc.updateResults({1}, {QueryResult{}, scored(QStringLiteral("/lot/b.png"), 0.7)});
  ASSERT_EQ(spy.results.count(), 1);
  EXPECT_EQ(spy.results[0][0].value<QList<int>>(), QList<int>{1});
  EXPECT_DOUBLE_EQ(doc.results()[1].score, 0.7);

  const ThresholdSource lot{ThresholdSource::Kind::CalibrationLot, QStringLiteral("/cal")};
  doc.restoreThresholds({0.3, 0.6}, lot);
  EXPECT_EQ(spy.thresholds.count(), 1);
  EXPECT_EQ(doc.verdictAt(1), Verdict::Fail);
  doc.restoreThresholds({0.3, 0.6}, lot);
  EXPECT_EQ(spy.thresholds.count(), 1);
  doc.setUserThresholds({0.3, 0.6});  // the same values, now the user's
  EXPECT_EQ(spy.thresholds.count(), 2);
  EXPECT_TRUE(doc.thresholdsSetByUser());

  doc.setOverride(1, Verdict::Pass);
  ASSERT_EQ(spy.override_.count(), 1);
  EXPECT_EQ(spy.override_[0][0].toInt(), 1);
  EXPECT_EQ(doc.verdictAt(1), Verdict::Pass);
  doc.restoreOverrides({{QStringLiteral("/lot/a.png"), VerdictOverride{.verdict = Verdict::Review}},
                        {QStringLiteral("/elsewhere.png"), VerdictOverride{.verdict = Verdict::Fail}}},
                       {});
  EXPECT_EQ(spy.overrides.count(), 1);
  EXPECT_EQ(doc.overrideAt(0), Verdict::Review);
  EXPECT_EQ(doc.overrideAt(1), Verdict::None);

  doc.setQueryMask(QStringLiteral("/lot/a.png"), stripes(2));
  doc.setQueryMask(QStringLiteral("/lot/a.png"), QImage());
  EXPECT_EQ(spy.queryMask.count(), 2);
  EXPECT_TRUE(doc.queryMasks().isEmpty());

  doc.resetResults();  // a run starts: the verdicts stay the user's
  EXPECT_EQ(spy.resultsReset.count(), 1);
  EXPECT_EQ(doc.results()[1].status, QueryStatus::Pending);
  EXPECT_EQ(doc.overrideAt(0), Verdict::Review);

  doc.setScoring(true);  // a run is scoring: the lot stays
  EXPECT_FALSE(doc.setLot({}, {}));
  EXPECT_EQ(spy.lot.count(), 1);
  doc.setScoring(false);

  doc.removeDefectives({0});
  EXPECT_EQ(spy.references.count(), 4);
  EXPECT_EQ(spy.total(), 15);
}

TEST(InspectionDocument, UndoAndRedoRestoreTheStateBeforeAndAfter) {
  InspectionDocument doc;
  QUndoStack* undo = doc.undoStack();
  doc.setLot({QStringLiteral("/lot/a.png"), QStringLiteral("/lot/b.png")}, {});
  doc.updateResults({0, 1}, {scored(QStringLiteral("/lot/a.png"), 0.2), scored(QStringLiteral("/lot/b.png"), 0.5)});
  doc.restoreThresholds({0.1, 0.9}, {});  // loaded: not undoable
  EXPECT_EQ(undo->count(), 0);

  // Thresholds: a spin box stepping merges into one step; undo gives back the loaded ones.
  QSignalSpy thresholds(&doc, &InspectionDocument::thresholdsChanged);
  doc.setUserThresholds({0.3, 0.9});
  doc.setUserThresholds({0.3, 0.8});
  doc.setUserThresholds({0.3, 0.45});
  EXPECT_EQ(undo->count(), 1);
  EXPECT_EQ(doc.verdictAt(1), Verdict::Fail);
  undo->undo();
  EXPECT_EQ(doc.thresholds(), (Thresholds{0.1, 0.9}));
  EXPECT_FALSE(doc.thresholdsSetByUser());
  EXPECT_EQ(doc.verdictAt(1), Verdict::Review);
  undo->redo();
  EXPECT_EQ(doc.thresholds(), (Thresholds{0.3, 0.45}));
  EXPECT_TRUE(doc.thresholdsSetByUser());
  EXPECT_EQ(thresholds.count(), 5);

  // Overrides: set, changed, cleared; each one step.
  doc.setOverride(0, Verdict::Fail);
  doc.setOverride(0, Verdict::Review);
  doc.setOverride(0, Verdict::None);
  EXPECT_EQ(undo->count(), 4);
  undo->undo();
  EXPECT_EQ(doc.overrideAt(0), Verdict::Review);
  undo->undo();
  EXPECT_EQ(doc.overrideAt(0), Verdict::Fail);
  EXPECT_EQ(doc.verdictAt(0), Verdict::Fail);
  undo->undo();
  EXPECT_EQ(doc.overrideAt(0), Verdict::None);
  EXPECT_EQ(doc.verdictAt(0), Verdict::Pass);
  undo->redo();
  EXPECT_EQ(doc.overrideAt(0), Verdict::Fail);

  // References: adding and removing (rows from the middle) come back in place.
  for (const char* name : {"/refs/n0.png", "/refs/n1.png", "/refs/n2.png", "/refs/n3.png"})
    doc.addNormal(QString::fromLatin1(name));
  doc.addDefective(QStringLiteral("/refs/d0.png"), QStringLiteral("/refs/d0_mask.png"));
  doc.addDefective(QStringLiteral("/refs/d1.png"), {});
  const QStringList normals = doc.normals();
  const QList<DefectiveReference> defectives = doc.defectives();
  doc.removeNormals({2, 0});
  doc.removeDefectives({0});
  EXPECT_EQ(doc.normals(), (QStringList{QStringLiteral("/refs/n1.png"), QStringLiteral("/refs/n3.png")}));
  ASSERT_EQ(doc.defectives().size(), 1);
  EXPECT_EQ(doc.defectives()[0].image, QStringLiteral("/refs/d1.png"));
  undo->undo();
  EXPECT_EQ(doc.defectives(), defectives);
  undo->undo();
  EXPECT_EQ(doc.normals(), normals);
  undo->redo();
  undo->redo();
  EXPECT_EQ(doc.normals().size(), 2);
  EXPECT_EQ(doc.defectives().size(), 1);
  // Back to before the first reference.
  while (undo->index() > 2) undo->undo();  // the thresholds and the first override stay
  EXPECT_TRUE(doc.normals().isEmpty());
  EXPECT_TRUE(doc.defectives().isEmpty());
  EXPECT_EQ(doc.overrideAt(0), Verdict::Fail);

  // Loading drops the history.
  doc.restoreReferences({QStringLiteral("/refs/x.png")}, {});
  doc.clearHistory();
  EXPECT_EQ(undo->count(), 0);
  EXPECT_EQ(doc.normals(), QStringList{QStringLiteral("/refs/x.png")});
}

// Edit > Undo / Redo name the edit: what was done to which file.
TEST(InspectionDocument, EachUndoStepNamesItsEdit) {
  InspectionDocument doc;
  QUndoStack* undo = doc.undoStack();
  doc.setLot({QStringLiteral("/lot/a.png"), QStringLiteral("/lot/b.png")}, {});
  doc.addNormal(QStringLiteral("/refs/good_1.png"));
  EXPECT_EQ(undo->undoText(), "Add the normal reference good_1.png");
  doc.addDefective(QStringLiteral("/refs/crack_2.png"), {});
  EXPECT_EQ(undo->undoText(), "Add the defective reference crack_2.png");
  doc.addNormal(QStringLiteral("/refs/good_3.png"));
  doc.removeNormals({0, 1});
  EXPECT_EQ(undo->undoText(), "Remove 2 normal reference(s)");  // English has no plural table
  doc.setOverride(1, Verdict::Fail);
  EXPECT_EQ(undo->undoText(), "Mark b.png as fail");
  doc.setOverrideComment(1, QStringLiteral("seen"));
  EXPECT_EQ(undo->undoText(), "Comment on the override of b.png");
  doc.setOverride(1, Verdict::None);
  EXPECT_EQ(undo->undoText(), "Clear the override of b.png");
  doc.setUserThresholds({0.3, 0.6});
  EXPECT_EQ(undo->undoText(), "Change the thresholds");
  undo->undo();
  EXPECT_EQ(undo->redoText(), "Change the thresholds");
}

TEST(InspectionDocument, OverrideUndoFollowsTheImageNotTheRow) {
  InspectionDocument doc;
  doc.setLot({QStringLiteral("/lot/a.png"), QStringLiteral("/lot/b.png")}, {});
  doc.setOverride(1, Verdict::Fail);
  doc.setLot({QStringLiteral("/lot/b.png")}, {});  // another lot: b is row 0 now
  doc.undoStack()->undo();
  EXPECT_EQ(doc.overrideAt(0), Verdict::None);
  doc.undoStack()->redo();
  EXPECT_EQ(doc.overrideAt(0), Verdict::Fail);
}

TEST(InspectionDocument, AnOverrideSaysWhoWhenAndWhyAndEveryChangeIsLogged) {
  InspectionDocument doc;
  doc.setLot({QStringLiteral("/lot/a.png"), QStringLiteral("/lot/b.png")}, {});
  doc.updateResults({0, 1}, {scored(QStringLiteral("/lot/a.png"), 0.2), scored(QStringLiteral("/lot/b.png"), 0.7)});
  const QDateTime before = QDateTime::currentDateTimeUtc();
  doc.setOverride(1, Verdict::Fail, QStringLiteral("burr"));
  const VerdictOverride set = doc.overrideDetailsAt(1);
  EXPECT_EQ(set.verdict, Verdict::Fail);
  EXPECT_EQ(set.by, currentUserName());
  EXPECT_FALSE(set.by.isEmpty());
  EXPECT_EQ(set.at.timeSpec(), Qt::UTC);
  EXPECT_GE(set.at, before);
  EXPECT_LE(set.at, QDateTime::currentDateTimeUtc());
  EXPECT_EQ(set.comment, QStringLiteral("burr"));
  EXPECT_DOUBLE_EQ(set.judgedScore, 0.7);

  doc.setOverrideComment(1, QStringLiteral("burr on the rim"));
  EXPECT_EQ(doc.overrideAt(1), Verdict::Fail);
  EXPECT_EQ(doc.overrideDetailsAt(1).comment, QStringLiteral("burr on the rim"));
  doc.setOverrideComment(0, QStringLiteral("no override, no comment"));
  EXPECT_EQ(doc.undoStack()->count(), 2);

  doc.undoStack()->undo();
  EXPECT_EQ(doc.overrideDetailsAt(1), set);  // the comment as it was
  doc.undoStack()->undo();
  EXPECT_EQ(doc.overrideAt(1), Verdict::None);
  doc.undoStack()->redo();
  EXPECT_EQ(doc.overrideDetailsAt(1), set);

  // The log only grows: undo and redo are entries of their own.
  const QList<OverrideLogEntry>& log = doc.overrideLog();
  ASSERT_EQ(log.size(), 5);
  const auto step = [&log](int i) { return std::tuple(log[i].action, log[i].before, log[i].after, log[i].comment); };
  EXPECT_EQ(step(0), std::tuple(OverrideAction::Set, Verdict::None, Verdict::Fail, QStringLiteral("burr")));
  EXPECT_EQ(step(1),
            std::tuple(OverrideAction::Comment, Verdict::Fail, Verdict::Fail, QStringLiteral("burr on the rim")));
  EXPECT_EQ(step(2), std::tuple(OverrideAction::Undo, Verdict::Fail, Verdict::Fail, QStringLiteral("burr")));
  EXPECT_EQ(step(3), std::tuple(OverrideAction::Undo, Verdict::Fail, Verdict::None, QString()));
  EXPECT_EQ(step(4), std::tuple(OverrideAction::Redo, Verdict::None, Verdict::Fail, QStringLiteral("burr")));
  for (const OverrideLogEntry& e : log) {
    EXPECT_EQ(e.image, QStringLiteral("/lot/b.png"));
    EXPECT_EQ(e.by, currentUserName());
    EXPECT_TRUE(e.at.isValid());
  }

  // Another lot drops the override, and the log says so.
  doc.setLot({QStringLiteral("/lot/c.png")}, {});
  ASSERT_EQ(log.size(), 6);
  EXPECT_EQ(step(5), std::tuple(OverrideAction::Clear, Verdict::Fail, Verdict::None, QString()));
}

TEST(InspectionDocument, TheOverridesAuthorIsTheProcesssAccountWithoutALoginEnvironment) {
  QHash<QByteArray, QByteArray> saved;
  for (const char* name : {"USER", "USERNAME", "LOGNAME"}) {
    if (qEnvironmentVariableIsSet(name)) saved.insert(name, qgetenv(name));
    qunsetenv(name);
  }
  const QString user = currentUserName();
  for (auto it = saved.begin(); it != saved.end(); ++it) qputenv(it.key().constData(), it.value());
  EXPECT_FALSE(user.isEmpty());
#ifdef Q_OS_UNIX
  EXPECT_NE(user, QStringLiteral("unknown"));  // a service or a container still has an account
#endif
}

TEST(InspectionDocument, AReScoreKeepsTheOverridesAndFlagsTheOnesWhoseScoreMoved) {
  InspectionDocument doc;
  const QString a = QStringLiteral("/lot/a.png"), b = QStringLiteral("/lot/b.png"), c = QStringLiteral("/lot/c.png");
  doc.setLot({a, b, c}, {});
  doc.restoreThresholds({0.3, 0.6}, {});
  doc.updateResults({0, 1}, {scored(a, 0.2), scored(b, 0.7)});
  doc.setOverride(0, Verdict::Review);
  doc.setOverride(1, Verdict::Pass);
  doc.setOverride(2, Verdict::Fail);  // before it had a score: judged on the image
  EXPECT_TRUE(std::isnan(doc.overrideDetailsAt(2).judgedScore));

  doc.resetResults();  // F5
  for (int row = 0; row < 3; ++row) EXPECT_FALSE(doc.overrideNeedsReview(row)) << row;
  EXPECT_EQ(doc.overrideAt(1), Verdict::Pass);
  doc.storeResult(0, scored(a, 0.2));         // the same score
  doc.storeResult(1, scored(b, 0.7 + 1e-8));  // float rounding of the results cache: the same
  doc.storeResult(2, scored(c, 0.5));         // its first score becomes the one judged
  doc.endResultBatch({0, 1, 2});
  for (int row = 0; row < 3; ++row) EXPECT_FALSE(doc.overrideNeedsReview(row)) << row;
  EXPECT_DOUBLE_EQ(doc.overrideDetailsAt(2).judgedScore, 0.5);

  doc.resetResults();  // a reference edited: other scores
  doc.storeResult(0, scored(a, 0.2));
  doc.storeResult(1, scored(b, 0.9));
  doc.storeResult(2, scored(c, 0.45));
  doc.endResultBatch({0, 1, 2});
  EXPECT_FALSE(doc.overrideNeedsReview(0));
  EXPECT_TRUE(doc.overrideNeedsReview(1));
  EXPECT_TRUE(doc.overrideNeedsReview(2));
  EXPECT_EQ(doc.verdictAt(1), Verdict::Pass);  // the decision is kept, not dropped

  // The lot table shows the flag; the Review filter finds it.
  LotTableModel model;
  model.setDocument(&doc);
  EXPECT_EQ(model.index(1, LotTableModel::StatusColumn).data().toString(),
            QStringLiteral("score changed since override"));
  EXPECT_TRUE(model.index(1, LotTableModel::VerdictColumn).data().toString().contains(QStringLiteral("⚠")));
  EXPECT_TRUE(model.index(1, 0).data(LotTableModel::OverrideNeedsReviewRole).toBool());
  EXPECT_EQ(model.index(0, LotTableModel::StatusColumn).data().toString(), QStringLiteral("done"));
  EXPECT_TRUE(model.index(1, LotTableModel::VerdictColumn)
                  .data(Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("Scored 0.70000 when overridden, now 0.90000")));
  LotFilterProxy proxy;
  proxy.setSourceModel(&model);
  proxy.setVerdictFilter(LotFilterProxy::Filter::Review);
  ASSERT_EQ(proxy.rowCount(), 3);  // a by its override, b (a pass) and c (a fail) by their moved scores
  EXPECT_EQ(proxy.mapToSource(proxy.index(1, 0)).row(), 1);
  EXPECT_EQ(proxy.mapToSource(proxy.index(2, 0)).row(), 2);

  // Keeping the override at the new score is an undoable, logged step.
  doc.confirmOverride(1);
  EXPECT_FALSE(doc.overrideNeedsReview(1));
  EXPECT_DOUBLE_EQ(doc.overrideDetailsAt(1).judgedScore, 0.9);
  EXPECT_EQ(doc.overrideLog().last().action, OverrideAction::Confirm);
  doc.undoStack()->undo();
  EXPECT_TRUE(doc.overrideNeedsReview(1));
  EXPECT_EQ(doc.overrideAt(1), Verdict::Pass);
}

// A document and a controller, as the window has them but without the window.
struct DocumentProject {
  QMainWindow window;
  InspectionDocument document;
  ProjectController controller{&document, &window};
  DocumentProject() {
    controller.setPromptHandler(
        [](ProjectController::Prompt, const QString&) { return ProjectController::Answer::Ok; });
  }
};

QImage maskOf(const InspectionDocument& doc, const DefectiveReference& ref) {
  const QImage edit = doc.referenceMaskEdit(ref.image, ref.mask);
  return edit.isNull() ? nagl::project::ProjectFolder::readMask(ref.mask) : edit;
}

TEST(InspectionDocument, ASavedProjectOpensIntoAnEqualDocument) {
  const QString dir = test::scratchDir(QStringLiteral("document-roundtrip"));
  QImage image(40, 30, QImage::Format_RGB32);
  image.fill(Qt::gray);
  for (const char* n : {"refs/good.png", "refs/good2.png", "refs/scratch.png", "refs/dent.png", "lot/a.png",
                        "lot/b.png", "lot/c.png"}) {
    QDir().mkpath(QFileInfo(dir + QLatin1Char('/') + QLatin1String(n)).absolutePath());
    image.save(dir + QLatin1Char('/') + QLatin1String(n));
  }
  stripes(1).save(dir + QStringLiteral("/refs/scratch_mask.png"));
  stripes(2).save(dir + QStringLiteral("/refs/dent_mask.png"));
  const QStringList lot = {dir + QStringLiteral("/lot/a.png"), dir + QStringLiteral("/lot/b.png"),
                           dir + QStringLiteral("/lot/c.png")};

  DocumentProject saved;
  InspectionDocument& a = saved.document;
  ModelSettings settings;
  settings.backbone = QStringLiteral("/models/dinov2_vits14.pth");
  settings.head = QStringLiteral("/models/head.pth");
  settings.imageSize = 336;
  settings.device = QStringLiteral("cpu");
  settings.threads = 3;
  settings.batchSize = 5;
  a.setModelSettings(settings);
  a.addNormal(dir + QStringLiteral("/refs/good.png"));
  a.addNormal(dir + QStringLiteral("/refs/good2.png"));
  a.addDefective(dir + QStringLiteral("/refs/scratch.png"), dir + QStringLiteral("/refs/scratch_mask.png"));
  a.addDefective(dir + QStringLiteral("/refs/dent.png"), dir + QStringLiteral("/refs/dent_mask.png"));
  a.setReferenceMaskEdit(dir + QStringLiteral("/refs/dent.png"), stripes(3),
                         dir + QStringLiteral("/refs/dent_mask.png"));
  QList<QueryResult> results = {scored(lot[0], 0.2, 1), scored(lot[1], 0.55, 0), QueryResult{}};
  results[2].path = lot[2].toStdString();
  results[2].status = QueryStatus::Failed;
  results[2].error = "cannot decode";
  ASSERT_TRUE(a.restoreLot(results, dir + QStringLiteral("/lot")));
  a.setUserThresholds({0.31, 0.62});
  a.setOverride(1, Verdict::Pass, QStringLiteral("a shadow, not a dent"));
  a.setOverride(2, Verdict::Fail);
  a.setOverride(0, Verdict::Review);
  a.undoStack()->undo();  // in the audit log as set, then undone
  a.setQueryMask(lot[0], stripes(4));

  QSignalSpy done(&saved.controller, &ProjectController::projectSaved);
  ASSERT_TRUE(saved.controller.saveTo(dir + QStringLiteral("/inspection.nagl")));
  ASSERT_TRUE(done.wait(20000));

  DocumentProject opened;
  InspectionDocument& b = opened.document;
  QSignalSpy loaded(&opened.controller, &ProjectController::projectOpened);
  ASSERT_TRUE(opened.controller.openProject(dir + QStringLiteral("/inspection.nagl")));
  ASSERT_TRUE(loaded.wait(20000));

  EXPECT_EQ(b.modelSettings(), a.modelSettings());
  EXPECT_EQ(b.normals(), a.normals());
  ASSERT_EQ(b.defectives().size(), a.defectives().size());
  for (qsizetype i = 0; i < a.defectives().size(); ++i) {
    EXPECT_EQ(b.defectives()[i].image, a.defectives()[i].image);
    // The project keeps its own copy of each mask (the edited one as drawn).
    EXPECT_EQ(maskOf(b, b.defectives()[i]), maskOf(a, a.defectives()[i])) << i;
  }
  EXPECT_EQ(b.lotRoot(), a.lotRoot());
  EXPECT_EQ(b.lotPaths(), a.lotPaths());
  ASSERT_EQ(b.results().size(), a.results().size());
  for (qsizetype i = 0; i < a.results().size(); ++i) {
    const QueryResult &x = a.results()[i], &y = b.results()[i];
    EXPECT_EQ(y.path, x.path);
    EXPECT_EQ(y.status, x.status);
    EXPECT_EQ(y.score, x.score);
    EXPECT_EQ(y.error, x.error);
    EXPECT_EQ(y.width, x.width);
    EXPECT_EQ(y.height, x.height);
    EXPECT_EQ(y.closestNormal, x.closestNormal);
    EXPECT_EQ(y.patchGrid.width, x.patchGrid.width);
    EXPECT_EQ(y.patchGrid.height, x.patchGrid.height);
    EXPECT_EQ(y.patchGrid.data, x.patchGrid.data);
  }
  for (int row = 0; row < a.results().size(); ++row) {
    EXPECT_EQ(b.overrideAt(row), a.overrideAt(row)) << row;
    EXPECT_EQ(b.overrideDetailsAt(row), a.overrideDetailsAt(row)) << row;  // who, when, comment, judged score
    EXPECT_EQ(b.verdictAt(row), a.verdictAt(row)) << row;
  }
  EXPECT_EQ(b.overrideDetailsAt(1).comment, QStringLiteral("a shadow, not a dent"));
  ASSERT_EQ(a.overrideLog().size(), 4);
  EXPECT_EQ(b.overrideLog(), a.overrideLog());
  EXPECT_EQ(b.thresholds(), a.thresholds());
  EXPECT_EQ(b.thresholdsSetByUser(), a.thresholdsSetByUser());
  EXPECT_EQ(b.queryMasks().keys(), a.queryMasks().keys());
  EXPECT_EQ(b.queryMask(lot[0]), a.queryMask(lot[0]));
  EXPECT_EQ(b.undoStack()->count(), 0);  // an opened project starts a fresh history
  EXPECT_FALSE(opened.controller.isModified());
}

}  // namespace
}  // namespace nagl::ui
