#pragma once
// A finished training's best head into the model store, with its training
// sidecar (data, backbone, held-out AUROC), under a free name made from the
// run folder; and making it the default head. Both block on the store's lock
// and the import validates the head by building it: call them on a worker.
#include <QString>

namespace nagl::ui {

struct TrainedHeadImport {
  bool ok = false;
  QString name;       // in the store
  QString path;       // the stored file
  int imageSize = 0;  // from the sidecar; 0 when unknown
  QString message;    // what happened, for the dialog
};

// best: the run's best.pth; the name is the run folder's, with "-2", "-3", …
// when the store has that name already.
TrainedHeadImport importTrainedHead(const QString& best);
// Empty on success, else what went wrong.
QString makeDefaultHead(const QString& name);

}  // namespace nagl::ui
