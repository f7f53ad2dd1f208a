#include "ui/shell/demo_setup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "nagl/checkpoint/untrained_weights.h"
#include "nagl/demo/demo_dataset.h"
#include "ui/common/path_bytes.h"

namespace nagl::ui {
namespace {

constexpr int kDemoImageSize = 224;  // fast enough on a CPU
constexpr int kDemoNormals = 4;

// Writes with `write` unless the file is there. The checkpoint writers are
// atomic (nagl/foundation/atomic_write.h): an interrupted first start never
// leaves a half-written file that looks finished.
template <class F>
void writeOnce(const QString& path, F write) {
  if (QFileInfo::exists(path)) return;
  write(pathBytes(path));
}

}  // namespace

DemoPlan prepareDemo(const QString& cacheDir, const ModelSettings& configured) {
  DemoPlan plan;
  try {
    const QDir cache(cacheDir);
    const QString data = cache.filePath(QStringLiteral("demo-data"));
    const QString marker = data + QStringLiteral("/.complete");
    if (!QFileInfo::exists(marker)) {
      QDir(data).removeRecursively();
      QDir().mkpath(data);
      demo::writeDemoDataset(pathBytes(data), 0);
      QFile done(marker);
      if (!done.open(QIODevice::WriteOnly)) throw std::runtime_error(marker.toStdString() + ": cannot write");
    }
    const demo::DemoCategoryInfo category = demo::demoCategories().front();
    const QString root = data + QLatin1Char('/') + pathFromBytes(category.name);
    plan.lotFolder = root + QStringLiteral("/test");
    const QStringList normals =
        QDir(root + QStringLiteral("/train/good")).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    for (int i = 0; i < std::min<int>(kDemoNormals, static_cast<int>(normals.size())); ++i)
      plan.references.normals << root + QStringLiteral("/train/good/") + normals[i];

    const bool haveBackbone = !configured.backbone.isEmpty() && QFileInfo::exists(configured.backbone);
    plan.model = configured;
    if (!haveBackbone) {
      const QString weights = cache.filePath(QStringLiteral("untrained-weights"));
      QDir().mkpath(weights);
      plan.model.backbone = weights + QStringLiteral("/untrained_vits14.safetensors");
      plan.model.head = weights + QStringLiteral("/untrained_head.safetensors");
      writeOnce(plan.model.backbone, [](const std::string& p) { checkpoint::writeUntrainedBackbone(p); });
      writeOnce(plan.model.head, [](const std::string& p) { checkpoint::writeUntrainedHead(p); });
      plan.model.imageSize = kDemoImageSize;
      plan.untrained = true;
    }
    // One defective reference with its mask; it needs a head.
    if (!plan.model.head.isEmpty() && !category.defects.empty()) {
      const QString defect = pathFromBytes(category.defects.front());
      plan.references.defective.append(
          {root + QStringLiteral("/test/") + defect + QStringLiteral("/000.png"),
           root + QStringLiteral("/ground_truth/") + defect + QStringLiteral("/000_mask.png")});
    }
  } catch (const std::exception& e) {
    plan.error = QCoreApplication::translate("DemoSetup", "The demo could not be prepared: %1")
                     .arg(QString::fromLocal8Bit(e.what()));
  }
  return plan;
}

}  // namespace nagl::ui
