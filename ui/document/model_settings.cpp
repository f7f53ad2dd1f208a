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
  return options;
}

ModelSettings ModelSettings::load(const QSettings& s) {
  ModelSettings m;
  m.backbone = s.value(QStringLiteral("model/backbone")).toString();
  m.head = s.value(QStringLiteral("model/head")).toString();
  m.imageSize = s.value(QStringLiteral("model/imageSize"), m.imageSize).toInt();
  m.device = s.value(QStringLiteral("model/device"), m.device).toString();
  m.threads = s.value(QStringLiteral("model/threads"), m.threads).toInt();
  m.batchSize = s.value(QStringLiteral("model/batchSize"), m.batchSize).toInt();
  return m;
}

void ModelSettings::save(QSettings& s) const {
  s.setValue(QStringLiteral("model/backbone"), backbone);
  s.setValue(QStringLiteral("model/head"), head);
  s.setValue(QStringLiteral("model/imageSize"), imageSize);
  s.setValue(QStringLiteral("model/device"), device);
  s.setValue(QStringLiteral("model/threads"), threads);
  s.setValue(QStringLiteral("model/batchSize"), batchSize);
}

}  // namespace nagl::ui
