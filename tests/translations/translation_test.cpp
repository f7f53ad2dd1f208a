// The translations of nagl-inspector: the committed .ts files are complete and
// keep every placeholder, accelerator and file pattern; the compiled .qm files
// are embedded and match them; the language follows the system locale or the
// setting; loading a language changes what the windows show; and the fonts
// the Japanese and Chinese windows use have a glyph for every character.
#include <gtest/gtest.h>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFontMetrics>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTextDocument>
#include <QTranslator>
#include <QXmlStreamReader>

#include "ui/lot/verdict.h"
#include "ui/shell/app_language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/settings_dialog.h"

QT_BEGIN_NAMESPACE
// Readable failure messages.
inline void PrintTo(const QString& text, std::ostream* os) { *os << '"' << text.toStdString() << '"'; }
QT_END_NAMESPACE

namespace nagl::ui {
namespace {

const QStringList kTranslated = {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja"),
                                 QStringLiteral("zh_CN")};

struct TsMessage {
  QString context;
  QString source;
  bool numerus = false;
  QString type;       // "" when finished
  QStringList forms;  // one translation, or the numerus forms
};

struct TsFile {
  QString language;
  QList<TsMessage> messages;
};

// "de" and lupdate's "de_DE" are the same language (and script, for Chinese).
bool sameLanguage(const QString& a, const QString& b) {
  const QLocale la(a), lb(b);
  return la.language() == lb.language() && la.script() == lb.script();
}

TsFile readTs(const QString& path) {
  TsFile ts;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    ADD_FAILURE() << "cannot read " << path.toStdString();
    return ts;
  }
  QXmlStreamReader xml(&file);
  QString context;
  TsMessage message;
  while (!xml.atEnd()) {
    xml.readNext();
    if (!xml.isStartElement()) continue;
    const auto name = xml.name();
    if (name == QLatin1String("TS")) {
      ts.language = xml.attributes().value(QLatin1String("language")).toString();
    } else if (name == QLatin1String("name")) {
      context = xml.readElementText();
    } else if (name == QLatin1String("message")) {
      message =
          TsMessage{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
    } else if (name == QLatin1String("source")) {
      message.source = xml.readElementText();
    } else if (name == QLatin1String("translation")) {
      message.type = xml.attributes().value(QLatin1String("type")).toString();
      if (message.numerus) {
        while (xml.readNextStartElement()) message.forms << xml.readElementText();
      } else {
        message.forms << xml.readElementText();
      }
      ts.messages << message;
    }
  }
  EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
  return ts;
}

QString tsPath(const QString& language) {
  return QStringLiteral(NAGL_SOURCE_DIR "/translations/nagl_inspector_%1.ts").arg(language);
}

QSet<QString> matches(const QString& pattern, const QString& text) {
  QSet<QString> found;
  auto it = QRegularExpression(pattern).globalMatch(text);
  while (it.hasNext()) found.insert(it.next().captured(0));
  return found;
}

// An accelerator: '&' before a character, except "&&" and HTML entities.
bool hasAccelerator(const QString& text) {
  static const QRegularExpression accelerator(QStringLiteral("&(?![a-z]+;|&|\\s)"));
  return text.contains(accelerator);
}

std::string describe(const TsMessage& m, const QString& translation) {
  return (m.context + QStringLiteral(" | ") + m.source + QStringLiteral(" -> ") + translation).toStdString();
}

TEST(TsFiles, EveryStringTranslatedKeepingPlaceholdersAcceleratorsAndPatterns) {
  qsizetype count = -1;
  for (const QString& language : kTranslated) {
    SCOPED_TRACE(language.toStdString());
    const TsFile ts = readTs(tsPath(language));
    EXPECT_TRUE(sameLanguage(ts.language, language)) << ts.language.toStdString();
    // The lists must cover the same strings in every language.
    if (count < 0) count = ts.messages.size();
    EXPECT_EQ(ts.messages.size(), count);
    EXPECT_GT(ts.messages.size(), 150);  // the main window alone has more
    const int forms = language == QLatin1String("de") || language == QLatin1String("fr") ? 2 : 1;
    for (const TsMessage& m : ts.messages) {
      EXPECT_TRUE(m.type.isEmpty()) << m.type.toStdString() << ": " << describe(m, m.forms.join('|'));
      EXPECT_EQ(m.forms.size(), m.numerus ? forms : 1) << describe(m, m.forms.join('|'));
      for (const QString& t : m.forms) {
        EXPECT_FALSE(t.trimmed().isEmpty()) << describe(m, t);
        // %1..%99 and %L1 (an unused or invented one breaks QString::arg).
        EXPECT_EQ(matches(QStringLiteral("%L?\\d+"), t), matches(QStringLiteral("%L?\\d+"), m.source))
            << describe(m, t);
        if (m.numerus) {
          EXPECT_TRUE(t.contains(QLatin1String("%n"))) << describe(m, t);
        }
        EXPECT_EQ(hasAccelerator(t), hasAccelerator(m.source)) << describe(m, t);
        // File dialog filters: the patterns are matched, not read.
        EXPECT_EQ(matches(QStringLiteral("\\(\\*[^)]*\\)"), t), matches(QStringLiteral("\\(\\*[^)]*\\)"), m.source))
            << describe(m, t);
        EXPECT_EQ(t.count(QLatin1String(";;")), m.source.count(QLatin1String(";;"))) << describe(m, t);
        EXPECT_EQ(t.count(QLatin1Char('\n')), m.source.count(QLatin1Char('\n'))) << describe(m, t);
        // Rich text stays rich text; toolbar labels keep their padding.
        EXPECT_EQ(t.startsWith(QLatin1Char('<')), m.source.startsWith(QLatin1Char('<'))) << describe(m, t);
        EXPECT_EQ(t.startsWith(QLatin1Char(' ')), m.source.startsWith(QLatin1Char(' '))) << describe(m, t);
        EXPECT_EQ(t.endsWith(QLatin1Char(' ')), m.source.endsWith(QLatin1Char(' '))) << describe(m, t);
        // "…" marks an action that asks for more.
        EXPECT_EQ(t.endsWith(QStringLiteral("…")), m.source.endsWith(QStringLiteral("…"))) << describe(m, t);
      }
    }
  }
}

TEST(TsFiles, TheGuiStringsOfEveryWindowAreThere) {
  // A guard against an extraction that silently misses a source file or
  // files a class under the wrong context (tr() would then find nothing).
  const TsFile ts = readTs(tsPath(QStringLiteral("de")));
  QSet<QString> contexts;
  for (const TsMessage& m : ts.messages) contexts.insert(m.context);
  for (const char* context :
       {"nagl::ui::MainWindow", "nagl::ui::SettingsDialog", "nagl::ui::ReferencePanel", "nagl::ui::LotBrowser",
        "nagl::ui::LotTableModel", "nagl::ui::EngineStatusBar", "nagl::ui::ChartsPanel", "nagl::ui::ImageViewer",
        "nagl::ui::InspectionSession", "nagl::ui::ScoreHistogramView", "Verdict", "Colormap", "DemoSetup", "main"})
    EXPECT_TRUE(contexts.contains(QString::fromLatin1(context))) << context;
}

TEST(EmbeddedTranslations, EveryLanguageIsCompiledInAndMatchesItsTsFile) {
  for (const QString& language : kTranslated) {
    SCOPED_TRACE(language.toStdString());
    QTranslator translator;
    ASSERT_TRUE(translator.load(translationResource(language))) << translationResource(language).toStdString();
    EXPECT_TRUE(sameLanguage(translator.language(), language)) << translator.language().toStdString();
    const TsFile ts = readTs(tsPath(language));
    for (const TsMessage& m : ts.messages) {
      const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8();
      if (m.numerus) {
        // Plural rules pick the form; every count gets a non-empty text with the number.
        for (int n : {1, 2, 7}) {
          const QString t = translator.translate(context.constData(), source.constData(), nullptr, n);
          EXPECT_TRUE(m.forms.contains(t)) << describe(m, t) << " (n=" << n << ")";
        }
      } else {
        EXPECT_EQ(translator.translate(context.constData(), source.constData()), m.forms.value(0)) << describe(m, {});
      }
    }
  }
}

TEST(AppLanguage, FollowsTheSystemLocaleUnlessASettingChoosesOne) {
  EXPECT_EQ(resolveLanguage({}, QLocale(QStringLiteral("de_DE"))), "de");
  EXPECT_EQ(resolveLanguage({}, QLocale(QStringLiteral("de_AT"))), "de");
  EXPECT_EQ(resolveLanguage({}, QLocale(QStringLiteral("fr_CA"))), "fr");
  EXPECT_EQ(resolveLanguage({}, QLocale(QStringLiteral("ja_JP"))), "ja");
  EXPECT_EQ(resolveLanguage({}, QLocale(QStringLiteral("zh_CN"))), "zh_CN");
  EXPECT_EQ(resolveLanguage({}, QLocale(QStringLiteral("zh_SG"))), "zh_CN");  // Simplified script too
  EXPECT_EQ(resolveLanguage({}, QLocale(QStringLiteral("zh_TW"))), "en");     // Traditional: not Simplified
  EXPECT_EQ(resolveLanguage({}, QLocale(QStringLiteral("pt_BR"))), "en");
  EXPECT_EQ(resolveLanguage({}, QLocale(QStringLiteral("en_GB"))), "en");
  EXPECT_EQ(resolveLanguage({}, QLocale::c()), "en");
  EXPECT_EQ(resolveLanguage(QStringLiteral("ja"), QLocale(QStringLiteral("de_DE"))), "ja");
  EXPECT_EQ(resolveLanguage(QStringLiteral("en"), QLocale(QStringLiteral("fr_FR"))), "en");
  EXPECT_EQ(resolveLanguage(QStringLiteral("xx"), QLocale(QStringLiteral("fr_FR"))), "fr");  // unknown setting
}

TEST(AppLanguage, GermanChangesTheWindowsAndEnglishRestoresThem) {
  ASSERT_EQ(installLanguage(QStringLiteral("de"), QLocale(QStringLiteral("en_US"))), "de");
  {
    const SettingsDialog dialog(ModelSettings{});
    EXPECT_EQ(dialog.windowTitle(), "Modelleinstellungen");
    MainWindow window;
    const QList<QAction*> menus = window.menuBar()->actions();
    ASSERT_FALSE(menus.isEmpty());
    EXPECT_EQ(menus.front()->text(), "&Datei");
    EXPECT_EQ(verdictName(Verdict::Fail), "n.i.O.");
    // The notice shown without a backbone is translated rich text.
    bool notice = false;
    for (const QLabel* label : window.findChildren<QLabel*>())
      notice = notice || label->text().contains(QStringLiteral("Kein Backbone eingerichtet"));
    EXPECT_TRUE(notice);
  }
  ASSERT_EQ(installLanguage(QStringLiteral("en"), QLocale(QStringLiteral("de_DE"))), "en");
  const SettingsDialog dialog(ModelSettings{});
  EXPECT_EQ(dialog.windowTitle(), "Model settings");
  EXPECT_EQ(verdictName(Verdict::Fail), "fail");
}

TEST(AppLanguage, SystemLocaleLoadsItsTranslationAndReplacesTheEarlierOne) {
  ASSERT_EQ(installLanguage(QString(), QLocale(QStringLiteral("fr_FR"))), "fr");
  EXPECT_EQ(SettingsDialog(ModelSettings{}).windowTitle(), QString::fromUtf8("Paramètres du modèle"));
  ASSERT_EQ(installLanguage(QString(), QLocale(QStringLiteral("zh_CN"))), "zh_CN");
  EXPECT_EQ(SettingsDialog(ModelSettings{}).windowTitle(), QString::fromUtf8("模型设置"));
  ASSERT_EQ(installLanguage(QString(), QLocale(QStringLiteral("ja_JP"))), "ja");
  EXPECT_EQ(verdictName(Verdict::Review), QString::fromUtf8("要確認"));
  ASSERT_EQ(installLanguage(QString(), QLocale(QStringLiteral("pt_PT"))), "en");  // no Portuguese: English
  EXPECT_EQ(SettingsDialog(ModelSettings{}).windowTitle(), "Model settings");
}

// A text the window shows and the font it is drawn with.
struct ShownText {
  QString text;
  QFont font;
};

// The window title, menus and their entries, dock titles and labels (rich text as shown).
QList<ShownText> shownTexts(const MainWindow& window) {
  QList<ShownText> shown{{window.windowTitle(), window.font()}};
  for (QAction* top : window.menuBar()->actions()) {
    shown.append({top->text().remove(QLatin1Char('&')), window.menuBar()->font()});
    if (!top->menu()) continue;
    for (QAction* entry : top->menu()->actions())
      shown.append({entry->text().remove(QLatin1Char('&')), top->menu()->font()});
  }
  for (const QDockWidget* dock : window.findChildren<QDockWidget*>()) shown.append({dock->windowTitle(), dock->font()});
  for (const QLabel* label : window.findChildren<QLabel*>()) {
    QTextDocument document;
    document.setHtml(label->text());
    shown.append({Qt::mightBeRichText(label->text()) ? document.toPlainText() : label->text(), label->font()});
  }
  return shown;
}

bool isCjk(char32_t c) {
  const QChar::Script script = QChar::script(c);
  return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana;
}

// A missing glyph is drawn as a box: with Debian's default fonts (DejaVu
// only) every Japanese and Chinese character is one. The font engine asked is
// the one the widget draws with, fallback fonts included (fontconfig); the
// package recommends fonts-noto-cjk, packaging/install-debian-deps.sh installs it.
TEST(CjkRendering, TheJapaneseAndChineseWindowsHaveAGlyphForEveryCharacter) {
  for (const QString& language : {QStringLiteral("ja"), QStringLiteral("zh_CN")}) {
    SCOPED_TRACE(language.toStdString());
    ASSERT_EQ(installLanguage(language, QLocale(QStringLiteral("en_US"))), language);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    int cjk = 0;
    QStringList missing;
    for (const ShownText& shown : shownTexts(window)) {
      const QFontMetrics metrics(shown.font);
      for (const char32_t c : shown.text.toUcs4()) {
        if (QChar::isSpace(c) || !QChar::isPrint(c)) continue;
        if (isCjk(c)) ++cjk;
        if (!metrics.inFontUcs4(c))
          missing.append(QStringLiteral("U+%1 in \"%2\" (%3)")
                             .arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'))
                             .arg(shown.text.left(40), shown.font.family()));
      }
    }
    EXPECT_GT(cjk, 50) << "the window shows too few " << language.toStdString() << " characters to check";
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " characters without a glyph (install fonts-noto-cjk), e.g. "
                                   << missing.mid(0, 5).join(QStringLiteral("; ")).toStdString();
  }
  installLanguage(QStringLiteral("en"));
}

QComboBox* languageCombo(const SettingsDialog& dialog) {
  return dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
}

TEST(SettingsDialogLanguage, OffersSystemDefaultAndEveryLanguageAndSavesTheChoiceOnOk) {
  installLanguage(QStringLiteral("en"));
  setLanguageSetting(QStringLiteral("ja"));
  {
    SettingsDialog dialog(ModelSettings{});
    QComboBox* combo = languageCombo(dialog);
    ASSERT_NE(combo, nullptr);
    ASSERT_EQ(combo->count(), 1 + uiLanguages().size());
    EXPECT_TRUE(combo->itemText(0).startsWith(QLatin1String("System default (")));
    EXPECT_EQ(combo->itemData(0).toString(), QString());
    QStringList codes;
    for (int i = 1; i < combo->count(); ++i) codes << combo->itemData(i).toString();
    EXPECT_EQ(codes, (QStringList{"en", "de", "fr", "ja", "zh_CN"}));
    EXPECT_EQ(combo->itemText(codes.indexOf("de") + 1), "Deutsch");  // its own name, whatever the UI language
    EXPECT_EQ(dialog.language(), "ja");                              // the saved choice is preselected
    // The dialog says when the choice applies.
    bool restartNote = false;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
      restartNote = restartNote || label->text().contains(QLatin1String("restarted"));
    EXPECT_TRUE(restartNote);

    combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
    dialog.reject();
    EXPECT_EQ(languageSetting(), "ja");  // Cancel keeps the old choice
  }
  {
    SettingsDialog dialog(ModelSettings{});
    languageCombo(dialog)->setCurrentIndex(languageCombo(dialog)->findData(QStringLiteral("fr")));
    dialog.accept();
    EXPECT_EQ(languageSetting(), "fr");
  }
  {
    SettingsDialog dialog(ModelSettings{});
    EXPECT_EQ(dialog.language(), "fr");
    languageCombo(dialog)->setCurrentIndex(0);
    dialog.accept();
    EXPECT_EQ(languageSetting(), QString());
    EXPECT_FALSE(QSettings().contains(QStringLiteral("ui/language")));
  }
}

}  // namespace
}  // namespace nagl::ui

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("NAGL-tests"));
  QApplication::setApplicationName(QStringLiteral("nagl_translation_tests"));
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral(NAGL_TEST_TMP_DIR "/settings"));
  QSettings().clear();
  return RUN_ALL_TESTS();
}
