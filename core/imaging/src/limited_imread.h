#pragma once
// cv::imread under a DecodeAllocationLimit of maxImagePixels() (or the
// file's size in bytes, if larger): every decode of an untrusted file goes
// through here, after the header check.
#include <opencv2/core/mat.hpp>
#include <string>

namespace nagl::imaging {

cv::Mat imreadWithinPixelLimit(const std::string& path, int flags);

}  // namespace nagl::imaging
