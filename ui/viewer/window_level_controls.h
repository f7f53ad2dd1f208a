#pragma once
// Toolbar controls for the viewer's window / level: level and width in the
// image's own sample units (0..255 or 0..65535) and an "Auto" button that
// returns to each image's automatic window.
#include <QWidget>

#include "ui/shell/display_window.h"

class QDoubleSpinBox;
class QToolButton;

namespace nagl::ui {

class WindowLevelControls : public QWidget {
  Q_OBJECT
 public:
  explicit WindowLevelControls(QWidget* parent = nullptr);

  // Shows what the viewer uses now, without emitting anything.
  void showWindow(const nagl::ui::DisplayWindow& window, int bitDepth, bool automatic);
  QDoubleSpinBox* levelBox() const { return level_; }
  QDoubleSpinBox* widthBox() const { return width_; }
  QToolButton* autoButton() const { return auto_; }

 Q_SIGNALS:
  void windowEdited(const nagl::ui::DisplayWindow& window);
  void autoRequested();

 private:
  QDoubleSpinBox* level_ = nullptr;
  QDoubleSpinBox* width_ = nullptr;
  QToolButton* auto_ = nullptr;
};

}  // namespace nagl::ui
