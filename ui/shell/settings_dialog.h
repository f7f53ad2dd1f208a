#pragma once
// Model settings: backbone and head files, image size, device, CPU threads,
// batch size, tiling; and the interface language. A head taken from the model store
// sets the image size to the one it was trained at (from its sidecar) by
// default; the user can still change it before OK.
#include <QDialog>

#include "ui/document/model_settings.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace nagl::ui {

class TilingControls;

class SettingsDialog : public QDialog {
  Q_OBJECT
 public:
  explicit SettingsDialog(const ModelSettings& settings, QWidget* parent = nullptr);
  ModelSettings settings() const;
  // The chosen interface language: a code of uiLanguages(), empty for the
  // system default. Saved when the dialog is accepted; used at the next start.
  QString language() const;

 private:
  QLineEdit* backbone_ = nullptr;
  QLineEdit* head_ = nullptr;
  QSpinBox* imageSize_ = nullptr;
  QComboBox* device_ = nullptr;
  QSpinBox* threads_ = nullptr;
  QSpinBox* batch_ = nullptr;
  TilingControls* tiling_ = nullptr;
  QComboBox* language_ = nullptr;
};

}  // namespace nagl::ui
