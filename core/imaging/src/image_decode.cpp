#include "nagl/imaging/image_decode.h"

#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <system_error>

#include "nagl/imaging/image_signature.h"

namespace nagl {
namespace {

// Reports what is wrong with a path before OpenCV gets it: OpenCV itself
// only says "empty Mat", which tells the user nothing.
void requireReadableFile(const std::string& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) throw ImageError(path + ": file not found");
  if (std::filesystem::is_directory(status)) throw ImageError(path + ": is a folder, not an image file");
  std::ifstream probe(path, std::ios::binary);
  if (!probe) throw ImageError(path + ": cannot be opened for reading (permissions?)");
  if (std::filesystem::file_size(path, ec) == 0) throw ImageError(path + ": empty file (0 bytes)");
}

cv::Mat decodeColour(const std::string& path, int extraFlags) {
  requireReadableFile(path);
  requireSupportedImageFormat(path);
  cv::Mat bgr;
  try {
    bgr = cv::imread(path, cv::IMREAD_COLOR | extraFlags);
  } catch (const cv::Exception& e) {
    throw ImageError(path + ": cannot decode image (" + e.err + ")");
  }
  if (bgr.empty()) throw ImageError(path + ": cannot decode image: unsupported format, corrupt or truncated file");
  return bgr;
}

Image8 toImage8(const cv::Mat& mat) {
  Image8 image(mat.cols, mat.rows, mat.channels());
  const std::size_t rowBytes = static_cast<std::size_t>(mat.cols) * mat.channels();
  for (int y = 0; y < mat.rows; ++y) std::copy_n(mat.ptr<std::uint8_t>(y), rowBytes, &image.pixels[y * rowBytes]);
  return image;
}

Image8 decodeRgb(const std::string& path, int extraFlags) {
  cv::Mat rgb;
  cv::cvtColor(decodeColour(path, extraFlags), rgb, cv::COLOR_BGR2RGB);
  return toImage8(rgb);
}

}  // namespace

Image8 decodeQueryImage(const std::string& path) { return decodeRgb(path, 0); }

Image8 decodeReferenceImage(const std::string& path) { return decodeRgb(path, cv::IMREAD_IGNORE_ORIENTATION); }

Image8 decodeMask(const std::string& path) {
  cv::Mat grey;
  cv::cvtColor(decodeColour(path, 0), grey, cv::COLOR_BGR2GRAY);
  return toImage8(grey);
}

Image8 resizeMaskNearest(const Image8& mask, int side) {
  if (mask.channels != 1) throw ImageError("resizeMaskNearest: mask must have one channel");
  const cv::Mat in(mask.height, mask.width, CV_8UC1, const_cast<std::uint8_t*>(mask.pixels.data()));
  cv::Mat out;
  cv::resize(in, out, cv::Size(side, side), 0, 0, cv::INTER_NEAREST);
  return toImage8(out);
}

}  // namespace nagl
