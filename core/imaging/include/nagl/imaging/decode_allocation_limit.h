#pragma once
// The second line behind the header check (image_header.h): while one of
// these lives, every pixel buffer (cv::Mat) allocated on its thread that
// holds more than `pixels` pixels fails with a cv::Exception, whatever size
// a decoder took from the file. It works at run time through OpenCV's own
// allocator hook (cv::Mat::setDefaultAllocator, installed before main).
// OpenCV's OPENCV_IO_MAX_IMAGE_PIXELS cannot serve: libopencv_imgcodecs
// reads it into a constant while it loads, before main, and setting it any
// earlier is not possible from inside the process either (glibc resets the
// environment to the one the process started with after .preinit_array).
#include <cstdint>

namespace nagl::imaging {

class DecodeAllocationLimit {
 public:
  explicit DecodeAllocationLimit(std::uint64_t pixels);
  ~DecodeAllocationLimit();
  DecodeAllocationLimit(const DecodeAllocationLimit&) = delete;
  DecodeAllocationLimit& operator=(const DecodeAllocationLimit&) = delete;

 private:
  std::uint64_t previous_;
};

}  // namespace nagl::imaging
