#pragma once
// The engine's part of the status bar: active device (loud when on CPU),
// ms per image, progress with Cancel, and "copy diagnostics".
#include <QWidget>

#include "ui/document/inspection_types.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace nagl::ui {

class EngineStatusBar : public QWidget {
  Q_OBJECT
 public:
  explicit EngineStatusBar(QWidget* parent = nullptr);

  void setEngineInfo(const EngineInfo& info);
  void setProgress(int done, int total);
  void setRunning(bool running);
  QString deviceText() const;
  // What the device label says for info: "GPU: <name>" or "CPU — no CUDA device".
  static QString deviceLabel(const EngineInfo& info);
  QPushButton* cancelButton() const { return cancel_; }
  QPushButton* diagnosticsButton() const { return diagnostics_; }

 Q_SIGNALS:
  void cancelRequested();
  void copyDiagnosticsRequested();

 private:
  QLabel* device_ = nullptr;
  QLabel* speed_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QPushButton* cancel_ = nullptr;
  QPushButton* diagnostics_ = nullptr;
};

}  // namespace nagl::ui
