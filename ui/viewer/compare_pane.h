#pragma once
// The comparison pane beside the viewer: the query's closest normal reference
// (once scored; the first normal reference before), zoom and pan following
// the query's viewer; and window / level shared by both viewers.
#include <QWidget>

class QAction;
class QLabel;

namespace nagl::ui {

class ImageViewer;
class InspectionDocument;
class InspectionSession;
class WindowLevelControls;

class ComparePane : public QWidget {
  Q_OBJECT
 public:
  ComparePane(InspectionDocument* document, InspectionSession* session, ImageViewer* queryViewer, QWidget* parent);

  // Checkable (C): shows and hides the pane.
  QAction* compareAction() const { return compare_; }
  ImageViewer* referenceViewer() const { return referenceViewer_; }
  WindowLevelControls* windowLevelControls() const { return windowLevel_; }
  QString caption() const;
  // Shows the closest normal reference of the lot image at row, when the pane is on.
  void showFor(int row);

 private:
  void showClosestReference();
  // Beside the query viewer in a splitter: half the space each, until the
  // user drags the handle.
  void splitEvenlyUnlessDragged();

  InspectionDocument* document_;
  InspectionSession* session_;
  ImageViewer* queryViewer_;
  ImageViewer* referenceViewer_ = nullptr;
  QLabel* caption_ = nullptr;
  QAction* compare_ = nullptr;
  WindowLevelControls* windowLevel_ = nullptr;
  int row_ = -1;
  bool userSplit_ = false;
};

}  // namespace nagl::ui
