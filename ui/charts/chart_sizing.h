#pragma once
// The least height at which Qt Charts elides none of a chart's texts, in any
// language and font: along the vertical axis its title (drawn along it) or
// its tick labels, whichever needs more, plus the rows above and below the
// plot (chart title, x tick labels, x title, legend) and the margins.
#include <QFontMetrics>
#include <QValueAxis>
#include <algorithm>

namespace nagl::ui {

inline int readableChartHeight(const QValueAxis& vertical, int rowsOutsidePlot) {
  const QFontMetrics title(vertical.titleFont()), ticks(vertical.labelsFont());
  const int along =
      std::max(title.horizontalAdvance(vertical.titleText()), vertical.tickCount() * (ticks.height() + 6));
  return along + rowsOutsidePlot * (std::max(title.height(), ticks.height()) + 10) + 48;
}

}  // namespace nagl::ui
