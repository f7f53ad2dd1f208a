// The workstation's way into the model store: import through the dialog
// (golden tiny weights), a corrupt file's error, a download from a loopback
// server with progress, Cancel, and the first run configuring what it stored.
#include <gtest/gtest.h>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "loopback_file_server.h"
#include "nagl/store/model_store.h"
#include "ui/modelstore/model_store_dialog.h"
#include "ui/shell/main_window.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

class ModelStoreDialogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    store_ = test::scratchDir(QStringLiteral("store_") + QString::fromLatin1(info->name()));
    qputenv("NAGL_MODEL_STORE", store_.toLocal8Bit());
    for (const char* v : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"}) qunsetenv(v);
  }
  void TearDown() override { qunsetenv("NAGL_MODEL_STORE"); }
  std::size_t storedModels() const { return store::ModelStore(store_.toStdString()).manifest().models.size(); }

  QString store_;
};

TEST_F(ModelStoreDialogTest, ImportsTheGoldenBackboneAndHead) {
  ModelStoreDialog dialog;
  QSignalSpy ready(&dialog, &ModelStoreDialog::modelReady);
  QSignalSpy finished(&dialog, &ModelStoreDialog::finished);
  dialog.importFile(test::goldenDir() + "/dinov2_tiny.pth");
  EXPECT_TRUE(dialog.isBusy());  // validation runs on a worker
  ASSERT_TRUE(finished.wait(60000));
  ASSERT_EQ(ready.count(), 1) << dialog.statusText().toStdString();
  EXPECT_TRUE(ready[0][0].toBool());
  const QString stored = ready[0][1].toString();
  EXPECT_TRUE(stored.startsWith(store_)) << stored.toStdString();
  EXPECT_TRUE(QFile::exists(stored));
  EXPECT_FALSE(dialog.showsError());
  EXPECT_NE(dialog.statusText().indexOf("ViT-S/14"), -1) << dialog.statusText().toStdString();

  dialog.importFile(test::goldenDir() + "/nagl_head_tiny.pth");
  ASSERT_TRUE(finished.wait(60000));
  ASSERT_EQ(ready.count(), 2);
  EXPECT_FALSE(ready[1][0].toBool());  // a head
  EXPECT_EQ(storedModels(), 2u);
}

TEST_F(ModelStoreDialogTest, CorruptFileShowsTheStoresError) {
  const QString bad = store_ + "/../corrupt_backbone.pth";
  test::writeFile(bad, QByteArray("PK\x03\x04 this is not a checkpoint"));
  ModelStoreDialog dialog;
  QSignalSpy ready(&dialog, &ModelStoreDialog::modelReady);
  QSignalSpy finished(&dialog, &ModelStoreDialog::finished);
  dialog.importFile(bad);
  ASSERT_TRUE(finished.wait(30000));
  EXPECT_FALSE(finished[0][0].toBool());
  EXPECT_EQ(ready.count(), 0);
  EXPECT_TRUE(dialog.showsError());
  EXPECT_NE(dialog.statusText().indexOf("Not imported"), -1);
  EXPECT_NE(dialog.statusText().indexOf("corrupt_backbone.pth"), -1) << dialog.statusText().toStdString();
  EXPECT_EQ(storedModels(), 0u);
}

TEST_F(ModelStoreDialogTest, DownloadShowsProgressAndStoresTheModel) {
  QFile weights(test::goldenDir() + "/dinov2_tiny.pth");
  ASSERT_TRUE(weights.open(QIODevice::ReadOnly));
  const QByteArray body = weights.readAll();
  test::LoopbackFileServer server(body, 2 * 1024 * 1024, 30);  // about a quarter of a second
  ModelStoreDialog dialog;
  QSignalSpy ready(&dialog, &ModelStoreDialog::modelReady);
  QSignalSpy finished(&dialog, &ModelStoreDialog::finished);
  dialog.startDownload("tiny-download", server.url("/dinov2_tiny.pth"));
  EXPECT_TRUE(dialog.cancelButton()->isEnabled());
  QTRY_VERIFY_WITH_TIMEOUT(dialog.progressBar()->value() > 0 || !finished.isEmpty(), 30000);
  ASSERT_TRUE(finished.count() == 1 || finished.wait(60000));
  ASSERT_EQ(ready.count(), 1) << dialog.statusText().toStdString();
  EXPECT_TRUE(ready[0][0].toBool());
  EXPECT_EQ(dialog.progressBar()->maximum(), body.size() / 1024);
  EXPECT_EQ(dialog.progressBar()->value(), dialog.progressBar()->maximum());
  EXPECT_FALSE(dialog.cancelButton()->isEnabled());
  EXPECT_EQ(storedModels(), 1u);
}

TEST_F(ModelStoreDialogTest, CancelStopsADownloadAndStoresNothing) {
  QFile weights(test::goldenDir() + "/dinov2_tiny.pth");
  ASSERT_TRUE(weights.open(QIODevice::ReadOnly));
  test::LoopbackFileServer server(weights.readAll(), 64 * 1024, 50);  // over ten seconds in all
  ModelStoreDialog dialog;
  QSignalSpy finished(&dialog, &ModelStoreDialog::finished);
  dialog.startDownload("tiny-cancelled", server.url("/dinov2_tiny.pth"));
  QTRY_VERIFY_WITH_TIMEOUT(dialog.progressBar()->value() > 0, 20000);
  QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
  ASSERT_TRUE(finished.wait(20000));
  EXPECT_FALSE(finished[0][0].toBool());
  EXPECT_NE(dialog.statusText().indexOf("cancelled"), -1) << dialog.statusText().toStdString();
  EXPECT_LT(dialog.progressBar()->value(), dialog.progressBar()->maximum());
  EXPECT_EQ(storedModels(), 0u);
}

TEST_F(ModelStoreDialogTest, FirstRunConfiguresTheImportedBackbone) {
  MainWindow window;
  window.setModelSettings({});
  ASSERT_TRUE(window.showsSetupNotice());
  ASSERT_NE(window.findChild<QPushButton*>("getBackboneButton"), nullptr);
  ModelStoreDialog* dialog = window.openModelStore();
  QSignalSpy finished(dialog, &ModelStoreDialog::finished);
  dialog->importFile(test::goldenDir() + "/dinov2_tiny.pth");
  ASSERT_TRUE(finished.wait(60000));
  EXPECT_TRUE(window.modelSettings().backbone.startsWith(store_)) << window.modelSettings().backbone.toStdString();
  EXPECT_FALSE(window.showsSetupNotice());
  dialog->close();
}

}  // namespace
}  // namespace nagl::ui
