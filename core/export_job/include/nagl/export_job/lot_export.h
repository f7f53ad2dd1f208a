#pragma once
// The workstation's export of its lot through the ExportJob: the rows a
// scope selects (every scored image, the failed ones or the current one),
// a person's masks and verdict overrides, progress and cancel. Any thread.
#include <atomic>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "nagl/export_job/export_job.h"

namespace nagl::exporting {

enum class ExportScope { AllScored, FailedOnly, Current };

struct LotExportInput {
  std::span<const QueryResult> results;         // the lot, in lot order
  std::span<const Verdict> overrides;           // per row (Verdict::None: none); may be shorter than the lot
  std::span<const OverrideNote> overrideNotes;  // who / when / why of overrides[row]; may be shorter
  // A person's mask of a row (0/255, the image's size), asked for on the
  // export's thread; nullopt or unset: the map thresholded at the fail threshold.
  std::function<std::optional<Image8>(std::size_t row)> editedMask;
  ExportScope scope = ExportScope::AllScored;
  int currentRow = -1;
};

struct ExportOutcome {
  bool cancelled = false;
  int imagesDone = 0;  // images whose files were attempted
  int imagesTotal = 0;
  std::vector<std::string> errors;    // one per file that could not be written
  std::vector<std::string> warnings;  // what the PDF report left out
};

// The rows whose files are exported (scored ones only), in lot order.
std::vector<std::size_t> selectedRows(const LotExportInput& input, const Thresholds& thresholds);

// The report holds the selected rows, and with AllScored also the failed
// queries (verdict "error"). cancel is checked between images (a cancelled
// export writes no lot files); progress(done, total) after each image.
ExportOutcome exportLot(const ExportJobOptions& options, const LotExportInput& input, const std::atomic<bool>& cancel,
                        const std::function<void(int, int)>& progress = {});

}  // namespace nagl::exporting
