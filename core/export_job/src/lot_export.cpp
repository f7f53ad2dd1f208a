#include "nagl/export_job/lot_export.h"

#include "nagl/export/output_stems.h"

namespace nagl::exporting {
namespace {

Verdict overrideAt(const LotExportInput& input, std::size_t row) {
  return row < input.overrides.size() ? input.overrides[row] : Verdict::None;
}

ReportRow reportRow(const LotExportInput& input, std::size_t row) {
  return ReportRow::of(input.results[row], overrideAt(input, row),
                       row < input.overrideNotes.size() ? input.overrideNotes[row] : OverrideNote{});
}

bool selected(const LotExportInput& input, const Thresholds& thresholds, std::size_t row) {
  const QueryResult& r = input.results[row];
  if (!r.scored()) return false;
  switch (input.scope) {
    case ExportScope::AllScored:
      return true;
    case ExportScope::FailedOnly: {
      const Verdict manual = overrideAt(input, row);
      return (manual != Verdict::None ? manual : verdictFor(r.score, thresholds)) == Verdict::Fail;
    }
    case ExportScope::Current:
      return static_cast<int>(row) == input.currentRow;
  }
  return false;
}

}  // namespace

std::vector<std::size_t> selectedRows(const LotExportInput& input, const Thresholds& thresholds) {
  std::vector<std::size_t> rows;
  for (std::size_t row = 0; row < input.results.size(); ++row)
    if (selected(input, thresholds, row)) rows.push_back(row);
  return rows;
}

ExportOutcome exportLot(const ExportJobOptions& options, const LotExportInput& input, const std::atomic<bool>& cancel,
                        const std::function<void(int, int)>& progress) {
  ExportOutcome outcome;
  const std::vector<std::size_t> rows = selectedRows(input, options.thresholds);
  outcome.imagesTotal = static_cast<int>(rows.size());
  // Named over the whole lot, as `nagl infer` names them, so that exporting
  // the failed images or the current one gives each the name it has in a
  // full export.
  std::vector<std::string> lot;
  for (const QueryResult& r : input.results) lot.push_back(r.path);
  const std::vector<std::string> lotStems = uniqueOutputStems(lot);
  std::vector<std::string> paths, stems;
  for (std::size_t row : rows) {
    paths.push_back(input.results[row].path);
    stems.push_back(lotStems[row]);
  }
  ExportJob job(options, paths, stems);
  try {
    job.prepare();
  } catch (const std::exception& e) {
    outcome.errors.push_back(e.what());
    return outcome;
  }

  std::size_t next = 0;  // the next selected row, for the report's image indices
  for (std::size_t row = 0; row < input.results.size(); ++row) {
    const QueryResult& r = input.results[row];
    const bool files = next < rows.size() && rows[next] == row;
    if (files)
      job.addReportRow(reportRow(input, row), next++);
    else if (input.scope == ExportScope::AllScored && r.status == ResultStatus::Failed)
      job.addReportRow(reportRow(input, row), std::nullopt);
  }

  if (progress) progress(0, outcome.imagesTotal);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (cancel.load()) {
      outcome.cancelled = true;
      return outcome;
    }
    try {
      const std::optional<Image8> mask = input.editedMask ? input.editedMask(rows[i]) : std::nullopt;
      job.addImage(i, input.results[rows[i]], nullptr, mask ? &*mask : nullptr);
    } catch (const std::exception& e) {
      outcome.errors.push_back(e.what());
    }
    outcome.imagesDone = static_cast<int>(i) + 1;
    if (progress) progress(outcome.imagesDone, outcome.imagesTotal);
  }
  if (cancel.load()) {
    outcome.cancelled = true;
    return outcome;
  }
  for (std::string& e : job.finish()) outcome.errors.push_back(std::move(e));
  outcome.warnings = job.warnings();
  return outcome;
}

}  // namespace nagl::exporting
