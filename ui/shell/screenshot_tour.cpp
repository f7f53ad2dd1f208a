#include "ui/shell/screenshot_tour.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTimer>
#include <memory>
#include <utility>

#include "ui/charts/charts_panel.h"
#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/lot/lot_browser.h"
#include "ui/lot/lot_table_model.h"
#include "ui/project/project_controller.h"
#include "ui/shell/main_window.h"
#include "ui/viewer/image_viewer.h"

namespace nagl::ui {

ScreenshotTour::ScreenshotTour(MainWindow* window, const QString& folder, QObject* parent)
    : QObject(parent), window_(window), folder_(folder) {
  QDir().mkpath(folder_);
}

void ScreenshotTour::shoot(const QString& name) {
  const QString file = QDir(folder_).filePath(name + QStringLiteral(".png"));
  if (!window_->grab().save(file)) qWarning("cannot write %s", qPrintable(file));
}

void ScreenshotTour::step() {
  if (next_ >= steps_.size()) {
    // The tour's demo work is not the user's: quit without asking to save it.
    window_->projectController()->setPromptHandler(
        [](ProjectController::Prompt, const QString&) { return ProjectController::Answer::Discard; });
    QApplication::quit();
    return;
  }
  steps_[next_++]();
}

void ScreenshotTour::start(const QString& cacheDir) {
  auto later = [this](int ms) { QTimer::singleShot(ms, this, &ScreenshotTour::step); };
  // 1. Without a backbone: the setup notice.
  steps_.push_back([this, later, cacheDir] {
    window_->setModelSettings({});
    later(800);
  });
  steps_.push_back([this, later, cacheDir] {
    shoot(QStringLiteral("01-no-backbone"));
    // The demo's thresholds come from its references, scored beside the lot:
    // the pictures wait for both (or at most a minute for the thresholds).
    connect(
        window_->session(), &InspectionSession::runFinished, this,
        [this, later] {
          auto once = std::make_shared<bool>(false);
          auto go = [later, once] {
            if (!std::exchange(*once, true)) later(1500);
          };
          if (window_->thresholdsSetByUser()) return go();
          connect(window_->document(), &InspectionDocument::thresholdsChanged, this, go, Qt::SingleShotConnection);
          QTimer::singleShot(60000, this, go);
        },
        Qt::SingleShotConnection);
    window_->startDemo(cacheDir);
  });
  // 2. The demo lot scored, sorted by score, the top image in the viewer.
  steps_.push_back([this, later] {
    window_->lotBrowser()->sortBy(LotTableModel::ScoreColumn, Qt::DescendingOrder);
    window_->lotBrowser()->table()->setCurrentIndex(window_->lotBrowser()->proxy()->index(0, 0));
    later(1500);
  });
  steps_.push_back([this, later] {
    shoot(QStringLiteral("02-demo-results"));
    window_->lotBrowser()->showGrid(true);
    later(1500);
  });
  steps_.push_back([this, later] {
    shoot(QStringLiteral("03-thumbnail-grid"));
    window_->lotBrowser()->showGrid(false);
    window_->charts()->setCurrentIndex(1);
    window_->setColormap(Colormap::Inferno);
    window_->setStretch(true);
    later(1500);
  });
  steps_.push_back([this, later] {
    shoot(QStringLiteral("04-roc-inferno-stretch"));
    later(100);
  });
  later(300);
}

}  // namespace nagl::ui
