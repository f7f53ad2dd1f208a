#pragma once
// The model store's contents as the dialog lists them: the manifest and, for
// each head with a kept training sidecar, what it says (image size, data,
// backbone, held-out AUROCs). listModelStore reads the files and may run on
// any thread; fillModelList shows a listing on the UI thread.
#include <QString>
#include <optional>
#include <vector>

#include "nagl/store/head_sidecar.h"
#include "nagl/store/manifest.h"

class QTreeWidget;

namespace nagl::ui {

struct StoreListing {
  QString error;  // why the store could not be read, in the store's words; empty when it was
  store::Manifest manifest;
  // Per model, in manifest order: the stored file, its sidecar (if any) and
  // why a kept sidecar could not be read (empty when it could).
  std::vector<QString> paths;
  std::vector<std::optional<store::HeadSidecar>> sidecars;
  std::vector<QString> sidecarErrors;
};

StoreListing listModelStore();  // the store at store::modelStoreDirectory()

enum ModelListColumn {
  kNameColumn,
  kKindColumn,
  kArchitectureColumn,
  kImageSizeColumn,
  kTrainedOnColumn,
  kBackboneColumn,
  kImageAurocColumn,
  kPixelAurocColumn,
  kSizeColumn,
  kDigestColumn,
  kModelListColumns
};

// Data on each row's name item.
inline constexpr int kModelNameRole = Qt::UserRole;             // QString
inline constexpr int kModelIsBackboneRole = Qt::UserRole + 1;   // bool
inline constexpr int kModelIsDefaultRole = Qt::UserRole + 2;    // bool
inline constexpr int kTrainedImageSizeRole = Qt::UserRole + 3;  // int, 0 when unknown

void setUpModelList(QTreeWidget* list);  // columns and headers
// Replaces the rows; the model selected before stays selected if still listed.
void fillModelList(QTreeWidget* list, const StoreListing& listing);

}  // namespace nagl::ui
