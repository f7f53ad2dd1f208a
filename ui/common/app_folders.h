#pragma once
// One name, "nagl-inspector", for the workstation's settings, cache and data
// folders, the name the command line's model store already uses
// ($XDG_DATA_HOME/nagl-inspector/models). Releases up to 0.1.0 kept the GUI's
// files under "NAGL/NAGL Inspector"; their settings are carried over once.
#include <QString>

namespace nagl::ui {

inline constexpr char kAppFolderName[] = "nagl-inspector";

// Sets QCoreApplication's organization and application names, so QSettings()
// is $XDG_CONFIG_HOME/nagl-inspector/nagl-inspector.conf. Callable before the
// QApplication exists (`--version` reads the settings without a display).
void setApplicationIdentity();

// $XDG_CACHE_HOME/nagl-inspector (the demo lot).
QString appCacheFolder();
// $XDG_DATA_HOME/nagl-inspector (the untitled-work journal, beside the model store).
QString appDataFolder();

// The settings file of the releases that named the application "NAGL Inspector".
QString legacySettingsFile();
// Copies every key of `legacyFile` into QSettings() when QSettings() holds
// none yet (a first start after the rename). True when something was copied.
bool migrateLegacySettings(const QString& legacyFile = legacySettingsFile());

}  // namespace nagl::ui
