#include "ui/shell/settings_autosave.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QToolBar>

namespace nagl::ui {

SettingsAutosave::SettingsAutosave(QMainWindow* window, std::function<void()> write)
    : QObject(window), write_(std::move(write)) {
  timer_.setSingleShot(true);
  timer_.setInterval(500);
  connect(&timer_, &QTimer::timeout, this, [this] { write_(); });
  window->installEventFilter(this);
  for (QDockWidget* dock : window->findChildren<QDockWidget*>()) dock->installEventFilter(this);
  for (QToolBar* bar : window->findChildren<QToolBar*>()) bar->installEventFilter(this);
}

void SettingsAutosave::schedule() { timer_.start(); }

bool SettingsAutosave::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Move:
    case QEvent::WindowStateChange:
    case QEvent::Show:
    case QEvent::Hide:
      schedule();
      break;
    default:
      break;
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace nagl::ui
