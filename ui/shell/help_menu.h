#pragma once
// The Help menu, last in the window's menu bar: Run the demo, Keyboard
// shortcuts (read from the menus when it opens), Read the README (the
// installed one, or the source tree's in a build tree, opened by the
// desktop) and About NAGL Inspector.
#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QMainWindow;

namespace nagl::ui {

class AboutDialog;
class InspectionDocument;
class InspectionSession;

class HelpMenu : public QObject {
  Q_OBJECT
 public:
  // Adds the menu to window's menu bar; runDemo is what "Run the demo" does.
  HelpMenu(QMainWindow* window, const InspectionDocument* document, const InspectionSession* session,
           std::function<void()> runDemo);

  AboutDialog* openAbout();
  // Opens readmeFile() with the desktop's viewer; false (and a status
  // message) when there is none.
  bool openReadme();
  // The README to show for a program in applicationDir: the packaged one
  // (<prefix>/share/doc/nagl-inspector/README.md beside <prefix>/bin), else
  // the source tree's (a build tree); empty when neither exists.
  static QString readmeFile(const QString& applicationDir);

  QAction* aboutAction() const { return about_; }
  QAction* readmeAction() const { return readme_; }

 private:
  QMainWindow* window_;
  const InspectionDocument* document_;
  const InspectionSession* session_;
  QAction* about_ = nullptr;
  QAction* readme_ = nullptr;
};

}  // namespace nagl::ui
