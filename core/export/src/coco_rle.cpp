#include "nagl/export/coco_rle.h"

#include <string>

#include "nagl/export/binary_mask.h"
#include "nagl/export/export_error.h"

namespace nagl::exporting {
namespace {

// Appends runs of a 0/1 sequence; counts[even] are background runs.
class RunBuilder {
 public:
  explicit RunBuilder(std::vector<std::uint32_t>& counts) : counts_(counts) { counts_.assign(1, 0); }
  void add(bool foreground, std::uint32_t n) {
    if (n == 0) return;
    if (foreground != current_) {
      counts_.push_back(0);
      current_ = foreground;
    }
    counts_.back() += n;
  }

 private:
  std::vector<std::uint32_t>& counts_;
  bool current_ = false;
};

}  // namespace

CocoRle encodeRle(const Image8& mask) {
  CocoRle rle{mask.width, mask.height, {}};
  RunBuilder runs(rle.counts);
  for (int x = 0; x < mask.width; ++x)
    for (int y = 0; y < mask.height; ++y) runs.add(mask.at(x, y) != 0, 1);
  return rle;
}

CocoRle encodeRleOfLabel(const std::vector<int>& labels, int width, int height, int label, int x0, int y0, int w,
                         int h) {
  CocoRle rle{width, height, {}};
  RunBuilder runs(rle.counts);
  const auto H = static_cast<std::uint32_t>(height);
  for (int x = 0; x < width; ++x) {
    if (x < x0 || x >= x0 + w) {
      runs.add(false, H);
      continue;
    }
    runs.add(false, static_cast<std::uint32_t>(y0));
    for (int y = y0; y < y0 + h; ++y) runs.add(labels[static_cast<std::size_t>(y) * width + x] == label, 1);
    runs.add(false, static_cast<std::uint32_t>(height - y0 - h));
  }
  return rle;
}

Image8 decodeRle(const CocoRle& rle, const std::string& context) {
  if (rle.width < 0 || rle.height < 0) throw ExportError(context + ": negative RLE size");
  Image8 mask(rle.width, rle.height, 1);
  const std::uint64_t total = static_cast<std::uint64_t>(rle.width) * static_cast<std::uint64_t>(rle.height);
  std::uint64_t position = 0;
  for (std::size_t i = 0; i < rle.counts.size(); ++i) {
    const std::uint64_t n = rle.counts[i];
    if (position + n > total)
      throw ExportError(context + ": RLE counts cover more than " + std::to_string(rle.width) + "x" +
                        std::to_string(rle.height) + " pixels");
    if (i % 2 == 1)
      for (std::uint64_t p = position; p < position + n; ++p) {
        const auto x = static_cast<int>(p / static_cast<std::uint64_t>(rle.height));
        const auto y = static_cast<int>(p % static_cast<std::uint64_t>(rle.height));
        mask.pixels[static_cast<std::size_t>(y) * rle.width + x] = kDefect;
      }
    position += n;
  }
  if (position != total)
    throw ExportError(context + ": RLE counts sum to " + std::to_string(position) + ", expected " +
                      std::to_string(total) + " (" + std::to_string(rle.width) + "x" + std::to_string(rle.height) +
                      ")");
  return mask;
}

std::uint64_t rleArea(const CocoRle& rle) {
  std::uint64_t area = 0;
  for (std::size_t i = 1; i < rle.counts.size(); i += 2) area += rle.counts[i];
  return area;
}

}  // namespace nagl::exporting
