#pragma once
// Model settings: backbone and head files, image size, device, CPU threads,
// batch size.
#include <QDialog>

#include "ui/model_settings.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace nagl::ui {

class SettingsDialog : public QDialog {
  Q_OBJECT
 public:
  explicit SettingsDialog(const ModelSettings& settings, QWidget* parent = nullptr);
  ModelSettings settings() const;

 private:
  QLineEdit* backbone_ = nullptr;
  QLineEdit* head_ = nullptr;
  QSpinBox* imageSize_ = nullptr;
  QComboBox* device_ = nullptr;
  QSpinBox* threads_ = nullptr;
  QSpinBox* batch_ = nullptr;
};

}  // namespace nagl::ui
