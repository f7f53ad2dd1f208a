#pragma once
// Model > Train a head… in the workstation: one TrainingDialog, made on first
// use and kept (a training goes on while it is hidden), and the question
// before the workstation quits while a training runs: pause it (resumable
// from the dialog, or `nagl train --resume`), stop it, or keep working. The
// question comes before the window's own (unsaved project) through an event
// filter, so the window needs no code for it.
#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace nagl::ui {

class TrainingDialog;

class TrainingLauncher : public QObject {
  Q_OBJECT
 public:
  enum class QuitAnswer { Pause, Stop, KeepWorking };
  using QuitQuestion = std::function<QuitAnswer()>;

  // backbone: the workstation's current backbone, offered in the form.
  TrainingLauncher(QWidget* window, std::function<QString()> backbone);

  QAction* action() const { return action_; }
  TrainingDialog* open();
  TrainingDialog* dialog() const { return dialog_; }

  // Whether the window may close now. While a training runs this asks; on
  // Pause or Stop it stops the training and closes the window again once the
  // process has ended (false now).
  bool maybeClose();
  void setQuitQuestion(QuitQuestion question) { question_ = std::move(question); }  // tests

 Q_SIGNALS:
  void defaultHeadChosen(const QString& path, int trainedImageSize);

 private:
  QuitAnswer ask();
  bool eventFilter(QObject* watched, QEvent* event) override;  // the window's close, before its own

  QWidget* window_;
  std::function<QString()> backbone_;
  QAction* action_;
  TrainingDialog* dialog_ = nullptr;
  QuitQuestion question_;
};

}  // namespace nagl::ui
