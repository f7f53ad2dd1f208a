#pragma once
// Model > Copy diagnostics: the application, device, model, settings, lot and
// thresholds as plain text lines for a bug report.
#include <QString>

namespace nagl::ui {

class InspectionDocument;
struct EngineInfo;

QString diagnosticsReport(const EngineInfo& engine, const InspectionDocument& document, bool illustrative);

}  // namespace nagl::ui
