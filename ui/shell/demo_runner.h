#pragma once
// Help > Run the demo (and --demo): prepares the demo lot, references and
// model in the background (ui/demo_setup.h), puts them in the document and
// scores the lot.
#include <QFutureWatcher>
#include <QObject>

#include "ui/shell/demo_setup.h"

class QWidget;

namespace nagl::ui {

class InspectionDocument;
class LotRunController;

class DemoRunner : public QObject {
  Q_OBJECT
 public:
  DemoRunner(InspectionDocument* document, LotRunController* runs, QWidget* window);
  ~DemoRunner() override;

  void start(const QString& cacheDir);
  bool isPreparing() const { return preparing_; }

 Q_SIGNALS:
  void preparingChanged();
  // The demo's model, before its lot is opened: untrained means illustrative results.
  void modelChosen(const nagl::ui::ModelSettings& model, bool untrained);
  void demoReady(bool ok);
  void message(const QString& text, int timeoutMs);

 private:
  void onPrepared();

  InspectionDocument* document_;
  LotRunController* runs_;
  QWidget* window_;
  QFutureWatcher<DemoPlan>* watcher_;
  bool preparing_ = false;
};

}  // namespace nagl::ui
