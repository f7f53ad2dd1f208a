#pragma once
// The workstation window: references (left dock), the lot table (right
// dock), the image viewer in the middle; File menu, Run toolbar, progress and
// device / speed in the status bar. Settings persist with QSettings.
#include <QFutureWatcher>
#include <QMainWindow>
#include <QStringList>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;

namespace nagl::ui {

class ImageViewer;
class InspectionSession;
class LotTable;
class ReferencePanel;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  void setBackbonePath(const QString& path);
  void setHeadPath(const QString& path);
  void setImageSize(int side);
  // Lists the images under folder (recursively, masks and ground_truth
  // folders left out) in the background, then shows them as the lot.
  void openLotFolder(const QString& folder);
  void setLot(const QStringList& paths, const QString& rootFolder = {});
  // Starts scoring the lot; false (with a message) when it cannot.
  bool runInspection();
  void cancelInspection();

  InspectionSession* session() const { return session_; }
  ReferencePanel* referencePanel() const { return references_; }
  LotTable* lotTable() const { return lot_; }
  ImageViewer* viewer() const { return viewer_; }

  static QStringList listLotImages(const QString& folder);

 Q_SIGNALS:
  void lotLoaded(int count);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void createActions();
  void createDocks();
  void createStatusBar();
  void readSettings();
  void writeSettings() const;
  void chooseBackbone();
  void chooseHead();
  void chooseLotFolder();
  void updateModelLabel();
  void updateRunState();
  void showCurrentQuery();
  void onQueryUpdated(int row);
  void onRunFinished(bool cancelled, const QString& error);

  InspectionSession* session_ = nullptr;
  ReferencePanel* references_ = nullptr;
  LotTable* lot_ = nullptr;
  ImageViewer* viewer_ = nullptr;
  QSpinBox* imageSize_ = nullptr;
  QSlider* opacity_ = nullptr;
  QAction* runAction_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
  QLabel* modelLabel_ = nullptr;
  QLabel* deviceLabel_ = nullptr;
  QFutureWatcher<QStringList>* lotWatcher_ = nullptr;
  QString backbonePath_;
  QString headPath_;
  QString lotFolder_;
  QString pendingLotFolder_;
  QString lotRoot_;
  QString device_;
  QStringList lotPaths_;
};

}  // namespace nagl::ui
