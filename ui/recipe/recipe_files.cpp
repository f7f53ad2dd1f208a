#include "ui/recipe/recipe_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <exception>
#include <string>

#include "nagl/foundation/utc_time.h"
#include "nagl/recipe/recipe_check.h"
#include "nagl/recipe/recipe_store.h"
#include "nagl/recipe/recipe_writer.h"
#include "ui/common/path_bytes.h"
#include "ui/document/inspection_document.h"

namespace nagl::ui {
namespace {

struct RecipeText {
  Q_DECLARE_TR_FUNCTIONS(RecipeText)
};

}  // namespace

RecipeDraft recipeDraftOf(const InspectionDocument& document, const QString& product, const QString& notes) {
  const ReferenceSet refs = document.referencesForRun();
  return {product,
          notes,
          document.modelSettings(),
          refs.normals,
          refs.defective,
          document.editedMasksOf(refs),
          document.thresholds(),
          document.minDefectArea()};
}

QString writeRecipeFile(const QString& file, const RecipeDraft& draft) {
  if (draft.model.backbone.isEmpty()) return RecipeText::tr("No backbone is chosen (Model > Settings).");
  if (!draft.defectives.isEmpty() && draft.model.head.isEmpty())
    return RecipeText::tr("Defective references need a NAGL head (Model > Settings).");
  try {
    recipe::Recipe r;
    r.product = draft.product.toStdString();
    r.notes = draft.notes.toStdString();
    r.backbone = recipe::modelRefOf(fsPath(draft.model.backbone));
    if (!draft.model.head.isEmpty()) r.head = recipe::modelRefOf(fsPath(draft.model.head));
    r.imageSize = draft.model.imageSize;
    r.thresholds = draft.thresholds;
    r.minDefectArea = draft.minDefectArea;
    if (const ModelSettings::TilingText t = draft.model.tilingText(); !t.tile.isEmpty())
      r.tiling = recipe::TilingSettings{t.tile.toStdString(), t.overlap, t.references.toStdString(), t.minDefectPx};
    r.created = r.modified = foundation::utcTimestamp();
    recipe::ReferenceSources sources;
    for (const QString& normal : draft.normals) sources.normals.push_back(fsPath(normal));
    const QTemporaryDir edits;  // an edit exists only in memory: the recipe copies it from here
    if (!edits.isValid()) return RecipeText::tr("Cannot make a temporary folder for the edited masks.");
    for (int i = 0; i < draft.defectives.size(); ++i) {
      QString mask = draft.defectives[i].mask;
      if (i < draft.maskEdits.size() && !draft.maskEdits[i].isNull()) {
        mask = QDir(edits.path())
                   .filePath(QFileInfo(draft.defectives[i].image).completeBaseName() +
                             QStringLiteral("_mask_edited_%1.png").arg(i + 1));
        if (!draft.maskEdits[i].convertToFormat(QImage::Format_Grayscale8).save(mask, "PNG"))
          return RecipeText::tr("Cannot write the edited mask of %1 to %2.").arg(draft.defectives[i].image, mask);
      }
      sources.abnormals.emplace_back(fsPath(draft.defectives[i].image), fsPath(mask));
    }
    recipe::writeRecipe(fsPath(file), r, sources);
  } catch (const std::exception& e) {
    return QString::fromStdString(e.what());
  }
  return {};
}

LoadedRecipe readRecipeFile(const QString& file, const ModelSettings& current) {
  LoadedRecipe out;
  out.file = QFileInfo(file).absoluteFilePath();
  out.model = current;
  try {
    const std::filesystem::path path = fsPath(out.file);
    const recipe::Recipe r = recipe::readRecipe(path);
    out.product = QString::fromStdString(r.product);
    if (const std::vector<std::string> problems = recipe::referenceProblems(path, r); !problems.empty()) {
      QStringList lines;
      for (const std::string& p : problems) lines << QString::fromStdString(p);
      out.error = RecipeText::tr("%1: the recipe's references changed since it was made:\n%2")
                      .arg(out.file, lines.join(QLatin1Char('\n')));
      return out;
    }
    try {
      out.model.backbone = pathFromFs(recipe::resolveModel(r.backbone, "backbone", recipe::modelStoreLookup()).file);
      out.model.head =
          r.head ? pathFromFs(recipe::resolveModel(*r.head, "head", recipe::modelStoreLookup()).file) : QString();
    } catch (const recipe::RecipeError& e) {
      out.error = QString::fromStdString(e.what());
      out.modelMissing = true;
      return out;
    }
    out.model.imageSize = r.imageSize;
    for (const recipe::ReferenceFile& n : r.normals) out.normals << pathFromFs(recipe::referencePath(path, n));
    for (const recipe::AbnormalReference& a : r.abnormals)
      out.defectives.append(
          {pathFromFs(recipe::referencePath(path, a.image)), pathFromFs(recipe::referencePath(path, a.mask))});
    out.thresholds = r.thresholds;
    out.minDefectArea = r.minDefectArea;
    out.model.tiling =
        r.tiling ? ModelSettings::tilingFrom(QString::fromStdString(r.tiling->tile), r.tiling->overlap,
                                             QString::fromStdString(r.tiling->references), r.tiling->minDefectPx)
                 : tiling::TilingOptions{};
    if (r.precision != "fp32")
      out.notApplied
          << RecipeText::tr("precision %1: the workstation runs fp32").arg(QString::fromStdString(r.precision));
  } catch (const std::exception& e) {
    out.error = QString::fromStdString(e.what());
  }
  return out;
}

}  // namespace nagl::ui
