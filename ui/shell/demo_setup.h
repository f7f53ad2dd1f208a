#pragma once
// `nagl-inspector --demo`: a synthetic MVTec-layout lot (as `nagl demo-data`
// writes it) under the user's cache folder, references chosen from it, and
// the model: the configured weights, or a deterministic untrained backbone
// and head written once (results illustrative only). Blocking: run it off the
// UI thread.
#include <QString>
#include <QStringList>

#include "ui/document/inspection_types.h"
#include "ui/document/model_settings.h"

namespace nagl::ui {

struct DemoPlan {
  QString lotFolder;  // <cache>/demo-data/<category>/test
  ReferenceSet references;
  ModelSettings model;
  bool untrained = false;  // built-in untrained weights: say so on screen
  QString error;           // empty on success
};

// cacheDir: e.g. appCacheFolder() (ui/common/app_folders.h). Files already there are reused.
DemoPlan prepareDemo(const QString& cacheDir, const ModelSettings& configured);

}  // namespace nagl::ui
