// MainWindow: what a project opens into (the lot with its cached results and
// thresholds); the File menu's project actions live in ProjectController.
#include <QHash>
#include <QStatusBar>

#include "ui/charts_panel.h"
#include "ui/image_viewer.h"
#include "ui/inspection_session.h"
#include "ui/lot_browser.h"
#include "ui/lot_table_model.h"
#include "ui/main_window.h"
#include "ui/thumbnail_cache.h"

namespace nagl::ui {

bool MainWindow::restoreInspection(const QStringList& paths, const QString& rootFolder,
                                   const QList<QueryResult>& results, const Thresholds& thresholds,
                                   bool thresholdsSetByUser) {
  if (session_->isRunning()) {
    statusBar()->showMessage(tr("Cancel the running inspection before opening a project."), 8000);
    return false;
  }
  QHash<QString, qsizetype> cached;
  cached.reserve(results.size());
  for (qsizetype i = 0; i < results.size(); ++i) cached.insert(results[i].path, i);
  QList<QueryResult> rows;
  rows.reserve(paths.size());
  for (const QString& path : paths) {
    if (const auto it = cached.constFind(path); it != cached.constEnd()) {
      rows.append(results[*it]);
    } else {
      QueryResult pending;
      pending.path = path;
      rows.append(pending);
    }
  }
  session_->restoreResults(rows);
  lotPaths_ = paths;
  lotRoot_ = rootFolder;
  if (!rootFolder.isEmpty()) lotFolder_ = rootFolder;
  lot_->thumbnails()->clear();
  lot_->lotModel()->setRows(session_->results(), rootFolder);
  viewer_->clear();
  userThresholds_ = thresholdsSetByUser;
  applyThresholds(thresholds);
  updateRunState();
  refreshCharts();  // suggests thresholds again unless they were the user's
  Q_EMIT lotLoaded(static_cast<int>(paths.size()));
  return true;
}

}  // namespace nagl::ui
