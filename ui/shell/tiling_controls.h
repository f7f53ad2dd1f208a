#pragma once
// The tiling part of the model settings (issue 16): Off, Auto (from the
// smallest defect to find, in original pixels) or a fixed tile side, and
// which normal-reference tiles a query tile is compared with. A line under
// the boxes says what the choice means for the current image size.
#include <QWidget>

#include "nagl/tiling/tiling_options.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace nagl::ui {

class TilingControls : public QWidget {
  Q_OBJECT
 public:
  TilingControls(const tiling::TilingOptions& options, QWidget* parent = nullptr);
  tiling::TilingOptions options() const;
  // The model input the explanation is for (tiling::patchesPerSide).
  void setImageSize(int imageSize);

 private:
  void refresh();

  QComboBox* mode_ = nullptr;
  QSpinBox* minDefect_ = nullptr;
  QSpinBox* side_ = nullptr;
  QComboBox* matching_ = nullptr;
  QLabel* explanation_ = nullptr;
  int overlap_ = -1;  // kept as loaded: the dialog has no box for it (nagl infer --tile-overlap)
  int imageSize_ = 448;
};

}  // namespace nagl::ui
