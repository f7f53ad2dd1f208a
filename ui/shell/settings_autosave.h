#pragma once
// Writes the window's settings soon after they change, not only at a clean
// exit, so that a crash keeps them. Watches the window's layout itself
// (resize, move, maximise, docks and toolbars moved, resized, shown or
// hidden); other settings (view choices, model settings, lot folder) call
// schedule(). Changes in a burst (a drag) are written once, `delay` after
// the last.
#include <QObject>
#include <QTimer>
#include <functional>

class QMainWindow;

namespace nagl::ui {

class SettingsAutosave : public QObject {
  Q_OBJECT
 public:
  // `write` saves every setting (MainWindow::writeSettings).
  SettingsAutosave(QMainWindow* window, std::function<void()> write);

  void schedule();
  void setDelay(int ms) { timer_.setInterval(ms); }
  bool isPending() const { return timer_.isActive(); }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  QTimer timer_;
  std::function<void()> write_;
};

}  // namespace nagl::ui
