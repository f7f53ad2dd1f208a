#pragma once
// `nagl-inspector --screenshots DIR`: shows the main states of the window
// one after the other (setup notice, demo results with heatmap, thumbnail
// grid, ROC chart, another colormap with the per-image stretch), saves a
// QWidget::grab() of each into DIR, then quits. Used by tests/ui/screenshots.sh.
#include <QObject>
#include <QString>
#include <functional>
#include <vector>

namespace nagl::ui {

class MainWindow;

class ScreenshotTour : public QObject {
  Q_OBJECT
 public:
  ScreenshotTour(MainWindow* window, const QString& folder, QObject* parent = nullptr);
  void start(const QString& cacheDir);

 private:
  void shoot(const QString& name);
  void step();

  MainWindow* window_;
  QString folder_;
  std::vector<std::function<void()>> steps_;
  std::size_t next_ = 0;
};

}  // namespace nagl::ui
