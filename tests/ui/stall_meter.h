#pragma once
// The longest time the event loop went without running a timer: how long
// the UI thread was blocked, measured from its creation (or reset()).
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <algorithm>

namespace nagl::ui::test {

class StallMeter {
 public:
  explicit StallMeter(int intervalMs = 2) {
    timer_.setInterval(intervalMs);
    QObject::connect(&timer_, &QTimer::timeout, [this] { maxGap_ = std::max(maxGap_, clock_.restart()); });
    clock_.start();
    timer_.start();
  }
  void reset() {
    clock_.restart();
    maxGap_ = 0;
  }
  qint64 maxGapMs() const { return maxGap_; }

 private:
  QTimer timer_;
  QElapsedTimer clock_;
  qint64 maxGap_ = 0;
};

}  // namespace nagl::ui::test
