#pragma once
// Mask > Import mask… (Ctrl+I): reads a PNG, COCO or labelme mask for the
// image on screen (a lot image or a defective reference) on a pool thread
// and applies it as one undoable edit of the viewer's mask; finished() says
// how it went (an error also shows a message box naming the file).
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace nagl::ui {

class ImageViewer;
class ViewerController;

class MaskImportController : public QObject {
  Q_OBJECT
 public:
  MaskImportController(ImageViewer* viewer, const ViewerController* target, QWidget* window);

  void addMenuAction(QMenu* maskMenu);
  QAction* importAction() const { return action_; }
  bool importMaskFile(const QString& maskFile);

 Q_SIGNALS:
  void finished(bool ok, const QString& message);
  // timeoutMs 0: until the next message; an empty text clears.
  void message(const QString& text, int timeoutMs);

 private:
  void chooseMaskToImport();

  ImageViewer* viewer_;
  const ViewerController* target_;
  QWidget* window_;
  QAction* action_ = nullptr;
};

}  // namespace nagl::ui
