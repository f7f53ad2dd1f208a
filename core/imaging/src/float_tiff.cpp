#include "nagl/imaging/float_tiff.h"
#include "nagl/imaging/image_signature.h"

#include <opencv2/imgcodecs.hpp>
#include <string_view>

#include "nagl/foundation/atomic_write.h"
#include "nagl/imaging/image_decode.h"

namespace nagl::imaging {

void writeFloatTiff(const std::string& path, const FloatImage& image) {
  std::vector<unsigned char> bytes;
  try {
    bytes = encodeFloatTiff(image);
  } catch (const ImageError& e) {
    throw ImageError(path + ": " + e.what());
  }
  try {
    foundation::writeFileAtomically(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
  } catch (const foundation::WriteError& e) {
    throw ImageError(e.what());  // names the file and the system's reason
  }
}

std::vector<unsigned char> encodeFloatTiff(const FloatImage& image) {
  const cv::Mat mat(image.height, image.width, CV_32FC1, const_cast<float*>(image.data.data()));
  std::vector<unsigned char> bytes;
  try {
    if (cv::imencode(".tiff", mat, bytes)) return bytes;
  } catch (const cv::Exception& e) {
    throw ImageError(std::string("cannot encode TIFF (") + e.err + ")");
  }
  throw ImageError("cannot encode TIFF");
}

FloatImage readFloatTiff(const std::string& path) {
  if (sniffImageFormat(path) != ImageFormat::Tiff) throw ImageError(path + ": not a TIFF file");
  const cv::Mat mat = cv::imread(path, cv::IMREAD_UNCHANGED);
  if (mat.empty()) throw ImageError(path + ": cannot read TIFF");
  if (mat.type() != CV_32FC1) throw ImageError(path + ": not a single-channel float32 TIFF");
  FloatImage image(mat.cols, mat.rows);
  for (int y = 0; y < mat.rows; ++y)
    std::copy_n(mat.ptr<float>(y), mat.cols, &image.data[static_cast<std::size_t>(y) * mat.cols]);
  return image;
}

}  // namespace nagl::imaging
