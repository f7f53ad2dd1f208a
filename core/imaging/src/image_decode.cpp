#include "nagl/imaging/image_decode.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <system_error>

#include "limited_imread.h"
#include "nagl/imaging/image_header.h"
#include "nagl/imaging/image_limits.h"
#include "nagl/imaging/image_signature.h"

namespace nagl::imaging {
namespace {

// Reports what is wrong with a path before OpenCV gets it: OpenCV itself
// only says "empty Mat", which tells the user nothing.
void requireReadableFile(const std::string& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec && ec != std::errc::no_such_file_or_directory) throw ImageError(path + ": " + ec.message());
  if (ec || !std::filesystem::exists(status)) throw ImageError(path + ": file not found");
  if (std::filesystem::is_directory(status)) throw ImageError(path + ": is a folder, not an image file");
  // Opening a pipe or a device would block or read forever.
  if (!std::filesystem::is_regular_file(status))
    throw ImageError(path + ": is not a regular file (a pipe, socket or device)");
  std::ifstream probe(path, std::ios::binary);
  if (!probe) throw ImageError(path + ": cannot be opened for reading (permissions?)");
  if (std::filesystem::file_size(path, ec) == 0) throw ImageError(path + ": empty file (0 bytes)");
}

std::string megapixels(std::uint64_t pixels) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", static_cast<double>(pixels) / 1e6);
  return text;
}

// Decompression bombs: refused on what the header claims, before any decoder
// allocates the pixel buffer. Fails closed: a file whose size cannot be read
// is not decoded at all (the decoder would allocate whatever it read).
void requirePixelCountWithinLimit(const std::string& path) {
  const auto size = readImageDimensions(path);
  if (!size) throw ImageError(path + ": cannot read the image size from its header, so it is not decoded");
  if (size->pixels() <= maxImagePixels()) return;
  throw ImageError(path + ": image is " + std::to_string(size->width) + " x " + std::to_string(size->height) +
                   " pixels (" + megapixels(size->pixels()) + " megapixels), above the limit of " +
                   megapixels(maxImagePixels()) +
                   " megapixels (raise it with --max-image-pixels or NAGL_MAX_IMAGE_PIXELS)");
}

// Floating-point TIFFs: OpenCV's colour decode refuses one-channel float
// files and mangles three-channel ones, so they are read as stored. Only
// intensities in 0..1 have an obvious meaning; anything else is refused
// rather than guessed at.
cv::Mat floatToBgr8(const std::string& path, const cv::Mat& image) {
  cv::Mat values = image.reshape(1);
  if (!cv::checkRange(values)) throw ImageError(path + ": floating-point image contains NaN or infinite values");
  double low = 0, high = 0;
  cv::minMaxLoc(values, &low, &high);
  // 1 % slack: lossy float encodings (TIFF LogLuv) overshoot 0..1 slightly.
  if (low < -0.01 || high > 1.01)
    throw ImageError(path + ": floating-point image with values from " + std::to_string(low) + " to " +
                     std::to_string(high) + "; only intensities from 0 to 1 are understood (save it as 8 or 16 bit)");
  cv::Mat bytes;
  image.convertTo(bytes, CV_8U, 255.0);
  if (bytes.channels() == 1)
    cv::cvtColor(bytes, bytes, cv::COLOR_GRAY2BGR);
  else if (bytes.channels() == 4)
    cv::cvtColor(bytes, bytes, cv::COLOR_BGRA2BGR);
  else if (bytes.channels() != 3)
    throw ImageError(path + ": floating-point image with " + std::to_string(bytes.channels()) +
                     " channels is not supported");
  return bytes;
}

cv::Mat readOrThrow(const std::string& path, int flags) {
  try {
    return imreadWithinPixelLimit(path, flags);
  } catch (const cv::Exception& e) {
    throw ImageError(path + ": cannot decode image (" + e.err + ")");
  }
}

}  // namespace

ImageFormat requireDecodableImage(const std::string& path) {
  requireReadableFile(path);
  const ImageFormat format = requireSupportedImageFormat(path);
  requirePixelCountWithinLimit(path);
  if (format == ImageFormat::Jpeg && !jpegHasEndOfImage(path))
    throw ImageError(path + ": truncated JPEG (the file ends before its end-of-image marker)");
  return format;
}

namespace {

// Every image and mask goes through here: one EXIF orientation policy (the
// stored orientation is applied) for display, inference, masks and export.
cv::Mat decodeColour(const std::string& path) {
  if (requireDecodableImage(path) == ImageFormat::Tiff) {
    const cv::Mat stored = readOrThrow(path, cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR);
    if (!stored.empty() && (stored.depth() == CV_32F || stored.depth() == CV_64F)) return floatToBgr8(path, stored);
  }
  cv::Mat bgr = readOrThrow(path, cv::IMREAD_COLOR);
  if (bgr.empty()) throw ImageError(path + ": cannot decode image: unsupported format, corrupt or truncated file");
  return bgr;
}

Image8 toImage8(const cv::Mat& mat) {
  Image8 image(mat.cols, mat.rows, mat.channels());
  const std::size_t rowBytes = static_cast<std::size_t>(mat.cols) * mat.channels();
  for (int y = 0; y < mat.rows; ++y) std::copy_n(mat.ptr<std::uint8_t>(y), rowBytes, &image.pixels[y * rowBytes]);
  return image;
}

Image8 decodeRgb(const std::string& path) {
  cv::Mat rgb;
  cv::cvtColor(decodeColour(path), rgb, cv::COLOR_BGR2RGB);
  if (rgb.cols < kMinImageSide || rgb.rows < kMinImageSide)
    throw ImageError(path + ": image is " + std::to_string(rgb.cols) + " x " + std::to_string(rgb.rows) +
                     " pixels; at least " + std::to_string(kMinImageSide) + " x " + std::to_string(kMinImageSide) +
                     " (one model patch) is needed");
  return toImage8(rgb);
}

}  // namespace

Image8 decodeQueryImage(const std::string& path) { return decodeRgb(path); }

Image8 decodeReferenceImage(const std::string& path) { return decodeRgb(path); }

Image8 decodeMask(const std::string& path) {
  cv::Mat grey;
  cv::cvtColor(decodeColour(path), grey, cv::COLOR_BGR2GRAY);
  return toImage8(grey);
}

Image8 resizeMaskNearest(const Image8& mask, int side) {
  if (mask.channels != 1) throw ImageError("resizeMaskNearest: mask must have one channel");
  const cv::Mat in(mask.height, mask.width, CV_8UC1, const_cast<std::uint8_t*>(mask.pixels.data()));
  cv::Mat out;
  cv::resize(in, out, cv::Size(side, side), 0, 0, cv::INTER_NEAREST);
  return toImage8(out);
}

}  // namespace nagl::imaging
