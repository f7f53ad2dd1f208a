#pragma once
// A small HTTP/1.1 server on 127.0.0.1 for the tests of what the CLI sends
// (nagl watch --notify): a thread of its own, so a test can run a process
// against it without an event loop. Every request (any method) is recorded
// with its body; the first `failFirst` are answered `failStatus`, the rest
// 200; each answer can be held back `answerDelayMs` (a slow receiver). One
// connection at a time, closed after its answer.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace nagl::test {

struct HttpRequest {
  std::string method, target, body;
  int answeredWith = 0;
};

class LoopbackHttpServer {
 public:
  explicit LoopbackHttpServer(int failFirst = 0, int failStatus = 500, int answerDelayMs = 0)
      : failFirst_(failFirst), failStatus_(failStatus), delayMs_(answerDelayMs) {
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 && ::listen(listener_, 16) == 0 &&
        ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) == 0)
      port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
  }
  ~LoopbackHttpServer() {
    stop_ = true;
    thread_.join();
    ::close(listener_);
  }
  LoopbackHttpServer(const LoopbackHttpServer&) = delete;
  LoopbackHttpServer& operator=(const LoopbackHttpServer&) = delete;

  int port() const { return port_; }
  std::string url(const std::string& path = "/results") const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }
  std::vector<HttpRequest> requests() const {
    std::lock_guard lock(mutex_);
    return requests_;
  }
  // Waits until `n` requests were answered; false after `timeout`.
  bool waitForRequests(std::size_t n, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(mutex_);
    return arrived_.wait_for(lock, timeout, [&] { return requests_.size() >= n; });
  }

 private:
  void serve() {
    while (!stop_) {
      pollfd p{listener_, POLLIN, 0};
      if (::poll(&p, 1, 50) <= 0) continue;
      const int connection = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
      if (connection < 0) continue;
      answer(connection);
      ::close(connection);
    }
  }

  // Reads the head, then Content-Length bytes of body (2 s at most).
  static bool readRequest(int connection, HttpRequest& request) {
    std::string data;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    std::size_t headEnd = std::string::npos, length = 0;
    while (std::chrono::steady_clock::now() < deadline) {
      if (headEnd == std::string::npos && (headEnd = data.find("\r\n\r\n")) != std::string::npos) {
        for (std::size_t at = data.find("\r\n"); at < headEnd; at = data.find("\r\n", at + 2)) {
          std::string line = data.substr(at + 2, data.find("\r\n", at + 2) - at - 2);
          for (char& c : line) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          if (line.rfind("content-length:", 0) == 0) length = std::strtoul(line.c_str() + 15, nullptr, 10);
        }
      }
      if (headEnd != std::string::npos && data.size() >= headEnd + 4 + length) {
        const std::string first = data.substr(0, data.find("\r\n"));
        request.method = first.substr(0, first.find(' '));
        request.target = first.substr(first.find(' ') + 1, first.rfind(' ') - first.find(' ') - 1);
        request.body = data.substr(headEnd + 4, length);
        return true;
      }
      pollfd p{connection, POLLIN, 0};
      if (::poll(&p, 1, 50) <= 0) continue;
      char buffer[4096];
      const ssize_t n = ::recv(connection, buffer, sizeof buffer, 0);
      if (n <= 0) return false;
      data.append(buffer, static_cast<std::size_t>(n));
    }
    return false;
  }

  void answer(int connection) {
    HttpRequest request;
    if (!readRequest(connection, request)) return;
    if (delayMs_ > 0) std::this_thread::sleep_for(std::chrono::milliseconds(delayMs_));
    {
      std::lock_guard lock(mutex_);
      request.answeredWith = static_cast<int>(requests_.size()) < failFirst_ ? failStatus_ : 200;
    }
    const std::string reply = "HTTP/1.1 " + std::to_string(request.answeredWith) +
                              (request.answeredWith == 200 ? " OK" : " Error") +
                              "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    (void)!::send(connection, reply.data(), reply.size(), MSG_NOSIGNAL);
    {
      std::lock_guard lock(mutex_);
      requests_.push_back(std::move(request));
    }
    arrived_.notify_all();
  }

  int failFirst_, failStatus_, delayMs_;
  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  mutable std::mutex mutex_;
  mutable std::condition_variable arrived_;
  std::vector<HttpRequest> requests_;
  std::thread thread_;
};

}  // namespace nagl::test
