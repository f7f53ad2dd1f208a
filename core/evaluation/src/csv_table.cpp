#include "csv_table.h"

#include <fstream>
#include <iterator>

#include "nagl/evaluation/evaluation_error.h"

namespace nagl::evaluation {
namespace {

std::string readAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw EvaluationError(path.string() + ": cannot be opened for reading");
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) throw EvaluationError(path.string() + ": read error");
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);  // spreadsheet tools add a BOM
  return text;
}

bool blank(const CsvRecord& r) { return r.fields.size() == 1 && r.fields[0].empty(); }

}  // namespace

std::vector<CsvRecord> readCsv(const std::filesystem::path& path) {
  const std::string text = readAll(path);
  std::vector<CsvRecord> out;
  CsvRecord record{1, {std::string()}};
  int line = 1;
  bool quoted = false, wasQuoted = false;
  auto endRecord = [&] {
    if (!blank(record) || wasQuoted) out.push_back(std::move(record));
    record = CsvRecord{line, {std::string()}};
    wasQuoted = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        record.fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        record.fields.back() += c;
      }
    } else if (c == '"') {
      quoted = wasQuoted = true;
    } else if (c == ',') {
      record.fields.emplace_back();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      endRecord();
    } else {
      record.fields.back() += c;
    }
  }
  if (quoted)
    throw EvaluationError(path.string() + ":" + std::to_string(record.line) +
                          ": a quoted field is never closed (missing \")");
  endRecord();
  return out;
}

}  // namespace nagl::evaluation
