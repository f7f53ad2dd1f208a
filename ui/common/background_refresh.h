#pragma once
// One computation, asked for again and again as the document changes (a lot
// is listed, a threshold dragged, a run's batches arrive), done on a worker:
// requests within `delayMs` of each other make one run, and a request while
// a run is going is kept (one) and run after it. isBusy() holds until the
// result has been handled: a future reports finished before its signal
// reaches this thread. The owner (a QObject) owns the timer and the watcher.
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <utility>

namespace nagl::ui {

template <typename Result>
class BackgroundRefresh {
 public:
  // On the UI thread: the work for a worker, or an empty function when there is nothing to do.
  using Prepare = std::function<std::function<Result()>()>;
  // On the UI thread, with each result; latest: no request came while it ran.
  using Done = std::function<void(Result result, bool latest)>;

  BackgroundRefresh(QObject* owner, int delayMs, Prepare prepare, Done done)
      : trigger_(new QTimer(owner)),
        watcher_(new QFutureWatcher<Result>(owner)),
        prepare_(std::move(prepare)),
        done_(std::move(done)) {
    trigger_->setSingleShot(true);
    trigger_->setInterval(delayMs);
    QObject::connect(trigger_, &QTimer::timeout, owner, [this] { start(); });
    QObject::connect(watcher_, &QFutureWatcher<Result>::finished, owner, [this] { onFinished(); });
  }
  BackgroundRefresh(const BackgroundRefresh&) = delete;
  BackgroundRefresh& operator=(const BackgroundRefresh&) = delete;
  // The owner's destructor: a running task keeps its own copies; its result is dropped.
  ~BackgroundRefresh() { watcher_->disconnect(); }

  void request() {
    if (!trigger_->isActive()) trigger_->start();
  }
  bool isBusy() const { return trigger_->isActive() || running_ || again_; }

 private:
  void start() {
    if (running_) {
      again_ = true;
      return;
    }
    std::function<Result()> work = prepare_();
    if (!work) return;
    running_ = true;
    watcher_->setFuture(QtConcurrent::run(std::move(work)));
  }
  void onFinished() {
    running_ = false;
    const bool latest = !again_;
    again_ = false;
    done_(watcher_->result(), latest);
    if (!latest) start();
  }

  QTimer* trigger_;
  QFutureWatcher<Result>* watcher_;
  Prepare prepare_;
  Done done_;
  bool running_ = false;
  bool again_ = false;
};

}  // namespace nagl::ui
