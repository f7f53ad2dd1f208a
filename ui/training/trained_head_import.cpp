#include "ui/training/trained_head_import.h"

#include <QCoreApplication>

#include "nagl/store/model_store.h"
#include "ui/common/path_bytes.h"

namespace nagl::ui {
namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(nagl::ui::TrainedHeadImport)
};

QString fromLocal(const std::string& text) { return QString::fromLocal8Bit(text.c_str()); }

}  // namespace

TrainedHeadImport importTrainedHead(const QString& best) {
  TrainedHeadImport r;
  try {
    store::ModelStore store;
    const std::filesystem::path file = fsPath(best);
    const std::string base = store::modelNameFromFile(file.parent_path().filename().string() + ".pth");
    const store::Manifest manifest = store.manifest();
    std::string name = base;
    for (int n = 2; manifest.find(name); ++n) name = base + "-" + std::to_string(n);
    store::ImportOptions options;
    options.name = name;
    const store::ModelEntry entry = store.importFile(file, options);
    r.ok = true;
    r.name = fromLocal(entry.name);
    r.path = pathFromFs(store.pathOf(entry));
    if (const auto sidecar = store.sidecarOf(entry)) r.imageSize = sidecar->imageSize;
    r.message = Text::tr("The best head is in the model store as “%1”.").arg(r.name);
  } catch (const std::exception& e) {
    r.message = Text::tr("The best head could not be stored: %1").arg(fromLocal(e.what()));
  }
  return r;
}

QString makeDefaultHead(const QString& name) {
  try {
    store::ModelStore().setDefault(name.toStdString());
    return {};
  } catch (const std::exception& e) {
    return fromLocal(e.what());
  }
}

}  // namespace nagl::ui
