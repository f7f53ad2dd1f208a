#pragma once
// Scratch folders and synthetic masks for the export tests.
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

#include "../support/scratch_files.h"
#include "nagl/vision/image.h"

namespace nagl::test {

// The export tests' names for the shared byte-exact file helpers.
inline std::string readText(const std::filesystem::path& path) { return readBytes(path); }
inline void writeText(const std::filesystem::path& path, const std::string& text) { writeBytes(path, text); }

// Filled ellipses (blobs) on a 0/255 mask, one with a hole when asked.
inline Image8 blobMask(int width, int height, unsigned seed, int blobs, bool withHole = false) {
  Image8 mask(width, height, 1);
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  for (int b = 0; b < blobs; ++b) {
    const double cx = 10 + u(rng) * (width - 20), cy = 10 + u(rng) * (height - 20);
    const double rx = 4 + u(rng) * width / 6.0, ry = 4 + u(rng) * height / 6.0;
    const double angle = u(rng) * 3.14159;
    for (int y = 0; y < height; ++y)
      for (int x = 0; x < width; ++x) {
        const double dx = x - cx, dy = y - cy;
        const double a = (dx * std::cos(angle) + dy * std::sin(angle)) / rx;
        const double c = (-dx * std::sin(angle) + dy * std::cos(angle)) / ry;
        const double r2 = a * a + c * c;
        if (r2 <= 1.0 && !(withHole && b == 0 && r2 < 0.15)) mask.pixels[static_cast<std::size_t>(y) * width + x] = 255;
      }
  }
  return mask;
}

// The text of a PDF as pdftotext reads it; empty when pdftotext (poppler-utils) is not installed.
inline std::string pdfText(const std::filesystem::path& pdf) {
  const std::string pdftotext = NAGL_PDFTOTEXT;
  if (pdftotext.empty() || pdftotext.find("NOTFOUND") != std::string::npos) return {};
  const std::filesystem::path text = pdf.string() + ".txt";
  const std::string command = "'" + pdftotext + "' '" + pdf.string() + "' '" + text.string() + "'";
  return std::system(command.c_str()) == 0 ? readBytes(text) : std::string();
}

inline double iou(const Image8& a, const Image8& b) {
  std::size_t both = 0, either = 0;
  for (std::size_t i = 0; i < a.pixels.size(); ++i) {
    both += a.pixels[i] && b.pixels[i];
    either += a.pixels[i] || b.pixels[i];
  }
  return either ? static_cast<double>(both) / either : 1.0;
}

}  // namespace nagl::test
