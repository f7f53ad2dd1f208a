#pragma once
// Plain data passed between the inspection session, its worker thread and
// the widgets: the reference set; a row of the lot is nagl::QueryResult.
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "nagl/vision/query_result.h"

namespace nagl::ui {

struct DefectiveReference {
  QString image;
  QString mask;
  bool operator==(const DefectiveReference&) const = default;
};

// The recipe an inspection was made from (File > New lot from recipe); an
// empty file: none.
struct RecipeOrigin {
  QString file;
  QString product;
  bool operator==(const RecipeOrigin&) const = default;
};

// The usable references: every defective one has its mask.
struct ReferenceSet {
  QStringList normals;
  QList<DefectiveReference> defective;
  bool empty() const { return normals.isEmpty() && defective.isEmpty(); }
  bool operator==(const ReferenceSet&) const = default;
};

using QueryStatus = nagl::ResultStatus;  // one status for session, project and reports

// A result's path and error as the UI shows them (Qt's file name decoding of
// the path bytes; the error as the local 8-bit text the core wrote).
QString queryPath(const QueryResult& result);
QString queryError(const QueryResult& result);

// What the engine reports about itself, for the status bar and diagnostics.
struct EngineInfo {
  QString device;       // "cpu" or "cuda:0"
  QString description;  // GPU name and memory, or CPU threads
  bool isCuda = false;
  QString fallbackNote;  // why CUDA was not used
  QString model;         // backbone and head
  QString tiling;        // "off", or the tile side, overlap and matching
  int threads = 0;
  int batchSize = 0;
  double msPerImage = 0.0;
  int referenceContextsBuilt = 0;  // reference sets encoded (a changed mask builds a new one)
};

QString toDisplayString(QueryStatus status);

}  // namespace nagl::ui

Q_DECLARE_METATYPE(nagl::QueryResult)
Q_DECLARE_METATYPE(nagl::ui::EngineInfo)
