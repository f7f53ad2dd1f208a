#pragma once
// A CSV file as published data sets write it: comma separated, fields
// optionally in double quotes ("" inside quotes is one quote, and a quoted
// field may hold commas and line breaks), LF or CRLF line ends, an optional
// UTF-8 byte-order mark. Blank lines are skipped.
#include <filesystem>
#include <string>
#include <vector>

namespace nagl::evaluation {

struct CsvRecord {
  int line = 0;  // 1-based line on which the record starts (for messages)
  std::vector<std::string> fields;
};

// Throws EvaluationError naming the file (and line) when it cannot be read
// or a quoted field is never closed.
std::vector<CsvRecord> readCsv(const std::filesystem::path& path);

}  // namespace nagl::evaluation
