#include "ui/references/reference_panel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <QSet>

#include "ui/document/inspection_document.h"
#include "ui/lot/thumbnail_cache.h"
#include "ui/masks/mask_badge.h"
#include "ui/references/file_drop_list.h"

namespace nagl::ui {
namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kMaskRole = Qt::UserRole + 1;
QString imageFilter() { return ReferencePanel::tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)"); }
const QString kMaskSuffix = QStringLiteral("_mask");

QString absolute(const QString& path) { return QFileInfo(path).absoluteFilePath(); }

QListWidgetItem* insertPathItem(QListWidget* list, int row, const QString& path) {
  auto* item = new QListWidgetItem(QFileInfo(path).fileName());
  item->setData(kPathRole, path);
  item->setToolTip(path);
  list->insertItem(row, item);  // owned by list
  return item;
}

}  // namespace

ReferencePanel::ReferencePanel(QWidget* parent) : QWidget(parent), thumbnails_(new ThumbnailCache(this)) {
  connect(thumbnails_, &ThumbnailCache::ready, this, &ReferencePanel::onThumbnailReady);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);

  auto makeGroup = [this, layout](const QString& title, FileDropList*& list, bool defective) {
    auto* group = new QGroupBox(title, this);
    auto* box = new QVBoxLayout(group);
    list = new FileDropList(group);
    list->setIconSize(QSize(kIconSide, kIconSide));
    list->onFilesDropped = [this, defective](const QStringList& files) { dropFiles(files, defective); };
    box->addWidget(list);
    auto* buttons = new QHBoxLayout;
    box->addLayout(buttons);
    auto* add = new QPushButton(tr("Add…"), group);
    auto* remove = new QPushButton(tr("Remove"), group);
    buttons->addWidget(add);
    if (defective) {
      auto* mask = new QPushButton(tr("Set mask…"), group);
      mask->setToolTip(tr("Choose the defect mask of the selected defective reference"));
      connect(mask, &QPushButton::clicked, this, &ReferencePanel::chooseMask);
      buttons->addWidget(mask);
      connect(add, &QPushButton::clicked, this, &ReferencePanel::chooseDefectives);
    } else {
      connect(add, &QPushButton::clicked, this, &ReferencePanel::chooseNormals);
    }
    buttons->addWidget(remove);
    FileDropList* target = list;
    connect(remove, &QPushButton::clicked, this, [this, target] { removeSelected(target); });
    layout->addWidget(group, 1);
  };
  makeGroup(tr("Normal"), normalList_, false);
  makeGroup(tr("Defective"), defectiveList_, true);
  normalList_->setToolTip(tr("Defect-free reference images: drop files here"));
  defectiveList_->setToolTip(tr("Defective reference images and their masks (<name>_mask.png): drop files here"));
  connect(defectiveList_, &QListWidget::itemDoubleClicked, this, &ReferencePanel::chooseMask);
  setDocument(new InspectionDocument(this));
}

void ReferencePanel::setDocument(InspectionDocument* document) {
  if (document_) {
    document_->disconnect(this);
    if (document_->parent() == this) document_->deleteLater();
  }
  document_ = document;
  connect(document_, &InspectionDocument::referencesChanged, this, &ReferencePanel::showDocument);
  showDocument();
}

void ReferencePanel::showDocument() {
  QList<DefectiveReference> normals;
  for (const QString& path : document_->normals()) normals.append({path, {}});
  syncList(normalList_, normals, false);
  syncList(defectiveList_, document_->defectives(), true);
  Q_EMIT referencesChanged();
}

void ReferencePanel::syncList(QListWidget* list, const QList<DefectiveReference>& entries, bool defective) {
  // Items that stay are kept (with their selection); only the others are
  // removed or inserted, so the lists follow adds, removals and their undo.
  QSet<QString> wanted;
  for (const DefectiveReference& e : entries) wanted.insert(e.image);
  int row = 0;
  for (const DefectiveReference& e : entries) {
    while (row < list->count() && list->item(row)->data(kPathRole).toString() != e.image &&
           !wanted.contains(list->item(row)->data(kPathRole).toString()))
      delete list->takeItem(row);
    QListWidgetItem* item = list->item(row);
    if (!item || item->data(kPathRole).toString() != e.image) {
      item = insertPathItem(list, row, e.image);
      if (defective) item->setData(kMaskRole, e.mask);
      defective ? refreshDefectiveItem(item) : updateIcon(item, false);
      thumbnails_->request(e.image);
    } else if (defective && item->data(kMaskRole).toString() != e.mask) {
      item->setData(kMaskRole, e.mask);
      refreshDefectiveItem(item);
    }
    ++row;
  }
  while (list->count() > row) delete list->takeItem(row);
}

bool ReferencePanel::isMaskFileName(const QString& path) {
  return QFileInfo(path).completeBaseName().endsWith(kMaskSuffix, Qt::CaseInsensitive);
}

QString ReferencePanel::findMaskFor(const QString& imagePath) {
  const QFileInfo info(imagePath);
  const QString maskName = info.completeBaseName() + kMaskSuffix + QStringLiteral(".png");
  const QDir dir = info.absoluteDir();
  QString beside = dir.filePath(maskName);
  if (QFileInfo::exists(beside)) return beside;
  // MVTec AD: <category>/test/<defect>/<stem>.png -> <category>/ground_truth/<defect>/<stem>_mask.png
  QString mvtec = QDir::cleanPath(
      dir.filePath(QStringLiteral("../../ground_truth/") + dir.dirName() + QLatin1Char('/') + maskName));
  if (QFileInfo::exists(mvtec)) return mvtec;
  return {};
}

bool ReferencePanel::addNormal(const QString& path) { return document_->addNormal(path); }

bool ReferencePanel::addDefective(const QString& path) {
  return document_->addDefective(path, findMaskFor(absolute(path)));  // looks for the mask at once
}

bool ReferencePanel::setMask(int defectiveRow, const QString& maskPath) {
  return document_->setDefectiveMaskFile(defectiveRow, maskPath);
}

QListWidgetItem* ReferencePanel::findDefectiveByStem(const QString& stem) const {
  for (int i = 0; i < defectiveList_->count(); ++i) {
    QListWidgetItem* item = defectiveList_->item(i);
    if (QFileInfo(item->data(kPathRole).toString()).completeBaseName() == stem) return item;
  }
  return nullptr;
}

bool ReferencePanel::attachMaskByName(const QString& maskPath) {
  if (!isMaskFileName(maskPath)) return false;
  const QString base = QFileInfo(maskPath).completeBaseName();
  QListWidgetItem* item = findDefectiveByStem(base.left(base.size() - kMaskSuffix.size()));
  if (!item) return false;
  return setMask(defectiveList_->row(item), maskPath);
}

void ReferencePanel::dropFiles(const QStringList& paths, bool defective) {
  // Images first, so that a mask dropped together with its image finds it.
  QStringList masks;
  for (const QString& path : paths) {
    if (isMaskFileName(path))
      masks.append(path);
    else if (defective)
      addDefective(path);
    else
      addNormal(path);
  }
  for (const QString& mask : masks)
    if (!attachMaskByName(mask))
      Q_EMIT message(tr("%1: no defective reference of that name takes this mask").arg(QFileInfo(mask).fileName()));
}

void ReferencePanel::clear() { document_->restoreReferences({}, {}); }

ReferenceSet ReferencePanel::references() const { return document_->references(); }
int ReferencePanel::normalCount() const { return static_cast<int>(document_->normals().size()); }
int ReferencePanel::defectiveCount() const { return static_cast<int>(document_->defectives().size()); }
int ReferencePanel::missingMaskCount() const { return document_->missingMaskCount(); }

void ReferencePanel::refreshDefectiveItem(QListWidgetItem* item) {
  const QString path = item->data(kPathRole).toString();
  const QString mask = item->data(kMaskRole).toString();
  const QString name = QFileInfo(path).fileName();
  if (mask.isEmpty()) {
    item->setText(tr("%1 — no mask (not used)").arg(name));
    item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    item->setToolTip(tr("%1\nNo defect mask: double-click or use “Set mask…”, or drop %2_mask.png here")
                         .arg(path, QFileInfo(path).completeBaseName()));
  } else {
    item->setText(tr("%1 — mask %2").arg(name, QFileInfo(mask).fileName()));
    item->setForeground(palette().brush(QPalette::Active, QPalette::Text));
    item->setToolTip(tr("%1\nmask: %2").arg(path, mask));
  }
  updateIcon(item, true);
}

QListWidget* ReferencePanel::normalList() const { return normalList_; }
QListWidget* ReferencePanel::defectiveList() const { return defectiveList_; }

void ReferencePanel::updateIcon(QListWidgetItem* item, bool defective) {
  const QString path = item->data(kPathRole).toString();
  const QPixmap* thumbnail = thumbnails_->find(path);
  MaskBadge badge = MaskBadge::None;
  if (defective) badge = item->data(kMaskRole).toString().isEmpty() ? MaskBadge::MissingMask : MaskBadge::HasMask;
  item->setIcon(QIcon(referenceIcon(thumbnail ? *thumbnail : QPixmap(), badge, kIconSide)));
}

void ReferencePanel::onThumbnailReady(const QString& path) {
  for (int i = 0; i < normalList_->count(); ++i)
    if (normalList_->item(i)->data(kPathRole).toString() == path) updateIcon(normalList_->item(i), false);
  for (int i = 0; i < defectiveList_->count(); ++i)
    if (defectiveList_->item(i)->data(kPathRole).toString() == path) updateIcon(defectiveList_->item(i), true);
}

void ReferencePanel::chooseNormals() {
  for (const QString& file : QFileDialog::getOpenFileNames(this, tr("Add normal references"), {}, imageFilter()))
    addNormal(file);
}

void ReferencePanel::chooseDefectives() {
  for (const QString& file : QFileDialog::getOpenFileNames(this, tr("Add defective references"), {}, imageFilter()))
    addDefective(file);
}

void ReferencePanel::chooseMask() {
  QListWidgetItem* item = defectiveList_->currentItem();
  if (!item) {
    Q_EMIT message(tr("Select a defective reference first."));
    return;
  }
  const QString image = item->data(kPathRole).toString();
  const QString mask = QFileDialog::getOpenFileName(this, tr("Mask of %1").arg(QFileInfo(image).fileName()),
                                                    QFileInfo(image).absolutePath(), imageFilter());
  if (!mask.isEmpty()) setMask(defectiveList_->row(item), mask);
}

void ReferencePanel::removeSelected(QListWidget* list) {
  QList<int> rows;
  for (const QListWidgetItem* item : list->selectedItems()) rows.append(list->row(item));
  if (rows.isEmpty()) return;
  if (list == defectiveList_)
    document_->removeDefectives(rows);
  else
    document_->removeNormals(rows);
}

}  // namespace nagl::ui
