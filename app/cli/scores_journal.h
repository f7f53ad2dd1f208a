#pragma once
// DIR/scores.csv while a run is going: an append-only journal. Each query's
// row is appended (one write, then fdatasync) only after its map and patch
// grid are in place, so after a kill or a power cut every row has its files;
// at most the batch in flight has files without a row. When the run ends the
// table is rewritten atomically in query order (writeScoresCsv).
#include <filesystem>
#include <string>
#include <vector>

#include "cli/query_outputs.h"
#include "nagl/foundation/unique_fd.h"

namespace nagl::cli {

// The rows of a scores.csv (header "path,image_score"); a last line cut off
// by a kill (no newline) is ignored. Throws std::runtime_error naming the
// file when it exists but is not a scores table.
std::vector<ScoreRow> readScoresCsv(const std::filesystem::path& csvPath);

class ScoresJournal {
 public:
  // Opens (creating it with its header when missing) for appending; a torn
  // last line left by a kill is cut off first. Throws naming the file.
  explicit ScoresJournal(const std::filesystem::path& csvPath);

  // Appends one row durably; on failure nothing of it stays in the file and
  // exporting::ExportError names the file and the system's reason.
  void append(const ScoreRow& row);

 private:
  std::string path_;
  foundation::UniqueFd fd_;
};

}  // namespace nagl::cli
