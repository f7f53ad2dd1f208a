#include "ui/shell/app_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace nagl::ui {
namespace {

const QString kSettingKey = QStringLiteral("ui/language");
const QString kEnglish = QStringLiteral("en");

bool isOffered(const QString& code) {
  for (const UiLanguage& language : uiLanguages())
    if (language.code == code) return true;
  return false;
}

// Same language, and for Chinese the same script: a Traditional Chinese
// system (zh_TW, zh_HK) does not get the Simplified translation.
bool sameLanguage(const QLocale& a, const QLocale& b) {
  if (a.language() != b.language()) return false;
  return a.language() != QLocale::Chinese || a.script() == b.script();
}

// The translators installLanguage() put on the application, to replace them.
QList<QPointer<QTranslator>>& installedTranslators() {
  static QList<QPointer<QTranslator>> translators;
  return translators;
}

}  // namespace

const QList<UiLanguage>& uiLanguages() {
  // Native names on purpose: whoever cannot read the current language still
  // finds their own.
  static const QList<UiLanguage> languages = {
      {kEnglish, QStringLiteral("English")},
      {QStringLiteral("de"), QStringLiteral("Deutsch")},
      {QStringLiteral("fr"), QStringLiteral("Français")},
      {QStringLiteral("ja"), QStringLiteral("日本語")},
      {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
  };
  return languages;
}

QString languageSetting() {
  const QString code = QSettings().value(kSettingKey).toString();
  return isOffered(code) ? code : QString();
}

void setLanguageSetting(const QString& code) {
  QSettings settings;
  if (code.isEmpty())
    settings.remove(kSettingKey);
  else
    settings.setValue(kSettingKey, code);
}

QString resolveLanguage(const QString& setting, const QLocale& system) {
  if (isOffered(setting)) return setting;
  // In the user's order of preference, e.g. "fr-CH", "de-CH", "en-US".
  for (const QString& name : system.uiLanguages()) {
    const QLocale wanted(name);
    if (wanted.language() == QLocale::C || wanted.language() == QLocale::AnyLanguage) continue;
    for (const UiLanguage& language : uiLanguages())
      if (sameLanguage(wanted, QLocale(language.code))) return language.code;
  }
  return kEnglish;
}

QString translationResource(const QString& code) { return QStringLiteral(":/i18n/nagl_inspector_%1.qm").arg(code); }

QString installLanguage(const QString& setting, const QLocale& system) {
  QCoreApplication* app = QCoreApplication::instance();
  Q_ASSERT(app);
  for (const QPointer<QTranslator>& translator : installedTranslators()) {
    if (!translator) continue;
    QCoreApplication::removeTranslator(translator);
    delete translator;
  }
  installedTranslators().clear();

  QString code = resolveLanguage(setting, system);
  if (code == kEnglish) return code;  // the source language: nothing to load
  auto* own = new QTranslator(app);
  if (!own->load(translationResource(code))) {
    qWarning("nagl-inspector: no embedded translation for %s; using English", qPrintable(code));
    delete own;
    return kEnglish;
  }
  // Qt's own strings (standard buttons, file dialogs), when the system has
  // them (Debian: qt6-translations-l10n); optional.
  auto* qt = new QTranslator(app);
  if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    QCoreApplication::installTranslator(qt);
    installedTranslators().append(qt);
  } else {
    delete qt;
  }
  QCoreApplication::installTranslator(own);  // searched first
  installedTranslators().append(own);
  return code;
}

}  // namespace nagl::ui
