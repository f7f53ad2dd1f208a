#pragma once
// Between the workstation's inspection and a recipe file (core/recipe). The
// draft is taken from the document on the UI thread; writing and reading
// digest models and copy references, so they run on a worker thread.
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include "nagl/vision/verdict.h"
#include "ui/document/inspection_types.h"
#include "ui/document/model_settings.h"

namespace nagl::ui {

class InspectionDocument;

// What "Save as recipe…" takes from the inspection.
struct RecipeDraft {
  QString product, notes;
  ModelSettings model;
  QStringList normals;
  QList<DefectiveReference> defectives;  // those a run uses (a mask file or an edit)
  QList<QImage> maskEdits;               // index for index; null: the mask file as it is
  Thresholds thresholds;
  std::size_t minDefectArea = 0;
};
RecipeDraft recipeDraftOf(const InspectionDocument& document, const QString& product, const QString& notes);

// Writes the recipe (references copied in with their SHA-256, an edited mask
// as the edit); the error naming the file that failed, empty when written.
QString writeRecipeFile(const QString& file, const RecipeDraft& draft);

// A recipe read for "New lot from recipe…": what the inspection takes from it.
struct LoadedRecipe {
  QString file;
  QString product;
  ModelSettings model;  // the current settings with the recipe's backbone, head, image size and tiling
  QStringList normals;
  QList<DefectiveReference> defectives;
  Thresholds thresholds;
  std::size_t minDefectArea = 0;
  // Empty when usable; else what is wrong, naming the file: a reference
  // missing or changed since the recipe was made, a model not found.
  QString error;
  bool modelMissing = false;  // error is a missing model: the model store can help
  // Settings of the recipe the workstation does not apply (tiling, bf16),
  // each a sentence for the user.
  QStringList notApplied;
};
LoadedRecipe readRecipeFile(const QString& file, const ModelSettings& current);

}  // namespace nagl::ui
