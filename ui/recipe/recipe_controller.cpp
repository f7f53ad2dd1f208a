#include "ui/recipe/recipe_controller.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include "ui/document/inspection_document.h"
#include "ui/lot/lot_run_controller.h"
#include "ui/recipe/recipe_library.h"
#include "ui/shell/main_window.h"

namespace nagl::ui {
namespace {

const QString kRecipeFilter = QStringLiteral("NAGL recipes (*.naglrecipe)");

}  // namespace

RecipeController::RecipeController(InspectionDocument* document, LotRunController* runs, MainWindow* window)
    : QObject(window),
      document_(document),
      runs_(runs),
      window_(window),
      library_(new RecipeLibrary(window)),
      saveWatcher_(new QFutureWatcher<QString>(this)),
      readWatcher_(new QFutureWatcher<LoadedRecipe>(this)) {
  connect(saveWatcher_, &QFutureWatcher<QString>::finished, this, &RecipeController::onSaved);
  connect(readWatcher_, &QFutureWatcher<LoadedRecipe>::finished, this, &RecipeController::onRead);
  connect(library_, &RecipeLibrary::saveRequested, this, &RecipeController::chooseAndSave);
  connect(library_, &RecipeLibrary::newLotRequested, this, &RecipeController::chooseAndOpen);
}

RecipeController::~RecipeController() {
  saveWatcher_->disconnect(this);
  readWatcher_->disconnect(this);
  saveWatcher_->waitForFinished();  // a recipe half-copied would be left in its temporary folder
}

void RecipeController::addMenuActions(QMenu* file) {
  file->addAction(tr("New lot from &recipe…"), this, [this] { chooseAndOpen({}); })
      ->setToolTip(tr("Take the model, references and thresholds of a recipe and score a lot folder with them"));
  file->addAction(tr("Save as re&cipe…"), this, &RecipeController::chooseAndSave)
      ->setToolTip(tr("Save the current model, references and thresholds as a recipe for this product"));
}

void RecipeController::addDockBehind(QDockWidget* front) {
  auto* dock = new QDockWidget(MainWindow::tr("Recipes"), window_);
  dock->setObjectName(QStringLiteral("recipesDock"));
  dock->setWidget(library_);
  window_->addDockWidget(Qt::LeftDockWidgetArea, dock);
  window_->tabifyDockWidget(front, dock);
  front->raise();
}

bool RecipeController::isBusy() const { return saveWatcher_->isRunning() || readWatcher_->isRunning(); }

bool RecipeController::saveRecipe(const QString& file, const QString& product, const QString& notes) {
  if (isBusy()) return false;
  savingFile_ = QFileInfo(file).absoluteFilePath();
  savingProduct_ = product;
  Q_EMIT message(tr("Saving the recipe %1…").arg(savingFile_), 0);
  const RecipeDraft draft = recipeDraftOf(*document_, product, notes);
  const QString target = savingFile_;
  saveWatcher_->setFuture(QtConcurrent::run([target, draft] { return writeRecipeFile(target, draft); }));
  return true;
}

void RecipeController::onSaved() {
  if (const QString error = saveWatcher_->result(); !error.isEmpty()) {
    fail(tr("The recipe was not saved: %1").arg(error), false);
    return;
  }
  library_->remember(savingFile_, savingProduct_);
  Q_EMIT message(tr("Recipe \"%1\" saved to %2").arg(savingProduct_, savingFile_), 8000);
  Q_EMIT saved(savingFile_);
}

bool RecipeController::newLotFromRecipe(const QString& recipeFile, const QString& lotFolder) {
  if (isBusy()) return false;
  pendingLot_ = lotFolder;
  Q_EMIT message(tr("Reading the recipe %1…").arg(recipeFile), 0);
  const ModelSettings current = document_->modelSettings();
  readWatcher_->setFuture(QtConcurrent::run([recipeFile, current] { return readRecipeFile(recipeFile, current); }));
  return true;
}

void RecipeController::onRead() {
  const LoadedRecipe recipe = readWatcher_->result();
  if (!recipe.error.isEmpty()) {
    fail(recipe.error, recipe.modelMissing);
    return;
  }
  if (!runs_->mayReplaceLot(pendingLot_)) return;
  apply(recipe);
  library_->remember(recipe.file, recipe.product);
  QString text = tr("Recipe \"%1\": model, references and thresholds taken").arg(recipe.product);
  if (!recipe.notApplied.isEmpty())
    text += tr("; not applied here: %1").arg(recipe.notApplied.join(QStringLiteral("; ")));
  Q_EMIT message(text, 0);
  runs_->openLotFolder(pendingLot_, true, true);
  Q_EMIT applied(recipe.file);
}

void RecipeController::apply(const LoadedRecipe& recipe) {
  window_->setModelSettings(recipe.model);
  document_->restoreReferences(recipe.normals, recipe.defectives);
  document_->restoreThresholds(
      recipe.thresholds, {ThresholdSource::Kind::Recipe, QStringLiteral("'%1' (%2)").arg(recipe.product, recipe.file)});
  document_->setMinDefectArea(recipe.minDefectArea);
  document_->setRecipe({recipe.file, recipe.product});
  document_->clearHistory();  // the undo steps were about the inspection the recipe replaced
}

void RecipeController::fail(const QString& text, bool offerModelStore) {
  Q_EMIT message(text, 10000);
  Q_EMIT failed(text);
  if (sink_) {
    sink_(text, offerModelStore);
    return;
  }
  QMessageBox box(QMessageBox::Warning, tr("Recipe"), text, QMessageBox::Ok, window_);
  QPushButton* store = offerModelStore ? box.addButton(tr("Open the model store…"), QMessageBox::ActionRole) : nullptr;
  box.exec();
  if (store && box.clickedButton() == store) window_->openModelStore();
}

void RecipeController::chooseAndSave() {
  QDialog dialog(window_);
  dialog.setWindowTitle(tr("Save as recipe"));
  auto* product = new QLineEdit(&dialog);
  product->setText(document_->recipe().product);
  auto* notes = new QPlainTextEdit(&dialog);
  auto* form = new QFormLayout(&dialog);
  form->addRow(tr("&Product:"), product);
  form->addRow(tr("&Notes:"), notes);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  if (dialog.exec() != QDialog::Accepted || product->text().trimmed().isEmpty()) return;
  QString file = QFileDialog::getSaveFileName(window_, tr("Save as recipe"),
                                              product->text().trimmed() + QStringLiteral(".naglrecipe"), kRecipeFilter);
  if (file.isEmpty()) return;
  if (!file.endsWith(QStringLiteral(".naglrecipe"))) file += QStringLiteral(".naglrecipe");
  saveRecipe(file, product->text().trimmed(), notes->toPlainText());
}

void RecipeController::chooseAndOpen(const QString& recipeFile) {
  QString file = recipeFile;
  if (file.isEmpty()) file = QFileDialog::getOpenFileName(window_, tr("New lot from recipe"), {}, kRecipeFilter);
  if (file.isEmpty()) return;
  const QString lot = QFileDialog::getExistingDirectory(
      window_, tr("The lot to score with %1").arg(QFileInfo(file).completeBaseName()), runs_->lotFolder());
  if (!lot.isEmpty()) newLotFromRecipe(file, lot);
}

}  // namespace nagl::ui
