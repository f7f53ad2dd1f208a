// nagl-tile-bench: throughput and memory of a tiled lot (issue 16, item 6).
// Makes 3072 x 3072 mosaics of real MVTec AD grid images (3 x 3 of the
// 1024 px train/good images, each mosaic in another arrangement) in a
// scratch folder, links them N times under distinct names (what an image
// leaves in memory does not depend on its content), and scores the lot with
// the golden tiny model (image size 112) against one more mosaic as the
// normal reference, once per --tile setting. The result callback keeps what
// `nagl infer` keeps per image (the path and the score). Prints tiles/s,
// images/s, the peak RSS of the lot (VmHWM), and after n images the RSS
// and the heap in use (glibc's count of live allocations: the model library
// keeps freed heap up to 1 GiB resident, tuneAllocatorForInference, so RSS
// alone cannot tell a leak from memory kept for reuse; the RSS after
// malloc_trim(0) at the end tells what was kept).
//   nagl-tile-bench [--dir DIR] [--images 1000] [--distinct 4] [--tile 384 --tile auto] [--batch-size 4]
//                   [--threads 0] [--keep]
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench_main.h"
#include "nagl/engine/query_engine.h"
#include "nagl/export/png_files.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/tiling/tile_plan.h"
#include "process_memory.h"

namespace nagl::bench {
namespace {
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kImageSide = 3072, kPieceSide = 1024, kModelSize = 112;

struct TileBenchOptions {
  std::string dir = (fs::temp_directory_path() / "nagl-tile-bench").string();
  int images = 1000, distinct = 4, batchSize = 4, threads = 0;
  std::vector<std::string> tiles{"384", "auto"};
  bool keep = false;
};

long heapInUseKiB() {
  const struct mallinfo2 m = mallinfo2();
  return static_cast<long>((m.uordblks + m.hblkhd) / 1024);
}
double mib(long kib) { return static_cast<double>(kib) / 1024.0; }

// Mosaic `k`: piece (r, c) is grid image (k + 3r + c) mod the piece count.
void writeMosaic(const std::vector<Image8>& pieces, int k, const fs::path& path) {
  Image8 out(kImageSide, kImageSide, 3);
  for (int r = 0; r < 3; ++r)
    for (int c = 0; c < 3; ++c) {
      const Image8& p = pieces[static_cast<std::size_t>(k + 3 * r + c) % pieces.size()];
      for (int y = 0; y < kPieceSide; ++y)
        std::copy_n(
            p.pixels.begin() + static_cast<std::ptrdiff_t>(y) * kPieceSide * 3, kPieceSide * 3,
            out.pixels.begin() + (static_cast<std::ptrdiff_t>(r * kPieceSide + y) * kImageSide + c * kPieceSide) * 3);
    }
  exporting::writePng(path.string(), out);
}

tiling::TilingOptions tilingOf(const std::string& tile) {
  tiling::TilingOptions t;
  if (tile == "auto")
    t.autoSide = true;
  else
    t.side = std::stoi(tile);
  return t;
}

// The RSS after these many images: 1, 10, 100, ... and the lot's last.
std::vector<std::size_t> checkpoints(std::size_t images) {
  std::vector<std::size_t> out;
  for (std::size_t n = 1; n < images; n *= 10) out.push_back(n);
  out.push_back(images);
  return out;
}

void runLot(const TileBenchOptions& o, const std::string& tile, const fs::path& reference,
            const std::vector<std::string>& lot) {
  engine::EngineOptions eo;
  eo.model.backbonePath = std::string(NAGL_SHARED_DIR) + "/golden/tiny/dinov2_tiny.pth";
  eo.model.headPath = std::string(NAGL_SHARED_DIR) + "/golden/tiny/nagl_head_tiny.pth";
  eo.model.imageSize = kModelSize;
  eo.model.device = model::DeviceChoice::Cpu;
  eo.threads = o.threads;
  eo.batchSize = o.batchSize;
  eo.reproducibleBatches = true;  // as nagl infer
  eo.tiling = tilingOf(tile);
  const tiling::ResolvedTiling resolved = tiling::resolveTiling(eo.tiling, kModelSize / 14);
  const int tilesPerImage = tiling::planTiles(kImageSide, kImageSide, resolved.side, resolved.overlap).count();

  engine::QueryEngine engine(eo);
  engine::ReferenceSet references;
  references.normals = {reference.string()};
  const auto setStart = Clock::now();
  const model::ScoringMode mode = engine.setReferences(references).get();
  std::printf("--tile %s: %d px tiles, overlap %d px, %d tiles per image, batch %d, %s; references in %.1f s\n",
              tile.c_str(), resolved.side, resolved.overlap, tilesPerImage, o.batchSize, toString(mode),
              std::chrono::duration<double>(Clock::now() - setStart).count());

  struct Row {
    std::string path;
    double score;
  };
  std::vector<Row> rows;  // what nagl infer keeps per image
  rows.reserve(lot.size());
  const std::vector<std::size_t> marks = checkpoints(lot.size());
  std::vector<long> rssAt, heapAt;
  std::size_t failed = 0;
  std::mutex mutex;
  resetPeak();
  const long rssBefore = statusKiB("VmRSS"), heapBefore = heapInUseKiB();
  const auto start = Clock::now();
  engine.startLot(lot,
                  [&](const QueryResult& r) {
                    std::lock_guard lock(mutex);
                    rows.push_back({r.path, r.score});
                    failed += r.scored() ? 0 : 1;
                    if (rssAt.size() < marks.size() && rows.size() == marks[rssAt.size()]) {
                      rssAt.push_back(statusKiB("VmRSS"));
                      heapAt.push_back(heapInUseKiB());
                    }
                  },
                  {});
  engine.waitForLot();
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  const long peak = statusKiB("VmHWM");
  const double images = static_cast<double>(rows.size());
  std::printf("  %zu images (%zu failed) in %.1f s: %.1f tiles/s, %.3f images/s\n", rows.size(), failed, seconds,
              images * tilesPerImage / seconds, images / seconds);
  std::printf("  RSS before the lot %.1f MiB (heap in use %.1f MiB), peak during it (VmHWM) %.1f MiB\n", mib(rssBefore),
              mib(heapBefore), mib(peak));
  for (std::size_t i = 0; i < rssAt.size(); ++i)
    std::printf("  after %zu images: RSS %.1f MiB, heap in use %.1f MiB\n", marks[i], mib(rssAt[i]), mib(heapAt[i]));
  malloc_trim(0);  // what of the RSS was free heap kept for reuse
  std::printf("  after the lot and malloc_trim(0): RSS %.1f MiB, heap in use %.1f MiB\n", mib(statusKiB("VmRSS")),
              mib(heapInUseKiB()));
  if (rssAt.size() >= 2) {
    // From the second mark on: the first holds the warm-up (allocator, first contexts).
    const std::size_t from = marks.size() > 2 ? 1 : 0;
    const std::size_t last = rssAt.size() - 1;
    const auto perImage = [&](const std::vector<long>& kib) {
      return static_cast<double>(kib[last] - kib[from]) * 1024.0 / static_cast<double>(marks[last] - marks[from]);
    };
    std::printf("  growth from %zu to %zu images: RSS %.0f bytes per image, heap in use %.0f bytes per image\n",
                marks[from], marks[last], perImage(rssAt), perImage(heapAt));
  }
}

int run(const TileBenchOptions& o) {
  const fs::path root = o.dir;
  fs::remove_all(root);
  fs::create_directories(root / "lot");
  const fs::path grid = fs::path(NAGL_SHARED_DIR) / "real-samples/mvtec_ad/grid/train/good";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(grid)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<Image8> pieces;
  for (const fs::path& f : files) {
    Image8 piece = imaging::decodeQueryImage(f.string());
    if (piece.width == kPieceSide && piece.height == kPieceSide) pieces.push_back(std::move(piece));
  }
  if (pieces.empty()) throw std::runtime_error(grid.string() + ": no 1024 x 1024 images");
  writeMosaic(pieces, 0, root / "reference.png");
  for (int k = 0; k < o.distinct; ++k) writeMosaic(pieces, k + 1, root / ("mosaic_" + std::to_string(k) + ".png"));
  std::vector<std::string> lot;
  for (int i = 0; i < o.images; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "%05d.png", i);
    fs::create_symlink(root / ("mosaic_" + std::to_string(i % o.distinct) + ".png"), root / "lot" / name);
    lot.push_back((root / "lot" / name).string());
  }
  std::printf("lot: %d links to %d distinct %d x %d mosaics of %zu MVTec AD grid images in %s\n", o.images, o.distinct,
              kImageSide, kImageSide, pieces.size(), root.c_str());
  for (const std::string& tile : o.tiles) runLot(o, tile, root / "reference.png", lot);
  if (!o.keep) fs::remove_all(root);
  return 0;
}

}  // namespace
}  // namespace nagl::bench

int main(int argc, char** argv) {
  CLI::App app("Throughput and resident memory of a lot of tiled 3072 x 3072 images.", "nagl-tile-bench");
  nagl::bench::TileBenchOptions o;
  app.add_option("--dir", o.dir, "scratch folder (removed first, and afterwards unless --keep)");
  app.add_option("--images", o.images, "images in the lot (default 1000)")->check(CLI::PositiveNumber);
  app.add_option("--distinct", o.distinct, "distinct mosaics the lot links to (default 4)")->check(CLI::PositiveNumber);
  app.add_option("--tile", o.tiles, "tile side in px or auto, one lot each (default: 384 and auto)");
  app.add_option("--batch-size", o.batchSize, "tiles per device pass (default 4, as nagl infer)")
      ->check(CLI::PositiveNumber);
  app.add_option("--threads", o.threads, "CPU threads (default 0: all cores)");
  app.add_flag("--keep", o.keep, "keep the scratch folder");
  return nagl::bench::benchMain(app, argc, argv, [&] { return nagl::bench::run(o); });
}
