#include "ui/modelstore/model_store_listing.h"

#include <QHeaderView>
#include <QStringList>
#include <QTreeWidget>

#include "nagl/store/model_store.h"
#include "ui/common/path_bytes.h"
#include "ui/modelstore/model_store_dialog.h"

namespace nagl::ui {
namespace {

QString fromLocal(const std::string& text) { return QString::fromLocal8Bit(text.c_str()); }

QString joined(const std::vector<std::string>& items) {
  QStringList out;
  for (const std::string& item : items) out << fromLocal(item);
  return out.join(QStringLiteral(", "));
}

QString auroc(const std::optional<double>& value) {
  return value ? QString::number(*value, 'f', 3) : ModelStoreDialog::tr("not recorded");
}

void showSidecar(QTreeWidgetItem* row, const store::HeadSidecar& s) {
  row->setText(kImageSizeColumn, ModelStoreDialog::tr("%1 px").arg(s.imageSize));
  row->setData(kNameColumn, kTrainedImageSizeRole, s.imageSize);
  row->setText(kTrainedOnColumn, joined(s.trainCategories));
  row->setToolTip(kTrainedOnColumn, ModelStoreDialog::tr("Training data: %1").arg(joined(s.dataRoots)));
  row->setText(kBackboneColumn, fromLocal(store::trainedBackboneArchitecture(s)));
  row->setToolTip(kBackboneColumn,
                  ModelStoreDialog::tr("%1, SHA-256 %2").arg(fromLocal(s.backboneFile), fromLocal(s.backboneSha256)));
  row->setText(kImageAurocColumn, auroc(s.imageAuroc));
  row->setText(kPixelAurocColumn, auroc(s.pixelAuroc));
}

}  // namespace

StoreListing listModelStore() {
  StoreListing out;
  try {
    const store::ModelStore store;
    out.manifest = store.manifest();
    for (const store::ModelEntry& e : out.manifest.models) {
      out.paths.push_back(pathFromFs(store.pathOf(e)));
      out.sidecars.emplace_back();
      out.sidecarErrors.emplace_back();
      try {
        out.sidecars.back() = store.sidecarOf(e);
      } catch (const std::exception& error) {
        out.sidecarErrors.back() = fromLocal(error.what());
      }
    }
  } catch (const std::exception& e) {
    out = {};
    out.error = fromLocal(e.what());
  }
  return out;
}

void setUpModelList(QTreeWidget* list) {
  list->setColumnCount(kModelListColumns);
  list->setHeaderLabels({ModelStoreDialog::tr("Name"), ModelStoreDialog::tr("Kind"),
                         ModelStoreDialog::tr("Architecture"), ModelStoreDialog::tr("Image size"),
                         ModelStoreDialog::tr("Trained on"), ModelStoreDialog::tr("Backbone"),
                         ModelStoreDialog::tr("Image AUROC"), ModelStoreDialog::tr("Pixel AUROC"),
                         ModelStoreDialog::tr("Size"), ModelStoreDialog::tr("SHA-256")});
  list->setRootIsDecorated(false);
  list->setUniformRowHeights(true);
  list->setSelectionMode(QAbstractItemView::SingleSelection);
  list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  list->headerItem()->setToolTip(kImageSizeColumn,
                                 ModelStoreDialog::tr("From the head's training sidecar: the image size it was "
                                                      "trained at"));
  list->headerItem()->setToolTip(kImageAurocColumn, ModelStoreDialog::tr("Held-out validation of the head's training"));
  list->headerItem()->setToolTip(kPixelAurocColumn, ModelStoreDialog::tr("Held-out validation of the head's training"));
}

void fillModelList(QTreeWidget* list, const StoreListing& listing) {
  const QTreeWidgetItem* current = list->currentItem();
  const QString selected = current ? current->data(kNameColumn, kModelNameRole).toString() : QString();
  list->clear();
  const store::Manifest& m = listing.manifest;
  for (std::size_t i = 0; i < m.models.size(); ++i) {
    const store::ModelEntry& e = m.models[i];
    const bool backbone = e.kind == store::ModelKind::Backbone;
    const bool isDefault = m.findDefault(e.kind) == &e;
    auto* row = new QTreeWidgetItem(list);
    const QString name = fromLocal(e.name);
    row->setText(kNameColumn, isDefault ? QStringLiteral("★ ") + name : name);
    row->setToolTip(kNameColumn, isDefault ? (backbone ? ModelStoreDialog::tr("The default backbone")
                                                       : ModelStoreDialog::tr("The default head"))
                                           : listing.paths[i]);
    row->setData(kNameColumn, kModelNameRole, name);
    row->setData(kNameColumn, kModelIsBackboneRole, backbone);
    row->setData(kNameColumn, kModelIsDefaultRole, isDefault);
    row->setData(kNameColumn, kTrainedImageSizeRole, 0);
    row->setText(kKindColumn, backbone ? ModelStoreDialog::tr("backbone") : ModelStoreDialog::tr("head"));
    row->setText(kArchitectureColumn, fromLocal(e.architecture));
    if (listing.sidecars[i]) showSidecar(row, *listing.sidecars[i]);
    if (!listing.sidecarErrors[i].isEmpty()) {
      row->setText(kTrainedOnColumn, ModelStoreDialog::tr("sidecar unreadable"));
      row->setToolTip(kTrainedOnColumn, listing.sidecarErrors[i]);
    }
    row->setText(kSizeColumn, ModelStoreDialog::tr("%1 MB").arg(static_cast<double>(e.size) / 1e6, 0, 'f', 1));
    row->setText(kDigestColumn, fromLocal(e.sha256.substr(0, 12)));
    row->setToolTip(kDigestColumn, ModelStoreDialog::tr("SHA-256 of the imported file: %1\nof the stored file: %2")
                                       .arg(fromLocal(e.sha256), fromLocal(e.storedSha256)));
    if (name == selected) list->setCurrentItem(row);
  }
}

}  // namespace nagl::ui
