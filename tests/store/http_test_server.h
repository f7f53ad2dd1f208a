#pragma once
// A tiny HTTP/1.1 server on 127.0.0.1 (ephemeral port) for the download
// tests: GET only, one request per connection, "Range: bytes=N-" answered
// with 206. It stops by itself after `maxConnections` connections or
// `lifetime`, whichever comes first, and on destruction.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace nagl::test {

class HttpTestServer {
 public:
  struct Route {
    std::string body;
    // The first response for this path announces the full length but closes
    // the connection after this many body bytes (an interrupted transfer).
    std::size_t cutFirstResponseAfter = std::string::npos;
    bool ignoreRange = false;  // answer 200 with the whole body even to a Range request
  };

  explicit HttpTestServer(std::map<std::string, Route> routes, int maxConnections = 8,
                          std::chrono::seconds lifetime = std::chrono::seconds(60));
  ~HttpTestServer();
  HttpTestServer(const HttpTestServer&) = delete;
  HttpTestServer& operator=(const HttpTestServer&) = delete;

  std::string url(const std::string& path) const;
  // One line per request served: "<path> range=<Range header value or ->".
  std::vector<std::string> requests() const;

 private:
  void serve();
  void answer(int client);

  std::map<std::string, Route> routes_;
  int maxConnections_;
  std::chrono::steady_clock::time_point deadline_;
  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  mutable std::mutex mutex_;
  std::vector<std::string> requests_;
  std::map<std::string, int> served_;  // responses per path
  std::thread thread_;
};

// A port on 127.0.0.1 that nothing listens on (bound, then closed).
int closedLoopbackPort();

}  // namespace nagl::test
