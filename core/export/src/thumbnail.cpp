#include "nagl/export/thumbnail.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace nagl::exporting {

Image8 fitWithin(const Image8& image, int maxSide) {
  const int longer = std::max(image.width, image.height);
  if (image.empty() || maxSide <= 0 || longer <= maxSide) return image;
  const double scale = static_cast<double>(maxSide) / longer;
  const int w = std::max(1, static_cast<int>(std::lround(image.width * scale)));
  const int h = std::max(1, static_cast<int>(std::lround(image.height * scale)));
  const cv::Mat view(image.height, image.width, CV_8UC(image.channels), const_cast<std::uint8_t*>(image.pixels.data()));
  Image8 out(w, h, image.channels);
  cv::Mat target(h, w, CV_8UC(image.channels), out.pixels.data());
  cv::resize(view, target, target.size(), 0, 0, cv::INTER_AREA);
  return out;
}

}  // namespace nagl::exporting
