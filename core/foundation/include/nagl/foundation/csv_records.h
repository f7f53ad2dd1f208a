#pragma once
// Reading back the CSV tables we write (csv_field.h): RFC 4180 records,
// quoted fields holding commas, quotes and line breaks. Journals that are
// appended to while a process may be killed (scores.csv, results.csv) keep
// only their complete records: `complete` says where the last one ends.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nagl::foundation {

// The records of `text` that end in a newline (outside quotes); `complete`
// is set to the length of the text up to and including that newline, so a
// torn last line (no newline yet) is not among them.
std::vector<std::vector<std::string>> parseCsvRecords(std::string_view text, std::size_t& complete);

}  // namespace nagl::foundation
