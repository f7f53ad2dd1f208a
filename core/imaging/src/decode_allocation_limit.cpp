#include "nagl/imaging/decode_allocation_limit.h"

#include <algorithm>
#include <filesystem>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <string>

#include "limited_imread.h"
#include "nagl/imaging/image_limits.h"

namespace nagl::imaging {
namespace {

thread_local std::uint64_t t_limit = 0;  // 0: no limit on this thread

// OpenCV's allocator, with the limit checked first. Buffers it hands out
// belong to the allocator underneath, which also frees them.
class LimitingAllocator final : public cv::MatAllocator {
 public:
  explicit LimitingAllocator(const cv::MatAllocator* base) : base_(base) {}

  cv::UMatData* allocate(int dims, const int* sizes, int type, void* data, size_t* step, cv::AccessFlag flags,
                         cv::UMatUsageFlags usage) const override {
    if (t_limit != 0 && data == nullptr) {
      std::uint64_t pixels = 1;
      for (int i = 0; i < dims; ++i) {
        const auto side = static_cast<std::uint64_t>(sizes[i] < 0 ? 0 : sizes[i]);
        pixels = (side != 0 && pixels > UINT64_MAX / side) ? UINT64_MAX : pixels * side;
      }
      if (pixels > t_limit) {
        const std::string shape = dims == 2 ? std::to_string(sizes[1]) + " x " + std::to_string(sizes[0]) + " pixels"
                                            : std::to_string(pixels) + " pixels";
        CV_Error(cv::Error::StsNoMem, "the decoder asked for a buffer of " + shape + ", above the limit of " +
                                          std::to_string(t_limit) + " pixels");
      }
    }
    return base_->allocate(dims, sizes, type, data, step, flags, usage);
  }
  bool allocate(cv::UMatData* data, cv::AccessFlag flags, cv::UMatUsageFlags usage) const override {
    return base_->allocate(data, flags, usage);
  }
  void deallocate(cv::UMatData* data) const override { base_->deallocate(data); }

 private:
  const cv::MatAllocator* base_;
};

// Installed during static initialisation, while the program is one thread;
// never destroyed, as Mats may still be made while the program exits.
[[maybe_unused]] const bool kInstalled = [] {
  static LimitingAllocator* const allocator = new LimitingAllocator(cv::Mat::getDefaultAllocator());
  cv::Mat::setDefaultAllocator(allocator);
  return true;
}();

}  // namespace

DecodeAllocationLimit::DecodeAllocationLimit(std::uint64_t pixels) : previous_(t_limit) { t_limit = pixels; }

DecodeAllocationLimit::~DecodeAllocationLimit() { t_limit = previous_; }

cv::Mat imreadWithinPixelLimit(const std::string& path, int flags) {
  // A decoder may also hold the whole file in one buffer (WebP does).
  std::error_code ec;
  const std::uint64_t fileBytes = std::filesystem::file_size(path, ec);
  const DecodeAllocationLimit limit(std::max<std::uint64_t>(maxImagePixels(), ec ? 0 : fileBytes));
  return cv::imread(path, flags);
}

}  // namespace nagl::imaging
