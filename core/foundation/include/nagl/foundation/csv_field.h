#pragma once
// RFC 4180 quoting of one CSV field, the one used by every CSV we write
// (scores.csv, lot reports): a field holding a comma, quote or line break is
// quoted with its quotes doubled; any other field is written as it is.
#include <string>
#include <string_view>

namespace nagl::foundation {

std::string csvField(std::string_view text);

}  // namespace nagl::foundation
