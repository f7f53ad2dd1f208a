#pragma once
// What the user configures about the model (settings dialog, QSettings):
// checkpoint files, image size, device, CPU threads, batch size and tiling.
#include <QString>

#include "nagl/engine/query_engine.h"

class QSettings;

namespace nagl::ui {

struct ModelSettings {
  QString backbone;
  QString head;  // empty: normal-only scoring
  int imageSize = 448;
  QString device = QStringLiteral("auto");  // "auto" | "cpu" | "cuda"
  int threads = 0;                          // 0: all cores
  int batchSize = 4;
  tiling::TilingOptions tiling;  // off by default: images are scored whole

  bool operator==(const ModelSettings&) const = default;
  // A head chosen from the model store (import, download, Set as default)
  // brings the image size it was trained at (its sidecar; 0: unknown, the
  // size stays). The user can still change it afterwards in the settings.
  void followTrainedImageSize(int trainedImageSize) {
    if (trainedImageSize > 0) imageSize = trainedImageSize;
  }
  engine::EngineOptions toEngineOptions() const;  // throws std::invalid_argument on a bad device name

  // Tiling as the CLI spells it, the form projects and recipes store: `--tile` text ("" off, "auto" or pixels), overlap
  // -1 and minDefectPx -1 for the defaults (minDefectPx only with "auto"), references "" for auto.
  struct TilingText {
    QString tile;
    int overlap = -1;
    QString references;
    int minDefectPx = -1;
  };
  TilingText tilingText() const;
  // Out-of-range parts fall back to off or the defaults: settings and files
  // from elsewhere never break a run.
  static tiling::TilingOptions tilingFrom(const QString& tile, int overlap, const QString& references, int minDefectPx);

  static ModelSettings load(const QSettings& settings);
  void save(QSettings& settings) const;
};

}  // namespace nagl::ui
