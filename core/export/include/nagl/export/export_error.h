#pragma once
// Every failure of the export / import code: the message starts with the file
// it concerns ("<path>: what is wrong").
#include <stdexcept>
#include <string>

namespace nagl::exporting {

struct ExportError : std::runtime_error {
  explicit ExportError(const std::string& what, int systemError = 0)
      : std::runtime_error(what), systemError(systemError) {}
  int systemError;  // errno of the system call that failed (ENOSPC: disk full); 0 otherwise
};

}  // namespace nagl::exporting
