#include "byte_source.h"

#include <algorithm>

namespace nagl::imaging {
namespace {

constexpr std::uint64_t kWindow = std::uint64_t{64} * 1024;

}  // namespace

ByteSource::ByteSource(const std::string& path) : in_(path, std::ios::binary) {
  in_.seekg(0, std::ios::end);
  const auto end = in_.tellg();
  size_ = (in_ && end > 0) ? static_cast<std::uint64_t>(end) : 0;
}

int ByteSource::at(std::uint64_t offset) {
  if (offset >= size_) return -1;
  if (offset < windowStart_ || offset >= windowStart_ + window_.size()) {
    windowStart_ = offset - offset % kWindow;
    window_.resize(static_cast<std::size_t>(std::min(kWindow, size_ - windowStart_)));
    in_.clear();
    in_.seekg(static_cast<std::streamoff>(windowStart_));
    in_.read(reinterpret_cast<char*>(window_.data()), static_cast<std::streamsize>(window_.size()));
    window_.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, in_.gcount())));
    if (offset >= windowStart_ + window_.size()) return -1;
  }
  return window_[static_cast<std::size_t>(offset - windowStart_)];
}

bool ByteSource::read(std::uint64_t offset, std::size_t n, std::uint8_t* out) {
  if (offset > size_ || n > size_ - offset) return false;
  for (std::size_t i = 0; i < n; ++i) {
    const int byte = at(offset + i);
    if (byte < 0) return false;
    out[i] = static_cast<std::uint8_t>(byte);
  }
  return true;
}

}  // namespace nagl::imaging
