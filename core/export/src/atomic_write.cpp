#include "nagl/export/atomic_write.h"

#include <string>

#include "nagl/export/export_error.h"
#include "nagl/foundation/atomic_write.h"

namespace nagl::exporting {

void setWriteFaultHookForTesting(WriteFaultHook hook) { foundation::setWriteFaultHookForTesting(std::move(hook)); }

void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
  try {
    foundation::writeFileAtomically(path, bytes);
  } catch (const foundation::WriteError& e) {
    throw ExportError(e.what(), e.systemError());
  }
}

void createFolder(const std::filesystem::path& folder) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec || !std::filesystem::is_directory(folder))
    throw ExportError(folder.string() + ": cannot create folder (" +
                      (ec ? ec.message() : std::string("a file of that name is in the way")) + ")");
}

}  // namespace nagl::exporting
