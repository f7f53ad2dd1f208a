#pragma once
// "Decoding x.png…" with a moving bar over a viewer while a slow background
// job runs: shown only when the job outlasts a short delay (no flicker for
// the fast ones), hidden when it ends.
#include <QFrame>
#include <QTimer>

class QLabel;

namespace nagl::ui {

class BusyIndicator : public QFrame {
  Q_OBJECT
 public:
  explicit BusyIndicator(QWidget* viewer);

  void start(const QString& text);
  void stop();
  void setDelay(int ms) { delay_.setInterval(ms); }
  // Keeps it in the viewer's bottom-left corner (call on resize).
  void place();

 Q_SIGNALS:
  void shownChanged(bool shown);

 private:
  QTimer delay_;
  QLabel* text_ = nullptr;
};

}  // namespace nagl::ui
