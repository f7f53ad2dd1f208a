#include "ui/training/training_launcher.h"

#include <QAction>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>
#include <memory>

#include "ui/training/training_dialog.h"

namespace nagl::ui {

TrainingLauncher::TrainingLauncher(QWidget* window, std::function<QString()> backbone)
    : QObject(window),
      window_(window),
      backbone_(std::move(backbone)),
      action_(new QAction(tr("&Train a head…"), this)) {
  action_->setToolTip(tr("Train a NAGL head on MVTec AD or VisA data, in a separate process"));
  connect(action_, &QAction::triggered, this, [this] { open(); });
  window_->installEventFilter(this);
}

bool TrainingLauncher::eventFilter(QObject* watched, QEvent* event) {
  if (watched == window_ && event->type() == QEvent::Close && !maybeClose()) {
    event->ignore();
    return true;
  }
  return QObject::eventFilter(watched, event);
}

TrainingDialog* TrainingLauncher::open() {
  if (!dialog_) {
    dialog_ = new TrainingDialog(backbone_(), window_);
    connect(dialog_, &TrainingDialog::defaultHeadChosen, this, &TrainingLauncher::defaultHeadChosen);
  }
  dialog_->show();
  dialog_->raise();
  dialog_->activateWindow();
  return dialog_;
}

bool TrainingLauncher::maybeClose() {
  if (!dialog_ || !dialog_->job()->isRunning()) return true;
  TrainingJob* job = dialog_->job();
  if (job->state() == TrainingJob::State::Running) {
    const QuitAnswer answer = ask();
    if (answer == QuitAnswer::KeepWorking) return false;
    answer == QuitAnswer::Pause ? job->pause() : job->cancel();
  }
  // Pausing or cancelling: close once the process has saved its state and ended.
  auto connection = std::make_shared<QMetaObject::Connection>();
  *connection = connect(job, &TrainingJob::stateChanged, window_, [this, job, connection] {
    if (job->isRunning()) return;
    disconnect(*connection);
    window_->close();
  });
  return false;
}

TrainingLauncher::QuitAnswer TrainingLauncher::ask() {
  if (question_) return question_();
  QMessageBox box(QMessageBox::Question, tr("A head is training"),
                  tr("A head is still training. Pause it (Model > Train a head… resumes it later), stop it, or "
                     "keep working?"),
                  QMessageBox::NoButton, window_);
  QPushButton* pause = box.addButton(tr("&Pause and quit"), QMessageBox::AcceptRole);
  QPushButton* stop = box.addButton(tr("&Stop and quit"), QMessageBox::DestructiveRole);
  box.addButton(tr("&Keep working"), QMessageBox::RejectRole);
  box.setDefaultButton(pause);
  box.exec();
  return box.clickedButton() == pause  ? QuitAnswer::Pause
         : box.clickedButton() == stop ? QuitAnswer::Stop
                                       : QuitAnswer::KeepWorking;
}

}  // namespace nagl::ui
