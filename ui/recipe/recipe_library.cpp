#include "ui/recipe/recipe_library.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace nagl::ui {
namespace {

const QString kFilesKey = QStringLiteral("recipes/recentFiles");
const QString kProductsKey = QStringLiteral("recipes/recentProducts");

}  // namespace

RecipeLibrary::RecipeLibrary(QWidget* parent)
    : QWidget(parent), search_(new QLineEdit(this)), list_(new QListWidget(this)), open_(new QPushButton(this)) {
  search_->setPlaceholderText(tr("Search recipes"));
  search_->setClearButtonEnabled(true);
  open_->setText(tr("New lot…"));
  open_->setToolTip(tr("Open a lot folder and score it with the chosen recipe (or choose a recipe file)"));
  auto* save = new QPushButton(tr("Save as recipe…"), this);
  save->setToolTip(tr("Save the current model, references and thresholds as a recipe for this product"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(open_);
  buttons->addWidget(save);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(search_);
  layout->addWidget(list_);
  layout->addLayout(buttons);
  connect(search_, &QLineEdit::textChanged, this, &RecipeLibrary::refill);
  connect(list_, &QListWidget::itemActivated, this,
          [this](QListWidgetItem* item) { Q_EMIT newLotRequested(item->data(Qt::UserRole).toString()); });
  connect(open_, &QPushButton::clicked, this, [this] {
    QListWidgetItem* item = list_->currentItem();
    Q_EMIT newLotRequested(item ? item->data(Qt::UserRole).toString() : QString());
  });
  connect(save, &QPushButton::clicked, this, &RecipeLibrary::saveRequested);
  load();
}

void RecipeLibrary::remember(const QString& file, const QString& product) {
  const QString path = QFileInfo(file).absoluteFilePath();
  if (const qsizetype at = files_.indexOf(path); at >= 0) {
    files_.removeAt(at);
    products_.removeAt(at);
  }
  files_.prepend(path);
  products_.prepend(product);
  while (files_.size() > kMaxRecent) {
    files_.removeLast();
    products_.removeLast();
  }
  store();
  refill();
}

QStringList RecipeLibrary::listedFiles() const {
  QStringList out;
  for (int i = 0; i < list_->count(); ++i) out << list_->item(i)->data(Qt::UserRole).toString();
  return out;
}

void RecipeLibrary::setSearch(const QString& text) { search_->setText(text); }

void RecipeLibrary::load() {
  const QSettings settings;
  files_ = settings.value(kFilesKey).toStringList();
  products_ = settings.value(kProductsKey).toStringList();
  products_.resize(files_.size());  // a hand-edited settings file may disagree
  refill();
}

void RecipeLibrary::store() const {
  QSettings settings;
  settings.setValue(kFilesKey, files_);
  settings.setValue(kProductsKey, products_);
}

void RecipeLibrary::refill() {
  list_->clear();
  const QString needle = search_->text().trimmed();
  for (qsizetype i = 0; i < files_.size(); ++i) {
    if (!needle.isEmpty() && !products_[i].contains(needle, Qt::CaseInsensitive) &&
        !files_[i].contains(needle, Qt::CaseInsensitive))
      continue;
    auto* item =
        new QListWidgetItem(products_[i].isEmpty() ? QFileInfo(files_[i]).completeBaseName() : products_[i], list_);
    item->setData(Qt::UserRole, files_[i]);
    item->setToolTip(files_[i]);
  }
  if (list_->count() > 0) list_->setCurrentRow(0);
}

}  // namespace nagl::ui
