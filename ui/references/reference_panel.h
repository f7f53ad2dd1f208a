#pragma once
// The reference set editor: a "Normal" and a "Defective" list that accept
// dropped files. A defective reference is only used once it has a mask,
// found next to it (<stem>_mask.png, or MVTec's ../../ground_truth/<defect>/),
// chosen with a file dialog, or dropped as a file named <stem>_mask.*.
// Items show a thumbnail (decoded in the background) and, for defective
// references, a badge: green with a mask, orange without. The references are
// an InspectionDocument's (its own one until setDocument): the lists show
// them and every edit goes through the document (adding and removing are
// undoable there).
#include <QString>
#include <QWidget>

#include "ui/document/inspection_types.h"

class QListWidget;
class QListWidgetItem;

namespace nagl::ui {

class FileDropList;
class InspectionDocument;
class ThumbnailCache;

class ReferencePanel : public QWidget {
  Q_OBJECT
 public:
  explicit ReferencePanel(QWidget* parent = nullptr);
  void setDocument(InspectionDocument* document);
  InspectionDocument* document() const { return document_; }

  // Each returns false when the file was not added (already there).
  bool addNormal(const QString& path);
  bool addDefective(const QString& path);  // looks for the mask at once
  // Gives the defective reference at row its mask.
  bool setMask(int defectiveRow, const QString& maskPath);
  // A file named <stem>_mask.<ext>: becomes the mask of the defective
  // reference <stem>.*; false when there is none.
  bool attachMaskByName(const QString& maskPath);
  // What a file dropped on a list does: masks attach by name, other files
  // are added to that list.
  void dropFiles(const QStringList& paths, bool defective);
  // Not undoable (a new project, the demo).
  void clear();

  // The usable references (defective ones without a mask left out).
  ReferenceSet references() const;
  int normalCount() const;
  int defectiveCount() const;
  int missingMaskCount() const;

  static bool isMaskFileName(const QString& path);
  // <dir>/<stem>_mask.png, else <dir>/../../ground_truth/<dir name>/<stem>_mask.png;
  // empty when neither exists.
  static QString findMaskFor(const QString& imagePath);

  static constexpr int kIconSide = 48;
  QListWidget* normalList() const;
  QListWidget* defectiveList() const;

 Q_SIGNALS:
  // The document's references changed (the lists show them already).
  void referencesChanged();
  void message(const QString& text);

 private:
  void chooseNormals();
  void chooseDefectives();
  void chooseMask();
  void removeSelected(QListWidget* list);
  void refreshDefectiveItem(QListWidgetItem* item);
  void showDocument();
  void syncList(QListWidget* list, const QList<DefectiveReference>& entries, bool defective);
  QListWidgetItem* findDefectiveByStem(const QString& stem) const;
  void updateIcon(QListWidgetItem* item, bool defective);
  void onThumbnailReady(const QString& path);

  FileDropList* normalList_ = nullptr;
  FileDropList* defectiveList_ = nullptr;
  ThumbnailCache* thumbnails_ = nullptr;
  InspectionDocument* document_ = nullptr;
};

}  // namespace nagl::ui
