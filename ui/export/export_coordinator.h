#pragma once
// File > Export… (Ctrl+E): the Export dialog over the document (results,
// edited masks, thresholds, verdict overrides, references) and the engine
// the session ran.
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace nagl::ui {

class ExportDialog;
class InspectionDocument;
class InspectionSession;
class LotBrowser;

class ExportCoordinator : public QObject {
  Q_OBJECT
 public:
  ExportCoordinator(InspectionDocument* document, InspectionSession* session, LotBrowser* lot, QWidget* window);

  void addMenuAction(QMenu* file);
  QAction* exportAction() const { return action_; }
  ExportDialog* openExportDialog();
  ExportDialog* exportDialog() const { return dialog_; }

 private:
  InspectionDocument* document_;
  InspectionSession* session_;
  LotBrowser* lot_;
  QWidget* window_;
  QAction* action_ = nullptr;
  ExportDialog* dialog_ = nullptr;
};

}  // namespace nagl::ui
