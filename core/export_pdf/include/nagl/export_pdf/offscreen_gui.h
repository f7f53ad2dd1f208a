#pragma once
// A QGuiApplication for headless rendering (fonts, QPdfWriter): created only
// when no Qt application exists, on the "offscreen" platform unless
// QT_QPA_PLATFORM says otherwise; destroyed with this object. Throws
// ExportError when the offscreen platform plugin is missing.
#include <memory>

class QGuiApplication;

namespace nagl::exporting {

class OffscreenGui {
 public:
  OffscreenGui();
  ~OffscreenGui();
  OffscreenGui(const OffscreenGui&) = delete;
  OffscreenGui& operator=(const OffscreenGui&) = delete;

 private:
  std::unique_ptr<QGuiApplication> app_;
};

}  // namespace nagl::exporting
