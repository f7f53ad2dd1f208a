#pragma once
// The document's verdict overrides and their audit log as the reports name
// them (nagl/export/lot_report.h): UTC times in ISO 8601, paths as bytes,
// verdicts and actions spelled as in the project file.
#include <QList>
#include <vector>

#include "nagl/export/lot_report.h"
#include "ui/document/verdict_override.h"

namespace nagl::ui {

class InspectionDocument;

exporting::OverrideNote overrideNote(const InspectionDocument& document, int row);
std::vector<exporting::OverrideLogLine> overrideLogLines(const QList<OverrideLogEntry>& log);

}  // namespace nagl::ui
