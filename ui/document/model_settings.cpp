#include "ui/document/model_settings.h"

#include <QSettings>

#include "ui/common/path_bytes.h"

namespace nagl::ui {

engine::EngineOptions ModelSettings::toEngineOptions() const {
  engine::EngineOptions options;
  options.model.backbonePath = pathBytes(backbone);
  options.model.headPath = pathBytes(head);
  options.model.imageSize = imageSize;
  options.model.device = model::parseDeviceChoice(device.toStdString());
  options.threads = threads;
  options.batchSize = batchSize;
  options.tiling = tiling;
  return options;
}

tiling::TilingOptions ModelSettings::tilingFrom(const QString& tile, int overlap, const QString& references,
                                                int minDefectPx) {
  tiling::TilingOptions t;
  bool isNumber = false;
  const int side = tile.toInt(&isNumber);
  if (tile == QLatin1String("auto"))
    t.autoSide = true;
  else if (isNumber && side >= 14)  // one model patch at least, as `--tile`
    t.side = side;
  if (minDefectPx >= 1) t.minDefectPx = minDefectPx;
  if (overlap >= 0 && (t.autoSide || overlap < t.side)) t.overlap = overlap;
  try {
    if (!references.isEmpty()) t.matching = tiling::parseTileMatching(references.toStdString());
  } catch (const std::invalid_argument&) {
    // an unknown word: auto, as for a file from a later release
  }
  return t;
}

ModelSettings::TilingText ModelSettings::tilingText() const {
  if (!tiling.enabled()) return {};
  return {tiling.autoSide ? QStringLiteral("auto") : QString::number(tiling.side), tiling.overlap,
          QString::fromLatin1(tiling::toString(tiling.matching)), tiling.autoSide ? tiling.minDefectPx : -1};
}

ModelSettings ModelSettings::load(const QSettings& s) {
  ModelSettings m;
  m.backbone = s.value(QStringLiteral("model/backbone")).toString();
  m.head = s.value(QStringLiteral("model/head")).toString();
  m.imageSize = s.value(QStringLiteral("model/imageSize"), m.imageSize).toInt();
  m.device = s.value(QStringLiteral("model/device"), m.device).toString();
  m.threads = s.value(QStringLiteral("model/threads"), m.threads).toInt();
  m.batchSize = s.value(QStringLiteral("model/batchSize"), m.batchSize).toInt();
  m.tiling = tilingFrom(s.value(QStringLiteral("model/tile")).toString(),
                        s.value(QStringLiteral("model/tileOverlap"), -1).toInt(),
                        s.value(QStringLiteral("model/tileReferences")).toString(),
                        s.value(QStringLiteral("model/minDefectPx"), -1).toInt());
  return m;
}

void ModelSettings::save(QSettings& s) const {
  s.setValue(QStringLiteral("model/backbone"), backbone);
  s.setValue(QStringLiteral("model/head"), head);
  s.setValue(QStringLiteral("model/imageSize"), imageSize);
  s.setValue(QStringLiteral("model/device"), device);
  s.setValue(QStringLiteral("model/threads"), threads);
  s.setValue(QStringLiteral("model/batchSize"), batchSize);
  // The boxes' values even where the CLI spelling leaves them out (a
  // smallest defect while the side is fixed): the dialog shows them again.
  s.setValue(QStringLiteral("model/tile"), tilingText().tile);
  s.setValue(QStringLiteral("model/tileOverlap"), tiling.overlap);
  s.setValue(QStringLiteral("model/tileReferences"), QString::fromLatin1(tiling::toString(tiling.matching)));
  s.setValue(QStringLiteral("model/minDefectPx"), tiling.minDefectPx);
}

}  // namespace nagl::ui
