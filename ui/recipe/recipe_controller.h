#pragma once
// Recipes in the workstation (issue 21): File > Save as recipe… writes the
// current model, references (an edited mask as edited) and thresholds as a
// recipe; File > New lot from recipe… reads one, makes it the inspection
// (model, references, thresholds "from the recipe", the recipe's name in the
// title and the reports) and opens a lot folder, scored at once. Files are
// written and read on a worker thread; a recipe whose references changed or
// whose model is missing is refused with the file named (and the model store
// offered). The Recipes panel (RecipeLibrary) lists the recent ones.
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <functional>

#include "ui/recipe/recipe_files.h"

class QDockWidget;
class QMenu;

namespace nagl::ui {

class InspectionDocument;
class LotRunController;
class MainWindow;
class RecipeLibrary;

class RecipeController : public QObject {
  Q_OBJECT
 public:
  RecipeController(InspectionDocument* document, LotRunController* runs, MainWindow* window);
  ~RecipeController() override;

  void addMenuActions(QMenu* file);
  RecipeLibrary* library() const { return library_; }
  // The Recipes panel as a tab of the window behind front (which stays in front).
  void addDockBehind(QDockWidget* front);

  // The steps behind the menu, without its dialogs. false: refused at once
  // (busy, or nothing to save); the outcome comes as saved / applied / failed.
  bool saveRecipe(const QString& file, const QString& product, const QString& notes);
  bool newLotFromRecipe(const QString& recipeFile, const QString& lotFolder);
  bool isBusy() const;
  // Where an error goes (default: a message box; tests record it).
  void setErrorSink(std::function<void(const QString& text, bool offerModelStore)> sink) { sink_ = std::move(sink); }

 Q_SIGNALS:
  void saved(const QString& file);
  void applied(const QString& file);
  void failed(const QString& error);
  void message(const QString& text, int timeoutMs);

 private:
  void chooseAndSave();
  void chooseAndOpen(const QString& recipeFile);
  void onSaved();
  void onRead();
  void apply(const LoadedRecipe& recipe);
  void fail(const QString& text, bool offerModelStore);

  InspectionDocument* document_;
  LotRunController* runs_;
  MainWindow* window_;
  RecipeLibrary* library_;
  QFutureWatcher<QString>* saveWatcher_;
  QFutureWatcher<LoadedRecipe>* readWatcher_;
  QString savingFile_, savingProduct_, pendingLot_;
  std::function<void(const QString&, bool)> sink_;
};

}  // namespace nagl::ui
