#pragma once
// High-resolution test parts built from real images (issue 16): a mosaic of
// MVTec AD grid photographs (1024 px each; never copied into the project,
// read from ../shared), the part "photographed again" (a 1-2 px shift and
// sensor noise), and small real defects cut out of MVTec test images with
// their masks and pasted in.
#include <algorithm>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace nagl::test {

inline std::string mvtecGrid(const std::string& path) {
  return std::string(NAGL_SHARED_DIR) + "/real-samples/mvtec_ad/grid/" + path;
}

inline cv::Mat readGrey(const std::string& path) {
  cv::Mat m = cv::imread(path, cv::IMREAD_GRAYSCALE);
  if (m.empty()) throw std::runtime_error(path + ": cannot read");
  return m;
}

// photosPerSide^2 grid photographs side by side (side 1024 * photosPerSide);
// past the 8 published normal photographs, they repeat mirrored.
inline cv::Mat gridMosaic(int photosPerSide) {
  constexpr int kPhoto = 1024, kPhotos = 8;
  cv::Mat out(kPhoto * photosPerSide, kPhoto * photosPerSide, CV_8UC1);
  for (int i = 0; i < photosPerSide * photosPerSide; ++i) {
    cv::Mat photo = readGrey(mvtecGrid("train/good/00" + std::to_string(i % kPhotos) + ".png"));
    if (i >= kPhotos) cv::flip(photo, photo, 1);
    photo.copyTo(out(cv::Rect(kPhoto * (i % photosPerSide), kPhoto * (i / photosPerSide), kPhoto, kPhoto)));
  }
  return out;
}

// The part photographed again: shifted by (dx, dy) (edge pixels repeated)
// with Gaussian sensor noise (sigma 3 grey levels).
inline cv::Mat rephotographed(const cv::Mat& part, int dx, int dy, unsigned seed) {
  cv::Mat shifted;
  const cv::Mat shift = (cv::Mat_<double>(2, 3) << 1, 0, dx, 0, 1, dy);
  cv::warpAffine(part, shifted, shift, part.size(), cv::INTER_NEAREST, cv::BORDER_REPLICATE);
  cv::Mat noise(part.size(), CV_16SC1);
  cv::theRNG().state = seed;
  cv::randn(noise, 0, 3);
  cv::Mat out;
  shifted.convertTo(out, CV_16SC1);
  out += noise;
  out.convertTo(out, CV_8UC1);  // saturating
  return out;
}

// Pastes a side x side window of the real defect `kind` (an MVTec grid
// defect folder), centred on the defect pixel nearest its mask's centre of
// mass (a ring-shaped defect's centre may be clear), with its top-left
// corner at `at`; returns the pasted mask at the image's size.
inline cv::Mat pasteGridDefect(cv::Mat& image, const std::string& kind, cv::Point at, int side = 48) {
  const cv::Mat source = readGrey(mvtecGrid("test/" + kind + "/000.png"));
  const cv::Mat sourceMask = readGrey(mvtecGrid("ground_truth/" + kind + "/000_mask.png"));
  const cv::Moments m = cv::moments(sourceMask, true);
  std::vector<cv::Point> defect;
  cv::findNonZero(sourceMask, defect);
  const cv::Point2d centre(m.m10 / m.m00, m.m01 / m.m00);
  const cv::Point nearest = *std::min_element(defect.begin(), defect.end(), [&](cv::Point a, cv::Point b) {
    return std::hypot(a.x - centre.x, a.y - centre.y) < std::hypot(b.x - centre.x, b.y - centre.y);
  });
  const int cx = std::clamp(nearest.x - side / 2, 0, source.cols - side);
  const int cy = std::clamp(nearest.y - side / 2, 0, source.rows - side);
  const cv::Rect from(cx, cy, side, side), to(at.x, at.y, side, side);
  cv::Mat mask = cv::Mat::zeros(image.size(), CV_8UC1);
  source(from).copyTo(image(to), sourceMask(from));
  sourceMask(from).copyTo(mask(to));
  return mask;
}

// Pixels from `p` to the nearest defect pixel of `mask`.
inline double distanceToDefect(const cv::Mat& mask, cv::Point p) {
  std::vector<cv::Point> defect;
  cv::findNonZero(mask, defect);
  double best = 1e9;
  for (const cv::Point& d : defect) best = std::min(best, std::hypot(d.x - p.x, d.y - p.y));
  return best;
}

}  // namespace nagl::test
