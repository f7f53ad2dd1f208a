#include "ui/training/training_request.h"

#include <QDir>
#include <QRegularExpression>

namespace nagl::ui {
namespace {
const QString kGroup = QStringLiteral("training/");
}

QStringList TrainingRequest::arguments(bool resume) const {
  QStringList a{QStringLiteral("train")};
  for (const QString& root : dataRoots) a << QStringLiteral("--data") << root;
  if (!validationCategories.isEmpty()) a << QStringLiteral("--val-categories") << validationCategories;
  if (!backbone.isEmpty()) a << QStringLiteral("--backbone") << backbone;
  a << QStringLiteral("--out") << outDir;
  a << QStringLiteral("--epochs") << QString::number(epochs);
  a << QStringLiteral("--episodes-per-epoch") << QString::number(episodesPerEpoch);
  a << QStringLiteral("--batch-size") << QString::number(batchSize);
  a << QStringLiteral("--image-size") << QString::number(imageSize);
  a << QStringLiteral("--proxies") << QString::number(proxies);
  a << QStringLiteral("--device") << device;
  a << QStringLiteral("--progress") << QStringLiteral("json");
  if (resume) a << QStringLiteral("--resume") << QDir(outDir).filePath(QStringLiteral("last.pth"));
  return a;
}

QString TrainingRequest::resumeStatePath() const {
  return QDir(outDir).filePath(QStringLiteral("last.state.safetensors"));
}

void TrainingRequest::save(QSettings& s) const {
  s.setValue(kGroup + QStringLiteral("dataRoots"), dataRoots);
  s.setValue(kGroup + QStringLiteral("validationCategories"), validationCategories);
  s.setValue(kGroup + QStringLiteral("backbone"), backbone);
  s.setValue(kGroup + QStringLiteral("outDir"), outDir);
  s.setValue(kGroup + QStringLiteral("epochs"), epochs);
  s.setValue(kGroup + QStringLiteral("episodesPerEpoch"), episodesPerEpoch);
  s.setValue(kGroup + QStringLiteral("batchSize"), batchSize);
  s.setValue(kGroup + QStringLiteral("imageSize"), imageSize);
  s.setValue(kGroup + QStringLiteral("proxies"), proxies);
  s.setValue(kGroup + QStringLiteral("device"), device);
}

TrainingRequest TrainingRequest::load(const QSettings& s) {
  TrainingRequest r;
  r.dataRoots = s.value(kGroup + QStringLiteral("dataRoots")).toStringList();
  r.validationCategories = s.value(kGroup + QStringLiteral("validationCategories")).toStringList();
  r.backbone = s.value(kGroup + QStringLiteral("backbone")).toString();
  r.outDir = s.value(kGroup + QStringLiteral("outDir")).toString();
  r.epochs = s.value(kGroup + QStringLiteral("epochs"), r.epochs).toInt();
  r.episodesPerEpoch = s.value(kGroup + QStringLiteral("episodesPerEpoch"), r.episodesPerEpoch).toInt();
  r.batchSize = s.value(kGroup + QStringLiteral("batchSize"), r.batchSize).toInt();
  r.imageSize = s.value(kGroup + QStringLiteral("imageSize"), r.imageSize).toInt();
  r.proxies = s.value(kGroup + QStringLiteral("proxies"), r.proxies).toInt();
  r.device = s.value(kGroup + QStringLiteral("device"), r.device).toString();
  return r;
}

QStringList splitCategoryList(const QString& text) {
  static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
  return text.split(separators, Qt::SkipEmptyParts);
}

}  // namespace nagl::ui
