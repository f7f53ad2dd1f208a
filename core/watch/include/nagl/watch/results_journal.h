#pragma once
// OUT/results.csv of `nagl watch`: the table a line reads and the journal
// that makes a restart exact. Every row is one write(2) of the whole line on
// a descriptor opened O_APPEND, then fdatasync(2): a reader never sees half
// a row, and a row on disk is an image that is done. The key of a row is
// the scored file's version (path, size, modification time): after a crash,
// a kill -9 or a restart, an image whose version has a row is not scored
// again, one without (arrived while the watch was down, or in flight when it
// died) is. A file replaced by another version is scored again, in a new row.
// A torn last line (a power cut in the middle of a write) is cut off when
// the journal is opened.
#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "nagl/foundation/unique_fd.h"
#include "nagl/watch/folder_scan.h"
#include "nagl/watch/result_row.h"

namespace nagl::watch {

// A results.csv that cannot be read, repaired or appended to; names the file.
struct JournalError : std::runtime_error {
  JournalError(const std::string& message, int systemError) : std::runtime_error(message), systemError(systemError) {}
  int systemError;  // errno, 0 when the content is wrong
};

class ResultsJournal {
 public:
  // Opens `csvPath` (creating it with its header), reads its rows and cuts
  // off a torn last line. Throws JournalError naming the file when it is not
  // a results table (another header, a row that does not parse).
  explicit ResultsJournal(const std::filesystem::path& csvPath);

  // The rows in the file, oldest first, those appended since included.
  const std::vector<ResultRow>& rows() const { return rows_; }
  // Bytes of a torn last line cut off when the file was opened.
  std::size_t repairedBytes() const { return repaired_; }

  // Whether this version of a file has its row.
  bool contains(const FileVersion& file) const;

  // Appends the row durably; on failure nothing of it stays in the file and
  // JournalError names the file and the system's reason.
  void append(const ResultRow& row);

 private:
  using Key = std::tuple<std::string, std::uintmax_t, std::int64_t>;
  static Key keyOf(const std::string& path, std::uintmax_t size, std::int64_t mtimeNs);

  std::string path_;
  foundation::UniqueFd fd_;
  std::vector<ResultRow> rows_;
  std::set<Key> keys_;
  std::size_t repaired_ = 0;
};

}  // namespace nagl::watch
