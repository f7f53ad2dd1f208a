#pragma once
// Help > About NAGL Inspector: the version, the LibTorch / OpenCV / Qt
// versions (compiled against and, where the library tells, loaded now), the
// device the engine runs on (as the status bar has it: nothing is started to
// find out) and the licences of the program, the model and the libraries.
// Selectable text, with a button that copies it.
#include <QDialog>
#include <QString>

#include "ui/document/inspection_types.h"

class QTextBrowser;

namespace nagl::ui {

class AboutDialog : public QDialog {
  Q_OBJECT
 public:
  // engine: the session's engineInfo() (no device yet when nothing ran);
  // deviceSetting: the model settings' device ("auto", "cpu", "cuda:0").
  AboutDialog(const EngineInfo& engine, const QString& deviceSetting, QWidget* parent);

  // The text shown, as HTML.
  static QString aboutHtml(const EngineInfo& engine, const QString& deviceSetting);
  // As shown, without markup.
  QString plainText() const;

 private:
  QTextBrowser* text_ = nullptr;
};

}  // namespace nagl::ui
