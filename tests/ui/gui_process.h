#pragma once
// Runs the built nagl-inspector (offscreen) with private XDG folders, so its
// settings, cache and data never touch the user's or another test's.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace nagl::ui::test {

struct XdgFolders {
  QString root;  // config/, cache/, data/ below it
  QString config() const { return root + QStringLiteral("/config"); }
  QString cache() const { return root + QStringLiteral("/cache"); }
  QString data() const { return root + QStringLiteral("/data"); }
};

inline QProcessEnvironment guiEnvironment(const XdgFolders& xdg) {
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  env.insert(QStringLiteral("XDG_CONFIG_HOME"), xdg.config());
  env.insert(QStringLiteral("XDG_CACHE_HOME"), xdg.cache());
  env.insert(QStringLiteral("XDG_DATA_HOME"), xdg.data());
  env.remove(QStringLiteral("NAGL_MODEL_STORE"));
  return env;
}

inline void startGui(QProcess& process, const XdgFolders& xdg, const QStringList& arguments) {
  process.setProcessEnvironment(guiEnvironment(xdg));
  process.setProcessChannelMode(QProcess::MergedChannels);
  process.start(QStringLiteral(NAGL_GUI_PATH), arguments);
}

}  // namespace nagl::ui::test
