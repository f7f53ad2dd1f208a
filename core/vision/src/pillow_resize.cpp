#include "nagl/vision/pillow_resize.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace nagl {
namespace {

constexpr int kPrecisionBits = 32 - 8 - 2;  // Pillow's fixed-point precision for 8-bit images
constexpr double kBicubicSupport = 2.0;

double bicubicFilter(double x) {
  constexpr double a = -0.5;
  x = std::fabs(x);
  if (x < 1.0) return ((a + 2.0) * x - (a + 3.0)) * x * x + 1.0;
  if (x < 2.0) return (((x - 5.0) * x + 8.0) * x - 4.0) * a;
  return 0.0;
}

// Per output pixel: the first contributing input pixel, how many contribute,
// and their fixed-point weights (kernelSize slots, unused ones zero).
struct ResampleCoefficients {
  int kernelSize = 0;
  std::vector<int> first;
  std::vector<int> count;
  std::vector<int> weights;
};

ResampleCoefficients computeCoefficients(int inSize, int outSize) {
  const double scale = static_cast<double>(inSize) / outSize;
  const double filterScale = std::max(scale, 1.0);
  const double support = kBicubicSupport * filterScale;
  ResampleCoefficients c;
  c.kernelSize = static_cast<int>(std::ceil(support)) * 2 + 1;
  c.first.resize(outSize);
  c.count.resize(outSize);
  c.weights.assign(static_cast<std::size_t>(outSize) * c.kernelSize, 0);
  std::vector<double> k(c.kernelSize);
  for (int xx = 0; xx < outSize; ++xx) {
    const double center = (xx + 0.5) * scale;
    const double invScale = 1.0 / filterScale;
    // Pillow truncates toward zero after adding 0.5 (a "round" for positives).
    int xmin = static_cast<int>(center - support + 0.5);  // NOLINT(bugprone-incorrect-roundings): as Pillow
    if (xmin < 0) xmin = 0;
    int xmax = static_cast<int>(center + support + 0.5);  // NOLINT(bugprone-incorrect-roundings): as Pillow
    if (xmax > inSize) xmax = inSize;
    xmax -= xmin;
    double sum = 0.0;
    for (int x = 0; x < xmax; ++x) {
      k[x] = bicubicFilter((x + xmin - center + 0.5) * invScale);
      sum += k[x];
    }
    for (int x = 0; x < xmax; ++x) {
      const double w = sum != 0.0 ? k[x] / sum : k[x];
      const double scaled = w * (1 << kPrecisionBits);
      c.weights[static_cast<std::size_t>(xx) * c.kernelSize + x] =
          static_cast<int>(w < 0 ? -0.5 + scaled : 0.5 + scaled);
    }
    c.first[xx] = xmin;
    c.count[xx] = xmax;
  }
  return c;
}

std::uint8_t clip8(int accumulator) {
  const int v = accumulator >> kPrecisionBits;
  return static_cast<std::uint8_t>(std::clamp(v, 0, 255));
}

Image8 resampleHorizontal(const Image8& in, int outWidth) {
  const ResampleCoefficients c = computeCoefficients(in.width, outWidth);
  Image8 out(outWidth, in.height, in.channels);
  for (int y = 0; y < in.height; ++y) {
    const std::uint8_t* row = &in.pixels[static_cast<std::size_t>(y) * in.width * in.channels];
    std::uint8_t* dst = &out.pixels[static_cast<std::size_t>(y) * outWidth * in.channels];
    for (int xx = 0; xx < outWidth; ++xx) {
      const int* w = &c.weights[static_cast<std::size_t>(xx) * c.kernelSize];
      for (int ch = 0; ch < in.channels; ++ch) {
        int acc = 1 << (kPrecisionBits - 1);
        for (int x = 0; x < c.count[xx]; ++x) acc += row[(x + c.first[xx]) * in.channels + ch] * w[x];
        dst[xx * in.channels + ch] = clip8(acc);
      }
    }
  }
  return out;
}

Image8 resampleVertical(const Image8& in, int outHeight) {
  const ResampleCoefficients c = computeCoefficients(in.height, outHeight);
  Image8 out(in.width, outHeight, in.channels);
  const std::size_t stride = static_cast<std::size_t>(in.width) * in.channels;
  for (int yy = 0; yy < outHeight; ++yy) {
    const int* w = &c.weights[static_cast<std::size_t>(yy) * c.kernelSize];
    std::uint8_t* dst = &out.pixels[yy * stride];
    for (std::size_t i = 0; i < stride; ++i) {
      int acc = 1 << (kPrecisionBits - 1);
      for (int y = 0; y < c.count[yy]; ++y) acc += in.pixels[(y + c.first[yy]) * stride + i] * w[y];
      dst[i] = clip8(acc);
    }
  }
  return out;
}

}  // namespace

Image8 resizeBicubicPillow(const Image8& source, int targetWidth, int targetHeight) {
  if (source.empty() || targetWidth <= 0 || targetHeight <= 0)
    throw std::invalid_argument("resizeBicubicPillow: empty image or target size");
  if (source.pixels.size() != static_cast<std::size_t>(source.width) * source.height * source.channels)
    throw std::invalid_argument("resizeBicubicPillow: pixel buffer does not match the image size");
  Image8 result = source;
  if (targetWidth != source.width) result = resampleHorizontal(result, targetWidth);
  if (targetHeight != source.height) result = resampleVertical(result, targetHeight);
  return result;
}

}  // namespace nagl
