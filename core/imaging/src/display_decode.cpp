#include "nagl/imaging/display_decode.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "limited_imread.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/imaging/image_signature.h"

namespace nagl::imaging {

DisplayPixels decodeForDisplay(const std::string& path) {
  // Validates the file and gives the same error messages as the query decode.
  cv::Mat mat;
  // Only formats we accept, within the pixel limit, reach OpenCV.
  requireDecodableImage(path);
  try {
    // ANYDEPTH | ANYCOLOR keeps 16 bits and grey, and (unlike UNCHANGED)
    // applies the EXIF orientation as the query decode does.
    mat = imreadWithinPixelLimit(path, cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR);
  } catch (const cv::Exception&) {
    mat.release();
  }
  if (mat.empty() || (mat.depth() != CV_8U && mat.depth() != CV_16U)) {
    // Float or unusual formats: show what the model sees (8-bit RGB).
    const Image8 rgb = decodeQueryImage(path);
    DisplayPixels out{rgb.width, rgb.height, 3, 8, {}};
    out.samples.assign(rgb.pixels.begin(), rgb.pixels.end());
    return out;
  }
  if (mat.channels() == 3)
    cv::cvtColor(mat, mat, cv::COLOR_BGR2RGB);
  else if (mat.channels() == 4)
    cv::cvtColor(mat, mat, cv::COLOR_BGRA2RGB);
  DisplayPixels out{mat.cols, mat.rows, mat.channels() == 1 ? 1 : 3, mat.depth() == CV_16U ? 16 : 8, {}};
  cv::Mat wide;
  mat.convertTo(wide, CV_16U);  // 8-bit values stay 0..255
  out.samples.resize(static_cast<std::size_t>(out.width) * out.height * out.channels);
  const std::size_t rowSamples = static_cast<std::size_t>(out.width) * out.channels;
  for (int y = 0; y < wide.rows; ++y)
    std::copy_n(wide.ptr<std::uint16_t>(y), rowSamples, out.samples.data() + y * rowSamples);
  return out;
}

}  // namespace nagl::imaging
