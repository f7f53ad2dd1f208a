#include "cli/scores_journal.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "nagl/export/export_error.h"
#include "nagl/foundation/csv_records.h"

namespace nagl::cli {
namespace {

constexpr std::string_view kHeader = "path,image_score\n";

[[noreturn]] void fail(const std::string& path, const std::string& what, int error) {
  throw exporting::ExportError(path + ": " + what + " (" + std::strerror(error) + ")", error);
}

std::string readAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in && !in.eof()) throw std::runtime_error(path.string() + ": cannot read");
  return text.str();
}

std::vector<ScoreRow> rowsOf(const std::string& path, const std::string& text, std::size_t& complete) {
  const auto records = foundation::parseCsvRecords(text, complete);
  if (records.empty() || records.front() != std::vector<std::string>{"path", "image_score"})
    throw std::runtime_error(path + ": not a scores table (its first line is not 'path,image_score')");
  std::vector<ScoreRow> rows;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const auto& f = records[r];
    if (f.size() != 2) throw std::runtime_error(path + ": line " + std::to_string(r + 1) + " is not 'path,score'");
    ScoreRow row{f[0], std::nullopt};
    if (f[1] != "nan") {
      char* end = nullptr;
      const float score = std::strtof(f[1].c_str(), &end);
      if (f[1].empty() || *end != '\0' || !std::isfinite(score))
        throw std::runtime_error(path + ": line " + std::to_string(r + 1) + ": '" + f[1] + "' is not a score");
      row.imageScore = score;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

std::vector<ScoreRow> readScoresCsv(const std::filesystem::path& csvPath) {
  std::size_t complete = 0;
  return rowsOf(csvPath.string(), readAll(csvPath), complete);
}

ScoresJournal::ScoresJournal(const std::filesystem::path& csvPath) : path_(csvPath.string()) {
  std::error_code ec;
  std::size_t keep = 0;
  const bool exists = std::filesystem::exists(csvPath, ec);
  if (exists) {
    const std::string text = readAll(csvPath);
    rowsOf(path_, text, keep);  // refuses a file that is not a scores table
  }
  fd_ = foundation::UniqueFd(::open(path_.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644));
  if (!fd_.valid()) fail(path_, "cannot open for writing", errno);
  if (::ftruncate(fd_.get(), static_cast<off_t>(keep)) != 0 || ::lseek(fd_.get(), 0, SEEK_END) < 0)
    fail(path_, "cannot prepare", errno);
  if (keep == 0) {
    const ssize_t n = ::write(fd_.get(), kHeader.data(), kHeader.size());
    if (n != static_cast<ssize_t>(kHeader.size())) {
      const int error = n < 0 ? errno : ENOSPC;
      fd_.reset();
      ::unlink(path_.c_str());
      fail(path_, "write failed", error);
    }
  }
}

void ScoresJournal::append(const ScoreRow& row) {
  const std::string line = scoreLine(row);
  const off_t before = ::lseek(fd_.get(), 0, SEEK_END);
  const ssize_t n = ::write(fd_.get(), line.data(), line.size());
  int error = 0;
  if (n != static_cast<ssize_t>(line.size()))
    error = n < 0 ? errno : ENOSPC;  // a short write: the disk filled
  else if (::fdatasync(fd_.get()) != 0)
    error = errno;
  if (error) {
    if (before >= 0) (void)!::ftruncate(fd_.get(), before);  // no torn row stays behind
    fail(path_, "cannot append the score row", error);
  }
}

}  // namespace nagl::cli
