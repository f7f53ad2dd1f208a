#pragma once
// The one way export code writes a file: nagl/foundation/atomic_write.h
// (temporary "<name>.part-<pid>" next to the target, flushed to disk, renamed
// over it). A failure removes the temporary, leaves any earlier file at that
// path untouched and throws ExportError naming the target file and the
// system's reason (its errno in ExportError::systemError).
#include <filesystem>
#include <functional>
#include <string_view>

#include "nagl/export/export_error.h"

namespace nagl::exporting {

void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

// Creates a folder (and its parents); ExportError naming it on failure.
void createFolder(const std::filesystem::path& folder);

// Test hook (nagl::foundation's): while set, every atomic write asks it first; when it returns a
// non-zero errno value, the write fails as the system would with that error
// (e.g. ENOSPC, "disk full") after the temporary file was written. Pass an
// empty function to remove it. Not thread-safe: set it before writing.
using WriteFaultHook = std::function<int(const std::filesystem::path& target)>;
void setWriteFaultHookForTesting(WriteFaultHook hook);

}  // namespace nagl::exporting
