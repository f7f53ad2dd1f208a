#pragma once
// What a threshold calibration scores, and against which references: never
// the lot under audit. Either the references themselves, each held out in
// turn and scored against the others, or a labelled calibration lot (MVTec
// folders: good/ normal, test/<defect>/ defective) scored against the
// document's references. Plain data and pure functions: no engine, no files
// read (the calibration lot is listed on the scorer's worker).
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include "ui/document/inspection_types.h"
#include "ui/document/threshold_source.h"

namespace nagl::ui {

class InspectionDocument;

struct CalibrationJob {
  ReferenceSet references;
  QList<QImage> editedMasks;  // InspectionDocument::editedMasksOf(references)
  QStringList images;         // scored against references
  QList<bool> defective;      // per image
  // A calibration lot: its images are listed (and labelled from their
  // folders) on the worker, leaving out the paths in exclude (the references).
  QString folder;
  QStringList exclude;
};

struct CalibrationPlan {
  QList<CalibrationJob> jobs;
  ThresholdSource source;  // what accepting the proposal records
  QString error;           // why there is nothing to score (translated); empty: jobs are set
};

// Each normal reference scored against the other normals and every defective
// reference; each defective one against every normal and the other defective
// ones, when there are at least two (a lone defective reference held out
// would be scored without defect guidance, unlike the lot). Needs two normal
// references.
CalibrationPlan leaveOneOutPlan(const InspectionDocument& document);

// The folder's images against the document's references. Refused when the
// folder is, holds or lies inside the lot under audit.
CalibrationPlan calibrationLotPlan(const InspectionDocument& document, const QString& folder);

// Whether folder a is b or one holds the other (cleaned absolute paths).
bool foldersOverlap(const QString& a, const QString& b);

}  // namespace nagl::ui
