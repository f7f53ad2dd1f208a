// Settings reach the disk when they change, not only at a clean exit: after a
// crash the window size, the colormap and the model's image size are those
// the user chose. Read from a copy of the settings file, so what is checked
// is the file on disk, not QSettings' in-process cache.
#include <gtest/gtest.h>
#include <QFile>
#include <QSettings>
#include <QTest>

#include "ui/common/app_folders.h"
#include "ui/shell/main_window.h"
#include "ui/shell/settings_autosave.h"
#include "ui/viewer/image_viewer.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

// A value as the settings file on disk holds it now.
QVariant onDisk(const QString& key) {
  const QString copy = test::scratchDir(QStringLiteral("settings-on-disk")) + QStringLiteral("/copy.conf");
  if (!QFile::copy(QSettings().fileName(), copy)) return {};
  return QSettings(copy, QSettings::IniFormat).value(key);
}

TEST(SettingsAutosave, ChangesAreWrittenWithoutClosingTheWindow) {
  {
    QSettings settings;
    settings.remove(QStringLiteral("view"));
    settings.remove(QStringLiteral("window"));
    settings.remove(QStringLiteral("model"));
  }
  MainWindow window;
  window.settingsAutosave()->setDelay(10);
  window.show();
  window.resize(1111, 777);
  window.setColormap(Colormap::Viridis);
  ModelSettings model;
  model.backbone = QStringLiteral("/models/dinov2_vitb14.pth");
  model.imageSize = 336;
  window.setModelSettings(model);
  const int viridis = static_cast<int>(Colormap::Viridis);
  ASSERT_TRUE(QTest::qWaitFor([&] { return onDisk(QStringLiteral("view/colormap")).toInt() == viridis; }, 5000));
  EXPECT_EQ(onDisk(QStringLiteral("model/imageSize")).toInt(), 336);
  EXPECT_EQ(onDisk(QStringLiteral("model/backbone")).toString(), model.backbone);
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return onDisk(QStringLiteral("window/geometry")).toByteArray() == window.saveGeometry(); }, 5000));

  // A window started after a crash (this one never closed) gets them back.
  MainWindow next;
  EXPECT_EQ(next.modelSettings().imageSize, 336);
  EXPECT_EQ(next.viewer()->overlayStyle().colormap, Colormap::Viridis);
  window.setModelSettings({});  // the next tests start without a backbone
  next.setModelSettings({});
}

TEST(AppFolders, OneNameForSettingsCacheAndDataAndTheOldSettingsCarriedOver) {
  EXPECT_TRUE(appCacheFolder().endsWith(QLatin1String("/nagl-inspector")));
  EXPECT_TRUE(appDataFolder().endsWith(QLatin1String("/nagl-inspector")));
  const QString legacy = test::scratchDir(QStringLiteral("legacy-settings")) + QStringLiteral("/NAGL Inspector.conf");
  test::writeFile(legacy, "[view]\ncolormap=2\n[ui]\nlanguage=de\n");
  QSettings().clear();
  EXPECT_TRUE(migrateLegacySettings(legacy));
  EXPECT_EQ(QSettings().value(QStringLiteral("view/colormap")).toInt(), 2);
  EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), "de");
  // Only into empty settings: a second start keeps what the user set since.
  QSettings().setValue(QStringLiteral("view/colormap"), 3);
  EXPECT_FALSE(migrateLegacySettings(legacy));
  EXPECT_EQ(QSettings().value(QStringLiteral("view/colormap")).toInt(), 3);
  QSettings().clear();
}

}  // namespace
}  // namespace nagl::ui
