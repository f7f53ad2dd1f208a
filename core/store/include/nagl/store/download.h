#pragma once
// HTTP(S) download with libcurl: progress, resume of "<dest>.part" via an
// HTTP Range request, the usual proxy variables (http_proxy, https_proxy,
// HTTPS_PROXY, no_proxy, ...; libcurl reads them), a short connect timeout so
// an offline machine fails at once, and abort of a stalled transfer.
// Plain C++.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "nagl/store/store_error.h"

namespace nagl::store {

struct DownloadProgress {
  std::uint64_t received = 0;     // bytes in the file so far (resumed part included)
  std::uint64_t total = 0;        // expected size; 0 while unknown
  std::uint64_t resumedFrom = 0;  // bytes already there when this attempt began
};

struct DownloadOptions {
  long connectTimeoutSeconds = 10;
  long stallTimeoutSeconds = 60;  // abort (keeping the .part) below 1 byte/s this long
  int maxAttempts = 3;            // an interrupted transfer is resumed this often
  // Called often from the downloading thread; return false to cancel.
  std::function<bool(const DownloadProgress&)> progress;
};

struct DownloadError : StoreError {
  enum class Reason { Offline, Http, Interrupted, Cancelled, LocalFile, Other };
  DownloadError(Reason reason, const std::string& message, long httpStatus = 0)
      : StoreError(message), reason(reason), httpStatus(httpStatus) {}
  Reason reason;
  long httpStatus;
};

// Downloads `url` to `destination` (its parent must exist). Bytes arrive in
// "<destination>.part", which is resumed if present and renamed to
// `destination` once complete. An interrupted or cancelled transfer leaves
// the .part for the next call; an HTTP error removes it.
void downloadFile(const std::string& url, const std::filesystem::path& destination,
                  const DownloadOptions& options = {});

}  // namespace nagl::store
