#include "ui/export/export_coordinator.h"

#include <QAction>
#include <QMenu>
#include <algorithm>

#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/export/export_dialog.h"
#include "ui/export/override_report.h"
#include "ui/lot/lot_browser.h"
#include "ui/shell/main_window.h"

namespace nagl::ui {
namespace {

// How the exported results were tiled, in the CLI's words: the settings'
// when they give the results' tile plan, else (changed since the run) the
// plan the results carry.
QString reportTiling(const QList<QueryResult>& results, const ModelSettings& settings) {
  const auto tiled = std::find_if(results.begin(), results.end(), [](const QueryResult& r) { return r.tileSide > 0; });
  if (tiled == results.end()) return {};
  const int grid = tiling::patchesPerSide(settings.imageSize);
  if (settings.tiling.enabled()) try {
      const tiling::ResolvedTiling now = tiling::resolveTiling(settings.tiling, grid);
      if (now.side == tiled->tileSide && now.overlap == tiled->tileOverlap)
        return QString::fromStdString(tiling::describeTiling(settings.tiling, grid));
    } catch (const std::invalid_argument&) {
      // settings that no longer resolve: the results' own plan below
    }
  return QStringLiteral("%1 px, overlap %2 px").arg(tiled->tileSide).arg(tiled->tileOverlap);
}

}  // namespace

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
      // A reference found in the lot is left out of the exported lot, as out of its scores.
      const int current = lot_->currentSourceRow();
      source.currentRow = -1;
      for (int row = 0; row < document_->results().size(); ++row) {
        if (!document_->referenceCopyOf(row).isEmpty()) continue;
        if (row == current) source.currentRow = static_cast<int>(source.results.size());
        source.results.append(document_->results().at(row));
        source.overrides.push_back(document_->overrideAt(row));
        source.overrideNotes.push_back(overrideNote(*document_, row));
      }
      source.overrideLog = overrideLogLines(document_->overrideLog());
      source.queryMasks = document_->queryMasks();
      source.thresholds = document_->thresholds();
      source.thresholdSource = QString::fromStdString(reportThresholdSource(document_->thresholdSource()));
      source.recipe = document_->recipe().product;
      source.minDefectArea = document_->minDefectArea();
      source.modelDescription = session_->engineInfo().model;
      source.backbone = document_->modelSettings().backbone;
      source.head = document_->modelSettings().head;
      source.tiling = reportTiling(source.results, document_->modelSettings());
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
