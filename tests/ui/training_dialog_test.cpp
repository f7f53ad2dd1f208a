// Model > Train a head…: the dialog runs `nagl train` as a separate process
// on demo data with the tiny golden backbone, pauses it (a resumable state on
// disk), resumes it, stores the best head in the model store with its sidecar
// and makes it the workstation's default head; a failing training names its
// data; quitting while a head trains pauses it first. Leaves the training
// view's picture in the scratch folder (and in NAGL_SCREENSHOT_DIR when set).
#include <gtest/gtest.h>

#include <QFileInfo>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "nagl/store/model_store.h"
#include "ui/document/inspection_document.h"
#include "ui/shell/main_window.h"
#include "ui/training/training_charts.h"
#include "ui/training/training_dialog.h"
#include "ui/training/training_launcher.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

using State = TrainingJob::State;

class TrainingDialogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!test::haveGoldenData()) GTEST_SKIP() << "no golden data";
    dir_ = test::scratchDir(QStringLiteral("training_dialog"));
    qputenv("NAGL_MODEL_STORE", (dir_ + "/store").toLocal8Bit());
    cacheHome_ = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", (dir_ + "/cache").toLocal8Bit());  // nagl train's feature cache
    QProcess demo;
    demo.start(QStringLiteral(NAGL_CLI_PATH), {QStringLiteral("demo-data"), QStringLiteral("--out"), data()});
    ASSERT_TRUE(demo.waitForFinished(60000));
    ASSERT_EQ(demo.exitCode(), 0) << demo.readAllStandardError().toStdString();
  }
  void TearDown() override {
    qunsetenv("NAGL_MODEL_STORE");
    if (cacheHome_.isEmpty())
      qunsetenv("XDG_CACHE_HOME");
    else
      qputenv("XDG_CACHE_HOME", cacheHome_);
  }

  QString data() const { return dir_ + "/data"; }

  TrainingRequest request(const QString& run, int episodes) const {
    TrainingRequest r;
    r.dataRoots = {data()};
    r.validationCategories = {QStringLiteral("weave")};
    r.backbone = test::tinySettings().backbone;
    r.outDir = dir_ + "/" + run;
    r.epochs = 2;
    r.episodesPerEpoch = episodes;
    r.batchSize = 4;
    r.imageSize = 112;
    r.proxies = 5;
    r.device = QStringLiteral("cpu");
    return r;
  }

  TrainingDialog* openDialog(MainWindow& window) {
    TrainingDialog* dialog = window.training()->open();
    dialog->job()->setProgram(QStringLiteral(NAGL_CLI_PATH));
    return dialog;
  }

  QString dir_;
  QByteArray cacheHome_;
};

TEST(TrainingRequestTest, MakesTheTrainCommandLine) {
  TrainingRequest r;
  r.dataRoots = {QStringLiteral("/d/visa"), QStringLiteral("/d/mvtec")};
  r.validationCategories = splitCategoryList(QStringLiteral(" candle, pcb1  pcb2,"));
  r.outDir = QStringLiteral("/runs/a");
  const QStringList a = r.arguments(true);
  EXPECT_EQ(a.mid(0, 5), (QStringList{"train", "--data", "/d/visa", "--data", "/d/mvtec"}));
  EXPECT_EQ(a.mid(5, 4), (QStringList{"--val-categories", "candle", "pcb1", "pcb2"}));
  EXPECT_FALSE(a.contains(QStringLiteral("--backbone")));  // the store's default
  EXPECT_EQ(a.mid(a.indexOf("--epochs"), 2), (QStringList{"--epochs", "20"}));
  EXPECT_EQ(a.mid(a.indexOf("--progress"), 2), (QStringList{"--progress", "json"}));
  EXPECT_EQ(a.mid(a.size() - 2), (QStringList{"--resume", "/runs/a/last.pth"}));
  EXPECT_FALSE(r.arguments(false).contains(QStringLiteral("--resume")));
}

TEST_F(TrainingDialogTest, TrainsPausesResumesAndOffersTheHeadAsDefault) {
  MainWindow window;
  window.setModelSettings(test::tinySettings());
  TrainingDialog* dialog = openDialog(window);
  dialog->setRequest(request(QStringLiteral("run"), 400));
  QSignalSpy steps(dialog->job(), &TrainingJob::stepProgress);
  ASSERT_TRUE(dialog->start());
  EXPECT_FALSE(dialog->startButton()->isEnabled());
  ASSERT_TRUE(QTest::qWaitFor([&] { return steps.count() >= 2; }, 60000)) << dialog->statusText().toStdString();
  EXPECT_TRUE(dialog->pauseButton()->isEnabled());
  dialog->pauseButton()->click();
  ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->job()->state() == State::Paused; }, 60000))
      << dialog->statusText().toStdString();
  EXPECT_TRUE(QFileInfo::exists(dir_ + "/run/last.state.safetensors"));
  EXPECT_TRUE(dialog->resumeButton()->isEnabled());
  EXPECT_FALSE(dialog->pauseButton()->isEnabled());
  const qsizetype pointsBeforePause = dialog->charts()->trainingLoss()->count();
  EXPECT_GE(pointsBeforePause, 2);

  QSignalSpy started(dialog->job(), &TrainingJob::started);
  dialog->resumeButton()->click();
  ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->job()->state() == State::Finished; }, 120000))
      << dialog->statusText().toStdString() << dialog->job()->errorText().toStdString();
  ASSERT_EQ(started.count(), 1);
  EXPECT_GT(started.first().first().value<TrainingStart>().startStep, 0);  // went on where it stopped
  EXPECT_EQ(dialog->charts()->imageAuroc()->count(), 2);                   // one point per epoch
  EXPECT_GT(dialog->charts()->trainingLoss()->count(), pointsBeforePause);

  ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->defaultHeadButton()->isEnabled(); }, 60000))
      << dialog->statusText().toStdString();
  const TrainedHeadImport head = dialog->importedHead();
  EXPECT_EQ(head.name, QStringLiteral("run"));
  EXPECT_EQ(head.imageSize, 112);
  store::ModelStore store;
  const store::Manifest manifest = store.manifest();
  const store::ModelEntry* entry = manifest.find(head.name.toStdString());
  ASSERT_TRUE(entry);
  const auto sidecar = store.sidecarOf(*entry);
  ASSERT_TRUE(sidecar);
  EXPECT_EQ(sidecar->trainCategories, (std::vector<std::string>{"circuit", "washer"}));

  dialog->defaultHeadButton()->click();
  ASSERT_TRUE(QTest::qWaitFor([&] { return window.modelSettings().head == head.path; }, 30000))
      << dialog->statusText().toStdString();
  const auto defaultHead = store.defaultPath(store::ModelKind::Head);
  ASSERT_TRUE(defaultHead);
  EXPECT_EQ(defaultHead->string(), head.path.toStdString());
  EXPECT_EQ(window.modelSettings().imageSize, 112);

  const QImage view = dialog->grab().toImage();
  EXPECT_TRUE(view.save(dir_ + "/training-view.png"));
  if (const QString shots = qEnvironmentVariable("NAGL_SCREENSHOT_DIR"); !shots.isEmpty())
    view.save(shots + "/06-training-a-head.png");
}

TEST_F(TrainingDialogTest, AFailingTrainingSaysWhichDataIsWrong) {
  MainWindow window;
  TrainingDialog* dialog = openDialog(window);
  TrainingRequest r = request(QStringLiteral("bad"), 8);
  r.dataRoots = {dir_ + "/no-such-dataset"};
  dialog->setRequest(r);
  ASSERT_TRUE(dialog->start());
  ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->job()->state() == State::Failed; }, 60000));
  EXPECT_TRUE(dialog->job()->errorText().contains(QStringLiteral("no-such-dataset")))
      << dialog->job()->errorText().toStdString();
  EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("no-such-dataset")));
  EXPECT_TRUE(dialog->startButton()->isEnabled());
  EXPECT_FALSE(dialog->defaultHeadButton()->isEnabled());
}

TEST_F(TrainingDialogTest, QuittingWhileTrainingPausesItFirst) {
  MainWindow window;
  window.show();
  TrainingDialog* dialog = openDialog(window);
  dialog->setRequest(request(QStringLiteral("quit"), 4000));
  QSignalSpy steps(dialog->job(), &TrainingJob::stepProgress);
  ASSERT_TRUE(dialog->start());
  ASSERT_TRUE(QTest::qWaitFor([&] { return steps.count() >= 1; }, 60000)) << dialog->statusText().toStdString();
  int asked = 0;
  window.training()->setQuitQuestion([&] {
    ++asked;
    return TrainingLauncher::QuitAnswer::KeepWorking;
  });
  EXPECT_FALSE(window.close());
  EXPECT_EQ(asked, 1);
  EXPECT_EQ(dialog->job()->state(), State::Running);

  window.training()->setQuitQuestion([&] {
    ++asked;
    return TrainingLauncher::QuitAnswer::Pause;
  });
  EXPECT_FALSE(window.close());  // not yet: the training saves its state first
  ASSERT_TRUE(QTest::qWaitFor([&] { return !window.isVisible(); }, 60000)) << dialog->statusText().toStdString();
  EXPECT_EQ(asked, 2);
  EXPECT_EQ(dialog->job()->state(), State::Paused);
  EXPECT_TRUE(QFileInfo::exists(dir_ + "/quit/last.state.safetensors"));
}

}  // namespace
}  // namespace nagl::ui
