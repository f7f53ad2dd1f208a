#include "http_test_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace nagl::test {
namespace {

int bindLoopback(int& port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) throw std::runtime_error("socket() failed");
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof address;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    ::close(fd);
    throw std::runtime_error("cannot bind a loopback port");
  }
  port = ntohs(address.sin_port);
  return fd;
}

void sendAll(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t put = ::send(fd, data, size, MSG_NOSIGNAL);
    if (put <= 0) return;  // the client went away
    data += put;
    size -= static_cast<std::size_t>(put);
  }
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

int closedLoopbackPort() {
  int port = 0;
  ::close(bindLoopback(port));
  return port;
}

HttpTestServer::HttpTestServer(std::map<std::string, Route> routes, int maxConnections, std::chrono::seconds lifetime)
    : routes_(std::move(routes)),
      maxConnections_(maxConnections),
      deadline_(std::chrono::steady_clock::now() + lifetime) {
  listener_ = bindLoopback(port_);
  if (::listen(listener_, 8) != 0) throw std::runtime_error("listen() failed");
  thread_ = std::thread([this] { serve(); });
}

HttpTestServer::~HttpTestServer() {
  stop_ = true;
  thread_.join();
  ::close(listener_);
}

std::string HttpTestServer::url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + path;
}

std::vector<std::string> HttpTestServer::requests() const {
  std::lock_guard lock(mutex_);
  return requests_;
}

void HttpTestServer::serve() {
  for (int connections = 0; connections < maxConnections_ && !stop_ && std::chrono::steady_clock::now() < deadline_;) {
    pollfd p{listener_, POLLIN, 0};
    if (::poll(&p, 1, 50) <= 0) continue;
    const int client = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0) continue;
    ++connections;
    timeval timeout{5, 0};
    ::setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    answer(client);
    ::shutdown(client, SHUT_WR);
    ::close(client);
  }
}

void HttpTestServer::answer(int client) {
  std::string request;
  char buffer[2048];
  while (request.find("\r\n\r\n") == std::string::npos && request.size() < 16384) {
    const ssize_t got = ::recv(client, buffer, sizeof buffer, 0);
    if (got <= 0) return;
    request.append(buffer, static_cast<std::size_t>(got));
  }
  const std::size_t firstSpace = request.find(' ');
  const std::size_t secondSpace = request.find(' ', firstSpace + 1);
  if (firstSpace == std::string::npos || secondSpace == std::string::npos) return;
  const std::string method = request.substr(0, firstSpace);
  const std::string path = request.substr(firstSpace + 1, secondSpace - firstSpace - 1);
  std::string range = "-";
  const std::string lowered = lower(request);
  if (const std::size_t at = lowered.find("\r\nrange:"); at != std::string::npos) {
    const std::size_t start = request.find_first_not_of(' ', at + 8);
    range = request.substr(start, request.find("\r\n", start) - start);
  }
  int servedBefore = 0;
  {
    std::lock_guard lock(mutex_);
    requests_.push_back(path + " range=" + range);
    servedBefore = served_[path]++;
  }

  auto respond = [&](const std::string& status, const std::string& extraHeaders, const std::string& body,
                     std::size_t announced, std::size_t sent) {
    const std::string head = "HTTP/1.1 " + status + "\r\nContent-Length: " + std::to_string(announced) +
                             "\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n" + extraHeaders +
                             "\r\n";
    sendAll(client, head.data(), head.size());
    sendAll(client, body.data(), std::min(sent, body.size()));
  };
  const auto route = routes_.find(path);
  if (method != "GET") return respond("405 Method Not Allowed", "", "", 0, 0);
  if (route == routes_.end()) {
    const std::string body = "not found\n";
    return respond("404 Not Found", "", body, body.size(), body.size());
  }
  const Route& r = route->second;
  std::size_t offset = 0;
  bool partial = false;
  if (range != "-" && !r.ignoreRange) {
    unsigned long long from = 0;
    if (std::sscanf(range.c_str(), "bytes=%llu-", &from) == 1) {
      if (from >= r.body.size()) {
        return respond("416 Range Not Satisfiable", "Content-Range: bytes */" + std::to_string(r.body.size()) + "\r\n",
                       "", 0, 0);
      }
      offset = static_cast<std::size_t>(from);
      partial = true;
    }
  }
  const std::string body = r.body.substr(offset);
  const std::size_t sent = servedBefore == 0 ? std::min(body.size(), r.cutFirstResponseAfter) : body.size();
  const std::string contentRange = partial ? "Content-Range: bytes " + std::to_string(offset) + "-" +
                                                 std::to_string(r.body.size() - 1) + "/" +
                                                 std::to_string(r.body.size()) + "\r\n"
                                           : "";
  respond(partial ? "206 Partial Content" : "200 OK", contentRange, body, body.size(), sent);
}

}  // namespace nagl::test
