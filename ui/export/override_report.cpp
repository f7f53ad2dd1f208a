#include "ui/export/override_report.h"

#include "ui/common/path_bytes.h"
#include "ui/document/inspection_document.h"

namespace nagl::ui {
namespace {

std::string utcText(const QDateTime& at) {
  return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs).toStdString() : std::string();
}

std::string verdictText(Verdict v) { return v == Verdict::None ? std::string() : exporting::verdictName(v); }

}  // namespace

exporting::OverrideNote overrideNote(const InspectionDocument& document, int row) {
  const VerdictOverride& o = document.overrideDetailsAt(row);
  if (!o.isSet()) return {};
  return {o.by.toStdString(), utcText(o.at), o.comment.toStdString(), document.overrideNeedsReview(row)};
}

std::vector<exporting::OverrideLogLine> overrideLogLines(const QList<OverrideLogEntry>& log) {
  std::vector<exporting::OverrideLogLine> lines;
  lines.reserve(static_cast<std::size_t>(log.size()));
  for (const OverrideLogEntry& e : log)
    lines.push_back({pathBytes(e.image), utcText(e.at), e.by.toStdString(),
                     nagl::project::overrideActionName(e.action).toStdString(), verdictText(e.before),
                     verdictText(e.after), e.comment.toStdString()});
  return lines;
}

}  // namespace nagl::ui
