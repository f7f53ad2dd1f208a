#include "nagl/export/png_files.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "nagl/export/atomic_write.h"
#include "nagl/export/binary_mask.h"
#include "nagl/export/export_error.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/imaging/image_signature.h"

namespace nagl::exporting {

void writePng(const std::string& path, const Image8& image) {
  if (image.empty() || (image.channels != 1 && image.channels != 3))
    throw ExportError(path + ": nothing to write (empty image or unsupported channel count)");
  const cv::Mat view(image.height, image.width, image.channels == 1 ? CV_8UC1 : CV_8UC3,
                     const_cast<std::uint8_t*>(image.pixels.data()));
  // A fresh matrix for the BGR copy: converting into one that shares the
  // caller's pixels (cv::Mat bgr = view) swaps red and blue in the caller's
  // image, which then went into the overlay with its colours swapped.
  cv::Mat bgr;
  if (image.channels == 3)
    cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
  else
    bgr = view;
  std::vector<uchar> bytes;
  bool ok = false;
  try {
    ok = cv::imencode(".png", bgr, bytes);
  } catch (const cv::Exception& e) {
    throw ExportError(path + ": PNG encoding failed (" + e.what() + ")");
  }
  if (!ok) throw ExportError(path + ": PNG encoding failed");
  writeFileAtomically(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

Image8 importPngMask(const std::string& maskPath, int imageWidth, int imageHeight, const std::string& imageName) {
  cv::Mat raw;
  try {
    imaging::requireSupportedImageFormat(maskPath);
  } catch (const imaging::ImageError& e) {
    throw ExportError(e.what());
  }
  try {
    // ANYCOLOR | ANYDEPTH applies the EXIF orientation as every other decode does.
    raw = cv::imread(maskPath, cv::IMREAD_ANYCOLOR | cv::IMREAD_ANYDEPTH);
  } catch (const cv::Exception& e) {
    throw ExportError(maskPath + ": cannot read the mask (" + e.what() + ")");
  }
  if (raw.empty()) throw ExportError(maskPath + ": cannot read the mask (missing file or not an image)");
  if (raw.cols != imageWidth || raw.rows != imageHeight)
    throw ExportError(maskPath + ": the mask is " + std::to_string(raw.cols) + "x" + std::to_string(raw.rows) +
                      " but the image " + imageName + " is " + std::to_string(imageWidth) + "x" +
                      std::to_string(imageHeight));
  const int colourChannels = raw.channels() == 4 ? 3 : raw.channels() == 2 ? 1 : raw.channels();
  std::vector<cv::Mat> planes;
  cv::split(raw, planes);
  cv::Mat any = cv::Mat::zeros(raw.rows, raw.cols, CV_8UC1);
  for (int c = 0; c < colourChannels; ++c) any.setTo(kDefect, planes[static_cast<std::size_t>(c)] != 0);
  Image8 mask(raw.cols, raw.rows, 1);
  for (int y = 0; y < raw.rows; ++y)
    std::copy_n(any.ptr<std::uint8_t>(y), raw.cols, &mask.pixels[static_cast<std::size_t>(y) * raw.cols]);
  return mask;
}

}  // namespace nagl::exporting
