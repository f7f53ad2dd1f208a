#include "nagl/watch/results_journal.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "nagl/foundation/csv_records.h"

namespace nagl::watch {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int error) {
  throw JournalError(path + ": " + what + " (" + std::strerror(error) + ")", error);
}

std::string readAll(int fd, const std::string& path) {
  std::string text;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(path, "cannot read", errno);
    if (n == 0) return text;
    text.append(buffer, static_cast<std::size_t>(n));
  }
}

// All of the line, however many calls it takes (a signal can cut a write short).
int writeAll(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) return ENOSPC;
    done += static_cast<std::size_t>(n);
  }
  return 0;
}

}  // namespace

ResultsJournal::Key ResultsJournal::keyOf(const std::string& path, std::uintmax_t size, std::int64_t mtimeNs) {
  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  return {(ec ? std::filesystem::path(path) : absolute).lexically_normal().string(), size, mtimeNs};
}

ResultsJournal::ResultsJournal(const std::filesystem::path& csvPath) : path_(csvPath.string()) {
  fd_ = foundation::UniqueFd(::open(path_.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644));
  if (!fd_.valid()) fail(path_, "cannot open for writing", errno);
  const std::string text = readAll(fd_.get(), path_);
  std::size_t complete = 0;
  const auto records = foundation::parseCsvRecords(text, complete);
  const std::string header = kResultsHeader;
  if (!records.empty() && text.compare(0, header.size() + 1, header + "\n") != 0)
    throw JournalError(path_ + ": not a nagl watch results table (its first line is not '" + header + "')", 0);
  for (std::size_t r = 1; r < records.size(); ++r) {
    try {
      rows_.push_back(resultFromRecord(records[r]));
    } catch (const std::exception& e) {
      throw JournalError(path_ + ": line " + std::to_string(r + 1) + ": " + e.what(), 0);
    }
    keys_.insert(keyOf(rows_.back().path, rows_.back().size, rows_.back().mtimeNs));
  }
  repaired_ = text.size() - complete;
  if (repaired_ > 0 && (::ftruncate(fd_.get(), static_cast<off_t>(complete)) != 0 || ::fdatasync(fd_.get()) != 0))
    fail(path_, "cannot cut off the torn last line", errno);
  if (records.empty()) {
    if (const int error = writeAll(fd_.get(), header + "\n"); error != 0 || ::fsync(fd_.get()) != 0) {
      const int reason = error ? error : errno;
      (void)!::ftruncate(fd_.get(), 0);
      fail(path_, "cannot write the header", reason);
    }
  }
}

bool ResultsJournal::contains(const FileVersion& file) const {
  return keys_.count(keyOf(file.path, file.size, file.mtimeNs)) > 0;
}

void ResultsJournal::append(const ResultRow& row) {
  const std::string line = resultLine(row);
  struct stat before {};
  const bool measured = ::fstat(fd_.get(), &before) == 0;
  int error = writeAll(fd_.get(), line);
  if (!error && ::fdatasync(fd_.get()) != 0) error = errno;
  if (error) {
    if (measured) (void)!::ftruncate(fd_.get(), before.st_size);  // no torn row stays behind
    fail(path_, "cannot append the result row", error);
  }
  rows_.push_back(row);
  keys_.insert(keyOf(row.path, row.size, row.mtimeNs));
}

}  // namespace nagl::watch
