// Tiling in the model settings (issue 16): Off / Auto (smallest defect) /
// fixed tile side and the reference matching, through the settings dialog's
// controls, QSettings and the CLI's spelling that projects and recipes keep.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

#include "ui/shell/settings_dialog.h"
#include "ui/shell/tiling_controls.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

tiling::TilingOptions fixed(int side, tiling::TileMatching matching = tiling::TileMatching::Auto) {
  tiling::TilingOptions o;
  o.side = side;
  o.matching = matching;
  return o;
}

TEST(TilingSettings, TheCliSpellingReadsBackAndBadPartsFallBack) {
  EXPECT_FALSE(ModelSettings::tilingFrom({}, -1, {}, -1).enabled());
  const tiling::TilingOptions automatic = ModelSettings::tilingFrom("auto", -1, "aligned", 20);
  EXPECT_TRUE(automatic.autoSide);
  EXPECT_EQ(automatic.minDefectPx, 20);
  EXPECT_EQ(automatic.matching, tiling::TileMatching::Aligned);
  const tiling::TilingOptions sized = ModelSettings::tilingFrom("384", 50, {}, -1);
  EXPECT_EQ(sized.side, 384);
  EXPECT_EQ(sized.overlap, 50);
  EXPECT_EQ(sized.minDefectPx, 32);  // the default
  // Less than one model patch, an overlap as large as the tile, a word from
  // a later release: off, the default overlap, auto matching.
  EXPECT_FALSE(ModelSettings::tilingFrom("10", -1, {}, -1).enabled());
  EXPECT_EQ(ModelSettings::tilingFrom("384", 384, {}, -1).overlap, -1);
  EXPECT_EQ(ModelSettings::tilingFrom("384", -1, "sideways", -1).matching, tiling::TileMatching::Auto);
}

TEST(TilingSettings, SavedAndLoadedWithTheModelSettings) {
  const QString file = test::scratchDir(QStringLiteral("tiling_settings")) + QStringLiteral("/settings.ini");
  ModelSettings s = test::tinySettings();
  s.tiling = ModelSettings::tilingFrom("auto", -1, "pooled", 24);
  {
    QSettings settings(file, QSettings::IniFormat);
    s.save(settings);
  }
  const QSettings settings(file, QSettings::IniFormat);
  EXPECT_EQ(ModelSettings::load(settings), s);
  EXPECT_EQ(s.toEngineOptions().tiling, s.tiling);
  EXPECT_EQ(s.tilingText().tile, QStringLiteral("auto"));
}

TEST(TilingSettings, TheControlsOfferOffAutoAndAFixedSide) {
  TilingControls controls(fixed(512, tiling::TileMatching::Pooled));
  controls.setImageSize(448);
  EXPECT_EQ(controls.options(), fixed(512, tiling::TileMatching::Pooled));
  auto* mode = controls.findChild<QComboBox*>(QStringLiteral("tilingMode"));
  auto* minDefect = controls.findChild<QSpinBox*>(QStringLiteral("tilingMinDefect"));
  auto* side = controls.findChild<QSpinBox*>(QStringLiteral("tilingSide"));
  ASSERT_TRUE(mode && minDefect && side);
  EXPECT_FALSE(minDefect->isEnabled());
  QString explanation;
  for (const QLabel* label : controls.findChildren<QLabel*>())
    if (label->text().startsWith("Tiles of")) explanation = label->text();
  EXPECT_TRUE(explanation.startsWith("Tiles of 512 px overlapping by 128 px")) << explanation.toStdString();

  mode->setCurrentIndex(1);  // Auto: 32 patches a side at 448 px, 20 px each -> 640 px tiles
  minDefect->setValue(20);
  EXPECT_TRUE(controls.options().autoSide);
  EXPECT_EQ(controls.options().minDefectPx, 20);
  EXPECT_FALSE(side->isEnabled());
  EXPECT_EQ(tiling::resolveTiling(controls.options(), 32).side, 640);
  mode->setCurrentIndex(0);
  EXPECT_FALSE(controls.options().enabled());
}

TEST(TilingSettings, TheSettingsDialogKeepsTheTiling) {
  ModelSettings s = test::tinySettings();
  s.tiling = fixed(384);
  SettingsDialog dialog(s);
  EXPECT_EQ(dialog.settings().tiling, s.tiling);
}

}  // namespace
}  // namespace nagl::ui
