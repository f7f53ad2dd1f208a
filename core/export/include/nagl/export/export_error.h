#pragma once
// Every failure of the export / import code: the message starts with the file
// it concerns ("<path>: what is wrong").
#include <stdexcept>

namespace nagl::exporting {

struct ExportError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace nagl::exporting
