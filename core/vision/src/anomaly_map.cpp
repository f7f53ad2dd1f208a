#include "nagl/vision/anomaly_map.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>

namespace nagl {

float imageScoreTopPercent(const std::vector<float>& patchScores) {
  if (patchScores.empty()) throw std::invalid_argument("imageScoreTopPercent: no patch scores");
  const auto topCount = static_cast<std::size_t>(std::floor(0.01 * static_cast<double>(patchScores.size())));
  std::vector<float> sorted = patchScores;
  if (topCount == 0) return *std::max_element(sorted.begin(), sorted.end());
  std::partial_sort(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(topCount), sorted.end(),
                    std::greater<float>());
  double sum = 0.0;
  for (std::size_t i = 0; i < topCount; ++i) sum += sorted[i];
  return static_cast<float>(sum / static_cast<double>(topCount));
}

namespace {

// Source coordinate and weight of OpenCV's INTER_LINEAR for one axis.
struct LinearTap {
  int lower;
  int upper;
  float upperWeight;
};

std::vector<LinearTap> linearTaps(int inSize, int outSize) {
  std::vector<LinearTap> taps(outSize);
  const double scale = static_cast<double>(inSize) / outSize;
  for (int d = 0; d < outSize; ++d) {
    double s = (d + 0.5) * scale - 0.5;
    int lower = static_cast<int>(std::floor(s));
    float frac = static_cast<float>(s - lower);
    if (lower < 0) {
      lower = 0;
      frac = 0.0f;
    }
    if (lower >= inSize - 1) {
      lower = inSize - 1;
      frac = 0.0f;
    }
    taps[d] = {lower, std::min(lower + 1, inSize - 1), frac};
  }
  return taps;
}

// scipy's 'reflect' mode: the signal is mirrored about its edges, with the
// edge sample repeated (abc|cba), periodic with period 2n.
int reflectIndex(int i, int n) {
  const int period = 2 * n;
  i %= period;
  if (i < 0) i += period;
  return i < n ? i : period - 1 - i;
}

std::vector<double> gaussianKernel(double sigma, int radius) {
  std::vector<double> k(2 * radius + 1);
  double sum = 0.0;
  for (int x = -radius; x <= radius; ++x) {
    k[x + radius] = std::exp(-0.5 / (sigma * sigma) * x * x);
    sum += k[x + radius];
  }
  for (double& v : k) v /= sum;
  return k;
}

}  // namespace

FloatImage resizeBilinear(const FloatImage& source, int targetWidth, int targetHeight) {
  if (source.width <= 0 || source.height <= 0 || targetWidth <= 0 || targetHeight <= 0)
    throw std::invalid_argument("resizeBilinear: empty image or target size");
  const auto xs = linearTaps(source.width, targetWidth);
  const auto ys = linearTaps(source.height, targetHeight);
  FloatImage out(targetWidth, targetHeight);
  for (int y = 0; y < targetHeight; ++y) {
    const LinearTap& ty = ys[y];
    for (int x = 0; x < targetWidth; ++x) {
      const LinearTap& tx = xs[x];
      const float top =
          source.at(tx.lower, ty.lower) * (1.0f - tx.upperWeight) + source.at(tx.upper, ty.lower) * tx.upperWeight;
      const float bottom =
          source.at(tx.lower, ty.upper) * (1.0f - tx.upperWeight) + source.at(tx.upper, ty.upper) * tx.upperWeight;
      out.at(x, y) = top * (1.0f - ty.upperWeight) + bottom * ty.upperWeight;
    }
  }
  return out;
}

namespace {

// One 1-D pass over `count` lines of `length` samples; sample i of line l is
// at in[l * lineStride + i * step]. Each line is first copied into a padded
// buffer (reflect border), so the inner loop has no index arithmetic; the
// taps are summed in the same order as scipy, in double.
void convolveLines(const float* in, float* out, int count, int length, std::ptrdiff_t lineStride, std::ptrdiff_t step,
                   const std::vector<double>& kernel) {
  const int radius = static_cast<int>(kernel.size() / 2);
  std::vector<double> padded(static_cast<std::size_t>(length) + 2 * static_cast<std::size_t>(radius));
  for (int line = 0; line < count; ++line) {
    const float* src = in + line * lineStride;
    for (int i = -radius; i < length + radius; ++i) padded[i + radius] = src[reflectIndex(i, length) * step];
    float* dst = out + line * lineStride;
    for (int i = 0; i < length; ++i) {
      const double* window = &padded[static_cast<std::size_t>(i)];
      double acc = 0.0;
      for (std::size_t k = 0; k < kernel.size(); ++k) acc += kernel[k] * window[k];
      dst[i * step] = static_cast<float>(acc);
    }
  }
}

}  // namespace

FloatImage gaussianBlurReflect(const FloatImage& source, double sigma) {
  const int radius = static_cast<int>(4.0 * sigma + 0.5);  // NOLINT(bugprone-incorrect-roundings): scipy truncates so
  const auto kernel = gaussianKernel(sigma, radius);
  const int w = source.width;
  const int h = source.height;
  // Axis 0 (vertical: each column is a line) first, as scipy iterates axes in order.
  FloatImage vertical(w, h);
  convolveLines(source.data.data(), vertical.data.data(), w, h, 1, w, kernel);
  FloatImage out(w, h);
  convolveLines(vertical.data.data(), out.data.data(), h, w, w, 1, kernel);
  return out;
}

FloatImage fullResolutionAnomalyMap(const FloatImage& patchGrid, int width, int height) {
  constexpr double kSigma = 4.0;
  return gaussianBlurReflect(resizeBilinear(patchGrid, width, height), kSigma);
}

}  // namespace nagl
