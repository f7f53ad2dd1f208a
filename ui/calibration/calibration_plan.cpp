#include "ui/calibration/calibration_plan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "ui/document/inspection_document.h"

namespace nagl::ui {

namespace {

struct CalibrationPlanText {
  Q_DECLARE_TR_FUNCTIONS(CalibrationPlanText)
};

CalibrationJob against(const InspectionDocument& document, const ReferenceSet& references) {
  CalibrationJob job;
  job.references = references;
  job.editedMasks = document.editedMasksOf(references);
  return job;
}

QString cleanAbsolute(const QString& path) {
  const QFileInfo info(path);
  const QString canonical = info.canonicalFilePath();  // resolves links when the folder exists
  return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

}  // namespace

bool foldersOverlap(const QString& a, const QString& b) {
  const QString x = cleanAbsolute(a) + QLatin1Char('/');
  const QString y = cleanAbsolute(b) + QLatin1Char('/');
  return x.startsWith(y) || y.startsWith(x);
}

CalibrationPlan leaveOneOutPlan(const InspectionDocument& document) {
  CalibrationPlan plan;
  const ReferenceSet all = document.referencesForRun();
  plan.source = {ThresholdSource::Kind::References, {}};
  if (all.normals.size() < 2) {
    plan.error = CalibrationPlanText::tr("Scoring the references leave-one-out needs at least two normal references.");
    return plan;
  }
  for (qsizetype i = 0; i < all.normals.size(); ++i) {
    ReferenceSet others = all;
    others.normals.removeAt(i);
    CalibrationJob job = against(document, others);
    job.images = {all.normals[i]};
    job.defective = {false};
    plan.jobs.append(job);
  }
  if (all.defective.size() >= 2)
    for (qsizetype i = 0; i < all.defective.size(); ++i) {
      ReferenceSet others = all;
      others.defective.removeAt(i);
      CalibrationJob job = against(document, others);
      job.images = {all.defective[i].image};
      job.defective = {true};
      plan.jobs.append(job);
    }
  const qsizetype defects = all.defective.size() >= 2 ? all.defective.size() : 0;
  plan.source.detail = QStringLiteral("%1,%2").arg(all.normals.size()).arg(defects);
  return plan;
}

CalibrationPlan calibrationLotPlan(const InspectionDocument& document, const QString& folder) {
  CalibrationPlan plan;
  plan.source = {ThresholdSource::Kind::CalibrationLot, QDir::cleanPath(QFileInfo(folder).absoluteFilePath())};
  if (folder.trimmed().isEmpty()) {
    plan.error = CalibrationPlanText::tr("Choose the folder of a labelled calibration lot.");
    return plan;
  }
  if (!document.lotRoot().isEmpty() && foldersOverlap(folder, document.lotRoot())) {
    plan.error = CalibrationPlanText::tr("The calibration lot must not be the lot under audit or overlap it (%1).")
                     .arg(document.lotRoot());
    return plan;
  }
  const ReferenceSet references = document.referencesForRun();
  if (references.empty()) {
    plan.error = CalibrationPlanText::tr("Add at least one reference image.");
    return plan;
  }
  CalibrationJob job = against(document, references);
  job.folder = plan.source.detail;
  job.exclude = references.normals;
  for (const DefectiveReference& d : references.defective) job.exclude.append(d.image);
  plan.jobs.append(job);
  return plan;
}

}  // namespace nagl::ui
