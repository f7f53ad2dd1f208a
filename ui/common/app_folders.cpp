#include "ui/common/app_folders.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace nagl::ui {

void setApplicationIdentity() {
  // QSettings needs an organization: the same name gives one folder, not "NAGL/NAGL Inspector".
  QCoreApplication::setOrganizationName(QLatin1String(kAppFolderName));
  QCoreApplication::setApplicationName(QLatin1String(kAppFolderName));
}

// The generic locations plus our name: QStandardPaths' app locations would
// nest the organization and application names (nagl-inspector/nagl-inspector).
QString appCacheFolder() {
  return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QLatin1Char('/') +
         QLatin1String(kAppFolderName);
}

QString appDataFolder() {
  return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/') +
         QLatin1String(kAppFolderName);
}

QString legacySettingsFile() {
  return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
         QStringLiteral("/NAGL/NAGL Inspector.conf");
}

bool migrateLegacySettings(const QString& legacyFile) {
  QSettings current;
  if (!current.allKeys().isEmpty() || !QFileInfo::exists(legacyFile)) return false;
  const QSettings legacy(legacyFile, QSettings::IniFormat);
  const QStringList keys = legacy.allKeys();
  for (const QString& key : keys) current.setValue(key, legacy.value(key));
  current.sync();
  return !keys.isEmpty();
}

}  // namespace nagl::ui
