#include "nagl/store/download.h"

#include <curl/curl.h>
#include <strings.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>

namespace nagl::store {
namespace {

using Reason = DownloadError::Reason;

void initialiseCurl() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// One HTTP request, appending to the .part file.
struct Attempt {
  CURL* curl = nullptr;
  std::FILE* file = nullptr;
  std::uint64_t offset = 0;  // bytes of the .part this response continues from
  const DownloadOptions* options = nullptr;
  bool bodyStarted = false;
  bool cancelled = false;
  std::string localError;      // writing the .part failed
  std::string protocolError;   // the response cannot continue the .part
  std::uint64_t received = 0;  // body bytes of this attempt
  long long rangeStart = -1;   // from Content-Range of the last response
};

std::size_t onHeader(char* data, std::size_t size, std::size_t count, void* user) {
  auto& a = *static_cast<Attempt*>(user);
  const std::string line(data, size * count);
  if (line.rfind("HTTP/", 0) == 0) a.rangeStart = -1;  // a new response (after a redirect)
  static const char kField[] = "content-range:";
  if (line.size() > sizeof kField && strncasecmp(line.c_str(), kField, sizeof kField - 1) == 0) {
    unsigned long long start = 0;
    if (std::sscanf(line.c_str() + sizeof kField - 1, " bytes %llu-", &start) == 1)
      a.rangeStart = static_cast<long long>(start);
  }
  return size * count;
}

// Decides, at the first body byte, whether the response continues the .part
// (206 from our offset) or replaces it (200).
bool startBody(Attempt& a) {
  long status = 0;
  curl_easy_getinfo(a.curl, CURLINFO_RESPONSE_CODE, &status);
  if (status == 206) {
    if (a.rangeStart != static_cast<long long>(a.offset)) {
      a.protocolError = "the server answered the range request from byte " + std::to_string(a.rangeStart) +
                        " instead of " + std::to_string(a.offset);
      return false;
    }
  } else if (status == 200 || status == 0) {  // 0: not HTTP (file://), a whole body
    if (a.offset > 0) {                       // the server ignored Range: start over
      std::fflush(a.file);
      if (::ftruncate(fileno(a.file), 0) != 0) {
        a.localError = std::strerror(errno);
        return false;
      }
      a.offset = 0;
    }
  } else {
    a.protocolError = "unexpected HTTP status " + std::to_string(status);
    return false;
  }
  a.bodyStarted = true;
  return true;
}

std::size_t onBody(char* data, std::size_t size, std::size_t count, void* user) {
  auto& a = *static_cast<Attempt*>(user);
  if (!a.bodyStarted && !startBody(a)) return 0;
  const std::size_t n = size * count;
  if (std::fwrite(data, 1, n, a.file) != n) {
    a.localError = std::strerror(errno);
    return 0;
  }
  a.received += n;
  return n;
}

int onProgress(void* user, curl_off_t total, curl_off_t now, curl_off_t, curl_off_t) {
  auto& a = *static_cast<Attempt*>(user);
  if (!a.options->progress) return 0;
  DownloadProgress p;
  p.resumedFrom = a.offset;
  p.received = a.offset + static_cast<std::uint64_t>(now);
  p.total = total > 0 ? a.offset + static_cast<std::uint64_t>(total) : 0;
  if (!a.options->progress(p)) a.cancelled = true;
  return a.cancelled ? 1 : 0;
}

std::uint64_t fileSize(const std::filesystem::path& p) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(p, ec);
  return ec ? 0 : static_cast<std::uint64_t>(size);
}

bool unreachable(CURLcode code) {
  return code == CURLE_COULDNT_RESOLVE_HOST || code == CURLE_COULDNT_RESOLVE_PROXY || code == CURLE_COULDNT_CONNECT ||
         code == CURLE_OPERATION_TIMEDOUT;
}

bool interrupted(CURLcode code) {
  return code == CURLE_PARTIAL_FILE || code == CURLE_RECV_ERROR || code == CURLE_SEND_ERROR ||
         code == CURLE_GOT_NOTHING || code == CURLE_OPERATION_TIMEDOUT || code == CURLE_HTTP2_STREAM;
}

}  // namespace

void downloadFile(const std::string& url, const std::filesystem::path& destination, const DownloadOptions& options) {
  initialiseCurl();
  const std::filesystem::path part = destination.string() + ".part";
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) throw DownloadError(Reason::Other, "cannot start libcurl");
  const int attempts = std::max(1, options.maxAttempts);
  for (int attempt = 1;; ++attempt) {
    Attempt a;
    a.curl = curl.get();
    a.options = &options;
    a.offset = fileSize(part);
    a.file = std::fopen(part.c_str(), "ab");
    if (!a.file)
      throw DownloadError(Reason::LocalFile, part.string() + ": cannot write (" + std::strerror(errno) + ")");
    char errorText[CURL_ERROR_SIZE] = "";
    curl_easy_reset(curl.get());
    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, 10L);
    curl_easy_setopt(c, CURLOPT_FAILONERROR, 1L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_USERAGENT, "nagl-inspector");
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, options.connectTimeoutSeconds);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, options.stallTimeoutSeconds);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &a);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &a);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &a);
    const std::string range = std::to_string(a.offset) + "-";
    if (a.offset > 0) curl_easy_setopt(c, CURLOPT_RANGE, range.c_str());
    // Proxies: libcurl reads http_proxy, https_proxy/HTTPS_PROXY, all_proxy
    // and no_proxy itself when CURLOPT_PROXY is not set.
    const CURLcode code = curl_easy_perform(c);
    const bool closed = std::fclose(a.file) == 0;
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    const std::string detail = errorText[0] ? errorText : curl_easy_strerror(code);
    const std::uint64_t have = fileSize(part);
    std::error_code ec;
    if (code != CURLE_OK && have == 0) std::filesystem::remove(part, ec);  // nothing worth resuming

    if (code == CURLE_OK && closed) {
      std::filesystem::rename(part, destination, ec);
      if (ec)
        throw DownloadError(Reason::LocalFile,
                            destination.string() + ": cannot rename the download (" + ec.message() + ")");
      return;
    }
    if (!a.localError.empty() || !closed)
      throw DownloadError(Reason::LocalFile, part.string() + ": cannot write the download (" +
                                                 (a.localError.empty() ? std::string("close failed") : a.localError) +
                                                 ")");
    if (a.cancelled)
      throw DownloadError(Reason::Cancelled, "download of " + url + " cancelled; " + std::to_string(have) +
                                                 " bytes kept in " + part.string() + " for a later resume");
    if (!a.protocolError.empty()) {
      std::filesystem::remove(part, ec);
      throw DownloadError(Reason::Http, url + ": " + a.protocolError, status);
    }
    if (code == CURLE_HTTP_RETURNED_ERROR) {
      std::filesystem::remove(part, ec);
      if (status == 416 && a.offset > 0 && attempt < attempts) continue;  // stale .part: start over
      throw DownloadError(Reason::Http, "HTTP " + std::to_string(status) + " from " + url + " (" + detail + ")",
                          status);
    }
    if (unreachable(code) && status == 0 && a.received == 0)
      throw DownloadError(Reason::Offline, "cannot reach " + url + " (" + detail + ")");
    if (interrupted(code) || unreachable(code)) {
      if (attempt < attempts && a.received > 0) continue;  // progress was made: resume
      throw DownloadError(Reason::Interrupted, "download of " + url + " interrupted after " + std::to_string(have) +
                                                   " bytes (" + detail +
                                                   "); run the same command again to resume from " + part.string());
    }
    throw DownloadError(Reason::Other, "download of " + url + " failed (" + detail + ")");
  }
}

}  // namespace nagl::store
