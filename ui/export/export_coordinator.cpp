#include "ui/export/export_coordinator.h"

#include <QAction>
#include <QMenu>

#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/export/export_dialog.h"
#include "ui/export/override_report.h"
#include "ui/lot/lot_browser.h"
#include "ui/shell/main_window.h"

namespace nagl::ui {

ExportCoordinator::ExportCoordinator(InspectionDocument* document, InspectionSession* session, LotBrowser* lot,
                                     QWidget* window)
    : QObject(window), document_(document), session_(session), lot_(lot), window_(window) {}

void ExportCoordinator::addMenuAction(QMenu* file) {
  action_ = file->addAction(MainWindow::tr("&Export…"), this, [this] { openExportDialog(); });
  action_->setShortcut(Qt::CTRL | Qt::Key_E);
  action_->setToolTip(MainWindow::tr("Export masks, annotations, overlays and lot reports (Ctrl+E)"));
}

ExportDialog* ExportCoordinator::openExportDialog() {
  if (!dialog_) {
    dialog_ = new ExportDialog(window_);
    dialog_->setSourceProvider([this] {
      ExportSource source;
      source.results = document_->results();
      source.overrides.assign(static_cast<std::size_t>(source.results.size()), Verdict::None);
      source.overrideNotes.resize(source.overrides.size());
      for (int row = 0; row < source.results.size(); ++row) {
        source.overrides[static_cast<std::size_t>(row)] = document_->overrideAt(row);
        source.overrideNotes[static_cast<std::size_t>(row)] = overrideNote(*document_, row);
      }
      source.overrideLog = overrideLogLines(document_->overrideLog());
      source.queryMasks = document_->queryMasks();
      source.currentRow = lot_->currentSourceRow();
      source.thresholds = document_->thresholds();
      source.thresholdSource = QString::fromStdString(reportThresholdSource(document_->thresholdSource()));
      source.modelDescription = session_->engineInfo().model;
      source.backbone = document_->modelSettings().backbone;
      source.head = document_->modelSettings().head;
      source.references = document_->referencesForRun();
      source.referenceMaskEdits = document_->editedMasksOf(source.references);
      return source;
    });
  }
  dialog_->setLotFolder(document_->lotRoot());  // the lot may have changed since the last time
  dialog_->show();
  dialog_->raise();
  dialog_->activateWindow();
  return dialog_;
}

}  // namespace nagl::ui
