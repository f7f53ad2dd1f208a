#pragma once
// The language of the user interface: English (the source language) or one of
// the translations compiled into the program (translations/*.ts, embedded
// under :/i18n). It follows the system locale unless the settings dialog
// chose one ("ui/language" in QSettings); Qt's own strings (qtbase, standard
// dialogs) are translated too when the system has Qt's translations.
#include <QList>
#include <QLocale>
#include <QString>

namespace nagl::ui {

struct UiLanguage {
  QString code;        // "en", "de", "fr", "ja", "zh_CN"
  QString nativeName;  // the language's name in itself, never translated
};

// English first, then every translation embedded in the program.
const QList<UiLanguage>& uiLanguages();

// The saved choice: a code of uiLanguages(), or empty for the system default.
QString languageSetting();
void setLanguageSetting(const QString& code);

// The language a setting resolves to: the setting itself when it names one of
// uiLanguages(), else the first of `system`'s UI languages that has a
// translation, else "en".
QString resolveLanguage(const QString& setting, const QLocale& system = QLocale::system());

// Installs the translators for `setting` on the application (replacing the
// ones an earlier call installed) and returns the language now in effect.
// Widgets created before the call keep their texts: call it before building
// any window.
QString installLanguage(const QString& setting, const QLocale& system = QLocale::system());

// Resource path of a language's compiled translation (":/i18n/nagl_inspector_de.qm").
QString translationResource(const QString& code);

}  // namespace nagl::ui
