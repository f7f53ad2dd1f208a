#pragma once
// What `nagl watch` does with one image once the engine is done with it:
// its export files (infer's export path, InferExport), its results.csv row
// (the journal: the image is done), its --notify POST and, when it fails,
// its --on-fail command. A file that changed while it was scored gets no
// row: it is scored again once it settles.
#include <memory>
#include <optional>
#include <string>

#include "cli/watch_request.h"
#include "nagl/export/output_stems.h"
#include "nagl/vision/query_result.h"
#include "nagl/watch/fail_command.h"
#include "nagl/watch/folder_scan.h"
#include "nagl/watch/result_notifier.h"
#include "nagl/watch/results_journal.h"

namespace nagl::cli {

class WatchOutputs {
 public:
  // Opens OUT/results.csv (JournalError naming it) and starts the notifier.
  WatchOutputs(const WatchRequest& request, std::string modelDescription);
  ~WatchOutputs();

  const watch::ResultsJournal& journal() const { return journal_; }

  // The row for `file` from its result (scored or failed); false when the
  // file changed since `file` was seen (no row). Throws watch::JournalError
  // when the row cannot be written.
  bool record(const watch::FileVersion& file, const QueryResult& result);

  // Reaps --on-fail commands; call it often.
  void poll();
  // Waits for the --on-fail commands, gives the notifications `grace`.
  void close(std::chrono::milliseconds grace);

  std::size_t errorsRecorded() const { return errors_; }

 private:
  void exportImage(const std::string& path, const QueryResult& result, const FloatImage& map);

  const WatchRequest& request_;
  std::string model_;
  watch::ResultsJournal journal_;
  exporting::OutputStems stems_;
  std::unique_ptr<watch::ResultNotifier> notifier_;
  std::unique_ptr<watch::FailCommand> onFail_;
  std::size_t errors_ = 0;
};

}  // namespace nagl::cli
