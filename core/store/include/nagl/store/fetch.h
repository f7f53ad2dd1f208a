#pragma once
// `nagl models fetch`: download a checkpoint, verify it, import it.
#include <string>

#include "nagl/store/download.h"
#include "nagl/store/model_store.h"

namespace nagl::store {

struct FetchOptions {
  std::string url;     // empty: the official URL of the name (required otherwise)
  std::string sha256;  // empty: not checked; else a mismatch discards the file
  DownloadOptions download;
};

// Downloads into the store's downloads folder (resuming a previous partial
// download), checks the SHA-256 if given, validates the archive, every tensor
// and, for an official name, the expected architecture, then imports it as
// `name` and deletes the download. Errors are StoreError/DownloadError whose
// message says what to do; when the server cannot be reached it names the URL
// to fetch elsewhere and the `nagl models import` command to run.
ModelEntry fetchModel(ModelStore& store, const std::string& name, const FetchOptions& options = {});

}  // namespace nagl::store
