#pragma once
// Plain data passed between the inspection session, its worker thread and
// the widgets: the reference set and one row of the lot.
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "nagl/vision/image.h"
#include "nagl/vision/result_status.h"

namespace nagl::ui {

struct DefectiveReference {
  QString image;
  QString mask;
  bool operator==(const DefectiveReference&) const = default;
};

// The usable references: every defective one has its mask.
struct ReferenceSet {
  QStringList normals;
  QList<DefectiveReference> defective;
  bool empty() const { return normals.isEmpty() && defective.isEmpty(); }
  bool operator==(const ReferenceSet&) const = default;
};

using QueryStatus = nagl::ResultStatus;  // one status for session, project and reports

struct QueryResult {
  QString path;
  QueryStatus status = QueryStatus::Pending;
  double score = 0.0;         // image score, valid when Done
  QString error;              // why it failed, when Failed
  int width = 0;              // decoded query size, when Done
  int height = 0;
  FloatImage patchGrid;       // G x G patch scores, when Done
  int closestNormal = -1;     // index in the run's normal references, when Done (-1: none)
};

// What the engine reports about itself, for the status bar and diagnostics.
struct EngineInfo {
  QString device;       // "cpu" or "cuda:0"
  QString description;  // GPU name and memory, or CPU threads
  bool isCuda = false;
  QString fallbackNote;  // why CUDA was not used
  QString model;         // backbone and head
  int threads = 0;
  int batchSize = 0;
  double msPerImage = 0.0;
  int referenceContextsBuilt = 0;  // reference sets encoded (a changed mask builds a new one)
};

QString toDisplayString(QueryStatus status);

}  // namespace nagl::ui

Q_DECLARE_METATYPE(nagl::ui::QueryResult)
Q_DECLARE_METATYPE(nagl::ui::EngineInfo)
