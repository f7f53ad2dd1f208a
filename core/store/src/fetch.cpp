#include "nagl/store/fetch.h"

#include "nagl/foundation/sha256.h"
#include "nagl/store/official_models.h"

namespace nagl::store {
namespace {

std::string knownNames() {
  std::string s;
  for (const OfficialModel& m : officialModels()) s += (s.empty() ? "" : ", ") + m.name;
  return s;
}

}  // namespace

ModelEntry fetchModel(ModelStore& store, const std::string& name, const FetchOptions& options) {
  validateModelName(name);
  const OfficialModel* official = findOfficialModel(name);
  if (!official && options.url.empty())
    throw StoreError("unknown model '" + name + "': known names are " + knownNames() + " (or give --url URL)");
  const std::string url = options.url.empty() ? official->url : options.url;
  if (!options.sha256.empty() && !foundation::isSha256Hex(options.sha256))
    throw StoreError("--sha256 '" + options.sha256 + "' is not 64 hex digits");
  if (store.manifest().find(name))
    throw StoreError("'" + name + "' is already in the store (see 'nagl models list'; 'nagl models verify' checks it)");

  const std::filesystem::path folder = store.downloadsDirectory();
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (!std::filesystem::is_directory(folder))
    throw StoreError(folder.string() + ": cannot create the downloads folder (" + ec.message() + ")");
  const std::filesystem::path file = folder / (name + ".download");
  try {
    downloadFile(url, file, options.download);
  } catch (const DownloadError& e) {
    if (e.reason != DownloadError::Reason::Offline) throw;
    throw DownloadError(e.reason, std::string(e.what()) + ". If this machine has no internet access, download " + url +
                                      " elsewhere, copy it here and run: nagl models import FILE --name " + name);
  }

  ImportOptions import;
  import.name = name;
  import.source = url;
  import.expectedSha256 = options.sha256;
  if (official) import.expectBackbone = official->architecture;
  try {
    ModelEntry entry = store.importFile(file, import);
    std::filesystem::remove(file, ec);
    return entry;
  } catch (const std::exception& e) {
    std::filesystem::remove(file, ec);
    throw StoreError("download of " + url + " rejected: " + e.what() + " (the download was discarded)");
  }
}

}  // namespace nagl::store
