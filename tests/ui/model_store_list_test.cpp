// The model store dialog's list (issue 19, item 8; issue 20, item 4): what
// each stored model is, a head's training sidecar (image size, data, held-out
// AUROCs), Set as default, Remove behind its question, and the settings
// taking a chosen head's trained image size.
#include <gtest/gtest.h>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <filesystem>

#include "../support/head_sidecar_sample.h"
#include "nagl/store/model_store.h"
#include "ui/modelstore/model_store_dialog.h"
#include "ui/shell/settings_dialog.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

class ModelStoreListTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    store_ = test::scratchDir(QStringLiteral("list_") + QString::fromLatin1(info->name()));
    qputenv("NAGL_MODEL_STORE", (store_ + "/store").toLocal8Bit());
    store::ModelStore store(store_.toStdString() + "/store");
    store::ImportOptions backbone, head, trained;
    backbone.name = "tiny_backbone";
    head.name = "tiny_head";
    trained.name = "trained";
    store.importFile((test::goldenDir() + "/dinov2_tiny.pth").toStdString(), backbone);
    const store::ModelEntry h = store.importFile((test::goldenDir() + "/nagl_head_tiny.pth").toStdString(), head);
    // The stored safetensors is another file with the same head: accepted as a
    // second one, here with the sidecar `nagl train` would have written.
    const std::filesystem::path copy = store_.toStdString() + "/trained.safetensors";
    std::filesystem::copy_file(store.pathOf(h), copy);
    test::writeFile(store_ + "/trained.json", QByteArray::fromStdString(nagl::test::headSidecarJson(224)));
    store.importFile(copy, trained);
  }
  void TearDown() override { qunsetenv("NAGL_MODEL_STORE"); }

  store::Manifest manifest() const { return store::ModelStore(store_.toStdString() + "/store").manifest(); }

  static QTreeWidgetItem* row(const ModelStoreDialog& dialog, const QString& name) {
    QTreeWidget* list = dialog.modelList();
    for (int i = 0; i < list->topLevelItemCount(); ++i)
      if (list->topLevelItem(i)->data(kNameColumn, kModelNameRole).toString() == name) return list->topLevelItem(i);
    return nullptr;
  }
  static bool listsRows(const ModelStoreDialog& dialog, int rows) {
    return QTest::qWaitFor([&] { return dialog.modelList()->topLevelItemCount() == rows && !dialog.isBusy(); }, 10000);
  }
  static QMessageBox* question(const QWidget& parent) {
    for (QMessageBox* box : parent.findChildren<QMessageBox*>())
      if (box->isVisible()) return box;
    return nullptr;
  }

  QString store_;
};

TEST_F(ModelStoreListTest, ListsKindArchitectureSizeDigestAndTheSidecar) {
  ModelStoreDialog dialog;
  ASSERT_TRUE(listsRows(dialog, 3));
  const store::Manifest m = manifest();
  const QTreeWidgetItem* backbone = row(dialog, "tiny_backbone");
  ASSERT_NE(backbone, nullptr);
  EXPECT_EQ(backbone->text(kKindColumn), "backbone");
  EXPECT_EQ(backbone->text(kArchitectureColumn).toStdString(), m.find("tiny_backbone")->architecture);
  EXPECT_TRUE(backbone->text(kSizeColumn).endsWith(" MB")) << backbone->text(kSizeColumn).toStdString();
  EXPECT_EQ(backbone->text(kDigestColumn).toStdString(), m.find("tiny_backbone")->sha256.substr(0, 12));
  EXPECT_TRUE(backbone->toolTip(kDigestColumn).contains(QString::fromStdString(m.find("tiny_backbone")->sha256)));
  EXPECT_TRUE(backbone->data(kNameColumn, kModelIsDefaultRole).toBool());
  EXPECT_TRUE(backbone->text(kNameColumn).startsWith("★"));
  EXPECT_TRUE(backbone->text(kImageSizeColumn).isEmpty());

  const QTreeWidgetItem* head = row(dialog, "tiny_head");
  ASSERT_NE(head, nullptr);
  EXPECT_EQ(head->text(kKindColumn), "head");
  EXPECT_EQ(head->text(kArchitectureColumn), "NAGL head (5 proxies, 384-wide features)");
  EXPECT_TRUE(head->data(kNameColumn, kModelIsDefaultRole).toBool());
  EXPECT_TRUE(head->text(kImageSizeColumn).isEmpty());  // no sidecar: nothing said
  EXPECT_TRUE(head->text(kTrainedOnColumn).isEmpty());

  const QTreeWidgetItem* trained = row(dialog, "trained");
  ASSERT_NE(trained, nullptr);
  EXPECT_FALSE(trained->data(kNameColumn, kModelIsDefaultRole).toBool());
  EXPECT_EQ(trained->text(kImageSizeColumn), "224 px");
  EXPECT_EQ(trained->data(kNameColumn, kTrainedImageSizeRole).toInt(), 224);
  EXPECT_EQ(trained->text(kTrainedOnColumn), "bottle, cable");
  EXPECT_EQ(trained->text(kBackboneColumn), "DINOv2 ViT-S/14 (embed 384, depth 2, 6 heads)");
  EXPECT_EQ(trained->text(kImageAurocColumn), "0.937");
  EXPECT_EQ(trained->text(kPixelAurocColumn), "0.814");
}

TEST_F(ModelStoreListTest, SetAsDefaultChangesTheManifestAndTheSettingsTakeTheTrainedImageSize) {
  SettingsDialog settings(test::tinySettings());  // 112 px
  settings.findChild<QPushButton*>("modelStoreButton")->click();
  auto* dialog = settings.findChild<ModelStoreDialog*>();
  ASSERT_NE(dialog, nullptr);
  ASSERT_TRUE(listsRows(*dialog, 3));
  QSignalSpy ready(dialog, &ModelStoreDialog::modelReady);
  QSignalSpy finished(dialog, &ModelStoreDialog::finished);
  dialog->modelList()->setCurrentItem(row(*dialog, "trained"));
  ASSERT_TRUE(dialog->setDefaultButton()->isEnabled());
  dialog->setDefaultButton()->click();
  ASSERT_TRUE(finished.wait(10000));
  ASSERT_EQ(ready.count(), 1) << dialog->statusText().toStdString();
  EXPECT_FALSE(ready[0][0].toBool());
  EXPECT_EQ(ready[0][2].toInt(), 224);
  EXPECT_EQ(manifest().defaultHead, "trained");
  EXPECT_EQ(manifest().defaultBackbone, "tiny_backbone");
  EXPECT_EQ(settings.settings().imageSize, 224);
  EXPECT_EQ(settings.settings().head, ready[0][1].toString());
  ASSERT_TRUE(
      QTest::qWaitFor([&] { return row(*dialog, "trained")->data(kNameColumn, kModelIsDefaultRole).toBool(); }, 10000));
  EXPECT_FALSE(row(*dialog, "tiny_head")->data(kNameColumn, kModelIsDefaultRole).toBool());

  // A head without a sidecar leaves the size as it is; the user's own choice stays possible.
  settings.findChild<QSpinBox*>()->setValue(448);
  dialog->setDefaultModel("tiny_head");
  ASSERT_TRUE(finished.wait(10000));
  EXPECT_EQ(ready.count(), 2);
  EXPECT_EQ(ready[1][2].toInt(), 0);
  EXPECT_EQ(settings.settings().imageSize, 448);
  EXPECT_EQ(manifest().defaultHead, "tiny_head");
}

TEST_F(ModelStoreListTest, AHeadTrainedForAnotherBackboneIsNotMadeTheDefault) {
  store::ModelStore store(store_.toStdString() + "/store");
  const std::filesystem::path copy = store_.toStdString() + "/vitb_head.safetensors";
  std::filesystem::copy_file(store.pathOf(*store.manifest().find("trained")), copy);
  test::writeFile(store_ + "/vitb_head.json",
                  QByteArray::fromStdString(nagl::test::headSidecarJson(
                      448, "null", "DINOv2 ViT-B/14 (embed 768, depth 12, 12 heads), no NAGL head, image size 448")));
  store::ImportOptions options;
  options.name = "vitb_head";
  store.importFile(copy, options);

  ModelStoreDialog dialog;
  ASSERT_TRUE(listsRows(dialog, 4));
  EXPECT_EQ(row(dialog, "vitb_head")->text(kImageAurocColumn), "not recorded");
  QSignalSpy ready(&dialog, &ModelStoreDialog::modelReady);
  QSignalSpy finished(&dialog, &ModelStoreDialog::finished);
  dialog.setDefaultModel("vitb_head");
  ASSERT_TRUE(finished.wait(10000));
  EXPECT_FALSE(finished[0][0].toBool());
  EXPECT_EQ(ready.count(), 0);
  EXPECT_TRUE(dialog.showsError());
  EXPECT_TRUE(dialog.statusText().contains("was trained with the backbone DINOv2 ViT-B/14"))
      << dialog.statusText().toStdString();
  EXPECT_EQ(store.manifest().defaultHead, "tiny_head");
}

TEST_F(ModelStoreListTest, RemoveAsksSaysWhatHappensToTheDefaultAndRemoves) {
  ModelStoreDialog dialog;
  ASSERT_TRUE(listsRows(dialog, 3));
  QSignalSpy finished(&dialog, &ModelStoreDialog::finished);
  dialog.removeModel("tiny_backbone");
  QMessageBox* box = question(dialog);
  ASSERT_NE(box, nullptr);
  EXPECT_TRUE(box->text().contains("default backbone")) << box->text().toStdString();
  EXPECT_TRUE(box->text().contains("no other backbone")) << box->text().toStdString();
  box->button(QMessageBox::Cancel)->click();
  EXPECT_FALSE(dialog.isBusy());
  EXPECT_EQ(manifest().models.size(), 3u);

  dialog.removeModel("tiny_head");
  box = question(dialog);
  ASSERT_NE(box, nullptr);
  EXPECT_TRUE(box->text().contains("“trained” becomes the default")) << box->text().toStdString();
  const QString file = store_ + "/store/tiny_head.safetensors";
  ASSERT_TRUE(QFile::exists(file));
  box->button(QMessageBox::Yes)->click();
  ASSERT_TRUE(finished.wait(10000));
  EXPECT_TRUE(finished[0][0].toBool()) << dialog.statusText().toStdString();
  EXPECT_TRUE(dialog.statusText().contains("“trained” is now the default")) << dialog.statusText().toStdString();
  EXPECT_EQ(manifest().find("tiny_head"), nullptr);
  EXPECT_EQ(manifest().defaultHead, "trained");
  EXPECT_FALSE(QFile::exists(file));
  ASSERT_TRUE(listsRows(dialog, 2));
  EXPECT_EQ(row(dialog, "tiny_head"), nullptr);
}

}  // namespace
}  // namespace nagl::ui
