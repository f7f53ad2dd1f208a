#pragma once
// The Recipes panel: the recipes saved or used lately (newest first, kept in
// the settings with their product names, so listing reads no recipe file),
// a search over product name and path, and the buttons that save the current
// inspection as a recipe or start a new lot from the one chosen (or
// double-clicked).
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace nagl::ui {

class RecipeLibrary : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kMaxRecent = 20;
  explicit RecipeLibrary(QWidget* parent = nullptr);

  // Puts the recipe first (saved in the settings at once).
  void remember(const QString& file, const QString& product);
  // The files listed under the current search, in order.
  QStringList listedFiles() const;
  void setSearch(const QString& text);

 Q_SIGNALS:
  void newLotRequested(const QString& recipeFile);  // empty: choose a file
  void saveRequested();

 private:
  void load();
  void store() const;
  void refill();

  QLineEdit* search_;
  QListWidget* list_;
  QPushButton* open_;
  QStringList files_, products_;
};

}  // namespace nagl::ui
