// The Charts dock can be read at the program's default window size (1440 x
// 900, app/gui/main.cpp) in English, German and Japanese: no axis title or
// tick label that Qt Charts drew is elided. Read from the charts' scenes (the
// text items Qt Charts lays out), not by eye.
#include <gtest/gtest.h>
#include <QApplication>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "ui/charts/charts_panel.h"
#include "ui/lot/verdict.h"
#include "ui/shell/app_language.h"
#include "ui/shell/main_window.h"

namespace nagl::ui {
namespace {

// Every text a chart's scene shows; Qt Charts marks what it cut with "...".
QStringList shownTexts(QChartView* view) {
  QStringList texts;
  for (QGraphicsItem* item : view->scene()->items()) {
    if (!item->isVisible()) continue;
    if (const auto* text = dynamic_cast<QGraphicsTextItem*>(item))
      texts << text->toPlainText();
    else if (const auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
      texts << simple->text();
  }
  texts.removeAll(QString());
  return texts;
}

TEST(ChartLabels, NoAxisTitleOrTickLabelIsElidedAtTheDefaultSize) {
  // A lot with both labels, so ROC and PR are drawn too.
  std::vector<double> scores;
  std::vector<Label> labels;
  for (int i = 0; i < 40; ++i) {
    scores.push_back(0.2 + 0.015 * i);
    labels.push_back(i % 3 == 0 ? Label::Defective : Label::Normal);
  }
  for (const QString& language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")}) {
    SCOPED_TRACE(language.toStdString());
    ASSERT_EQ(installLanguage(language, QLocale(QStringLiteral("en_US"))), language);
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ChartsPanel* charts = window.charts();
    charts->setThresholds({0.4, 0.6});
    charts->setData(scores, labels);
    const QList<QChartView*> views = charts->findChildren<QChartView*>();
    ASSERT_EQ(views.size(), 3);
    for (int tab = 0; tab < charts->count(); ++tab) {
      charts->setCurrentIndex(tab);
      QApplication::processEvents();
      QChartView* view = qobject_cast<QChartView*>(charts->currentWidget());
      ASSERT_TRUE(view);
      ASSERT_GT(view->width(), 100) << "the dock is shown";
      const QStringList texts = shownTexts(view);
      EXPECT_GE(texts.size(), 10) << "axis titles and ticks of tab " << tab;
      for (const QString& text : texts)
        EXPECT_FALSE(text.contains(QStringLiteral("...")) || text.contains(QChar(0x2026)))
            << "tab " << charts->tabText(tab).toStdString() << ": \"" << text.toStdString() << "\" is cut ("
            << view->width() << " x " << view->height() << " px)";
      if (tab == 0) {  // the histogram's counts: whole numbers, each once (the curves share 0.00 on both axes)
        const QStringList numbers = texts.filter(QRegularExpression(QStringLiteral("^[0-9.]+$")));
        EXPECT_EQ(QSet<QString>(numbers.begin(), numbers.end()).size(), numbers.size())
            << "a tick label repeats: " << texts.join(QStringLiteral(" | ")).toStdString();
      }
      for (QAbstractAxis* axis : view->chart()->axes()) {
        if (axis->titleText().isEmpty()) continue;
        EXPECT_TRUE(texts.contains(axis->titleText()))
            << "axis title \"" << axis->titleText().toStdString() << "\" of tab " << tab << " is not shown whole";
      }
    }
  }
  installLanguage(QStringLiteral("en"));
}

}  // namespace
}  // namespace nagl::ui
