// The high-resolution acceptance check of issue 16, built from real images:
// a 2048 x 2048 mosaic of MVTec AD grid photographs, the normal reference
// the same part "photographed again" (shifted 1-2 px, sensor noise), small
// real defects (48 px, cut out of MVTec test images with their masks)
// pasted into queries. Run exactly as the held-out check runs it:
//   nagl infer --backbone B --head H --image-size 112 --tile 384 --normal REF --out DIR QUERY...
// (and with a tiled defective reference). The tiled run must find every
// defect; the untiled run, which sees each 48 px defect as under 3 px, must not.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <random>
#include <sstream>

#include "../support/cli_args.h"
#include "../support/cli_runner.h"
#include "../support/high_resolution_scene.h"
#include "../support/scratch_files.h"
#include "nagl/imaging/float_tiff.h"

namespace nagl::test {
namespace {

namespace fs = std::filesystem;

constexpr int kTilesPerSide = 2;  // 2 x 2 grid photographs of 1024 px
constexpr int kSide = 1024 * kTilesPerSide;
constexpr int kDefectSide = 48;

std::string shared(const std::string& path) { return std::string(NAGL_SHARED_DIR) + "/" + path; }

struct Defect {
  std::string kind;  // MVTec defect folder
  cv::Point at;      // top-left corner in the mosaic
};

cv::Mat pasteDefect(cv::Mat& image, const Defect& d) { return pasteGridDefect(image, d.kind, d.at, kDefectSide); }

struct Query {
  std::string path;
  cv::Mat mask;  // empty: the normal image
};

struct Scene {
  fs::path dir;
  std::string reference, abnormal, abnormalMask;
  std::vector<Query> queries;
};

Scene buildScene() {
  Scene s;
  s.dir = scratchDir("high_resolution");
  const cv::Mat part = gridMosaic(kTilesPerSide);
  s.reference = (s.dir / "reference.png").string();
  cv::imwrite(s.reference, rephotographed(part, 1, 2, 1));
  const cv::Mat normal = rephotographed(part, 0, 0, 2);
  s.queries.push_back({(s.dir / "normal.png").string(), {}});
  cv::imwrite(s.queries[0].path, normal);
  // Positions away from and across tile borders (tiles at 0, 277, 555, ...).
  for (const Defect& d :
       {Defect{"broken", {420, 1300}}, Defect{"glue", {1500, 530}}, Defect{"metal_contamination", {1111, 1800}}}) {
    cv::Mat image = normal.clone();
    Query q{(s.dir / (d.kind + ".png")).string(), pasteDefect(image, d)};
    cv::imwrite(q.path, image);
    s.queries.push_back(q);
  }
  // A defective reference of the same part, its defect (another kind) in one tile.
  cv::Mat abnormal = rephotographed(part, 2, 1, 3);
  const cv::Mat abnormalMask = pasteDefect(abnormal, {"thread", {900, 900}});
  s.abnormal = (s.dir / "abnormal.png").string();
  s.abnormalMask = (s.dir / "abnormal_mask.png").string();
  cv::imwrite(s.abnormal, abnormal);
  cv::imwrite(s.abnormalMask, abnormalMask);
  return s;
}

// Pixel AUROC (ties count half), exact: the defect pixels are few, so each
// clear pixel's rank among them is a binary search -- a second instead of
// the full metrics pass (AU-PRO too) over 17 million pixels.
class PixelAuroc {
 public:
  void add(const FloatImage& map, const cv::Mat& mask) {
    for (std::size_t i = 0; i < map.data.size(); ++i) (mask.data[i] ? defect_ : clear_).push_back(map.data[i]);
  }
  double compute() {
    std::sort(defect_.begin(), defect_.end());
    double wins = 0.0;
    for (float v : clear_) {
      const auto [low, high] = std::equal_range(defect_.begin(), defect_.end(), v);
      wins += static_cast<double>(defect_.end() - high) + 0.5 * static_cast<double>(high - low);
    }
    return wins / (static_cast<double>(defect_.size()) * static_cast<double>(clear_.size()));
  }

 private:
  std::vector<float> defect_, clear_;
};

struct Findings {
  int located = 0;          // defects whose map maximum is within 25 px
  int aboveNormal = 0;      // defective images scoring above the normal image
  double pixelAuroc = 0.0;  // over all queries
};

Findings judge(const Scene& s, const fs::path& out, const std::string& label) {
  Findings f;
  const auto scores = readScoresCsv(out / "scores.csv");
  EXPECT_EQ(scores.size(), s.queries.size()) << label;
  const double normalScore = scores.at(s.queries[0].path);
  PixelAuroc pixels;
  for (const Query& q : s.queries) {
    const std::string stem = fs::path(q.path).stem().string();
    const FloatImage map = imaging::readFloatTiff((out / "maps" / (stem + ".tiff")).string());
    EXPECT_EQ(map.width, kSide) << label << ": maps/ keep the full resolution";
    EXPECT_EQ(map.height, kSide) << label;
    const cv::Mat mask = q.mask.empty() ? cv::Mat::zeros(kSide, kSide, CV_8UC1) : q.mask;
    pixels.add(map, mask);
    if (q.mask.empty()) continue;
    const auto peak = std::max_element(map.data.begin(), map.data.end()) - map.data.begin();
    const cv::Point at(static_cast<int>(peak % map.width), static_cast<int>(peak / map.width));
    const double distance = distanceToDefect(q.mask, at);
    const double score = scores.at(q.path);
    std::printf("%s %s: score %.4f (normal %.4f), map maximum at (%d, %d), %.0f px from the defect\n", label.c_str(),
                stem.c_str(), score, normalScore, at.x, at.y, distance);
    f.located += distance <= 25.0;
    f.aboveNormal += score > normalScore;
  }
  f.pixelAuroc = pixels.compute();
  std::printf("%s: pixel AUROC %.4f\n", label.c_str(), f.pixelAuroc);
  return f;
}

long peakChildRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss / 1024;  // kilobytes on Linux
}

std::vector<std::string> inferArguments(const Scene& s, const fs::path& out, bool tiled, bool withAbnormal) {
  std::vector<std::string> args = {"infer"};
  append(args, tinyModelFlags(true, 2));
  if (tiled) args.insert(args.end(), {"--tile", "384"});
  args.insert(args.end(), {"--normal", s.reference});
  if (withAbnormal) args.insert(args.end(), {"--abnormal", s.abnormal, "--abnormal-mask", s.abnormalMask});
  args.insert(args.end(), {"--out", out.string()});
  for (const Query& q : s.queries) args.push_back(q.path);
  return args;
}

TEST(HighResolutionInference, TiledRunsFindSmallDefectsTheUntiledRunMisses) {
  const Scene scene = buildScene();
  const fs::path tiledOut = scene.dir / "tiled";
  const CliResult tiledRun = runCli(inferArguments(scene, tiledOut, true, false));
  ASSERT_EQ(tiledRun.exitCode, 0) << tiledRun.output;
  const Findings tiled = judge(scene, tiledOut, "tiled");
  EXPECT_EQ(tiled.located, 3) << "every map maximum within 25 px of its defect";
  EXPECT_EQ(tiled.aboveNormal, 3) << "every defective image above the normal one";
  EXPECT_GE(tiled.pixelAuroc, 0.9);
  // The stitched grid: 2048 * 8 / 384 = 42.7 -> 43 cells a side.
  const FloatImage patch = imaging::readFloatTiff((tiledOut / "patch" / "normal.tiff").string());
  EXPECT_EQ(patch.width, 43);
  EXPECT_EQ(patch.height, 43);

  const fs::path untiledOut = scene.dir / "untiled";
  const CliResult untiledRun = runCli(inferArguments(scene, untiledOut, false, false));
  ASSERT_EQ(untiledRun.exitCode, 0) << untiledRun.output;
  const Findings untiled = judge(scene, untiledOut, "untiled");
  EXPECT_EQ(untiled.located, 0) << "the untiled run should not find 48 px defects on a 2048 px image";
  EXPECT_LT(untiled.pixelAuroc, 0.9);

  // With a tiled defective reference (its defect in a few of its tiles).
  // Known gap, measured and printed, not asserted: with the golden tiny
  // head (random weights, not trained) the abnormal branch's similarity
  // s_a peaks at the same place in every query, normal or not, and outweighs
  // the normal-guided signal there; the pixel AUROC stays high.
  const fs::path abnormalOut = scene.dir / "tiled+abnormal";
  const CliResult abnormalRun = runCli(inferArguments(scene, abnormalOut, true, true));
  ASSERT_EQ(abnormalRun.exitCode, 0) << abnormalRun.output;
  EXPECT_NE(abnormalRun.output.find("mode: normal+abnormal"), std::string::npos) << abnormalRun.output;
  const Findings withAbnormal = judge(scene, abnormalOut, "tiled+abnormal");
  EXPECT_GE(withAbnormal.pixelAuroc, 0.9);

  const long rss = peakChildRssMiB();
  std::printf("peak RSS of a run: %ld MiB\n", rss);
  EXPECT_LE(rss, 3 * 1024);
}

TEST(HighResolutionInference, AlignedMatchingIsStricterAboutContentInTheWrongPlace) {
  // A fixtured part (MVTec 3D tire, 600 x 800, 200 px tiles): a block of
  // tread copied into the empty top-left corner. Aligned matching compares
  // that corner with the reference's corner tiles only; pooled matching
  // finds tread among all the reference's tiles and flags only the block's
  // edges against the background (measured: 0.205 against 0.164).
  const fs::path dir = scratchDir("tiling_matching");
  const cv::Mat part = cv::imread(shared("real-samples/mvtec_3d_ad/tire/train/good/000.png"), cv::IMREAD_COLOR);
  ASSERT_FALSE(part.empty());
  cv::Mat reference, query = part.clone();
  const cv::Mat shift = (cv::Mat_<double>(2, 3) << 1, 0, 1, 0, 1, 2);
  cv::warpAffine(part, reference, shift, part.size(), cv::INTER_NEAREST, cv::BORDER_REPLICATE);
  part(cv::Rect(300, 300, 120, 120)).copyTo(query(cv::Rect(20, 20, 120, 120)));
  cv::imwrite((dir / "reference.png").string(), reference);
  cv::imwrite((dir / "query.png").string(), query);
  std::map<std::string, double> score;
  for (const std::string mode : {"aligned", "pooled"}) {
    const CliResult r =
        runCli({"infer", "--backbone", shared("golden/tiny/dinov2_tiny.pth"), "--image-size", "112", "--tile", "200",
                "--tile-references", mode, "--normal", (dir / "reference.png").string(), "--out", (dir / mode).string(),
                (dir / "query.png").string()});
    ASSERT_EQ(r.exitCode, 0) << r.output;
    score[mode] = readScoresCsv(dir / mode / "scores.csv").begin()->second;
    const FloatImage map = imaging::readFloatTiff((dir / mode / "maps" / "query.tiff").string());
    const auto peak = std::max_element(map.data.begin(), map.data.end()) - map.data.begin();
    std::printf("%s: score %.4f, map maximum at (%ld, %ld)\n", mode.c_str(), score[mode], peak % map.width,
                peak / map.width);
    EXPECT_LT(peak % map.width, 160) << mode << ": the map maximum lies on the misplaced block";
    EXPECT_LT(peak / map.width, 160) << mode;
  }
  EXPECT_GT(score["aligned"], 1.15 * score["pooled"]);
}

TEST(HighResolutionInference, TilingOptionsAreCheckedAsUsage) {
  const std::string b = shared("golden/tiny/dinov2_tiny.pth"), h = shared("golden/tiny/nagl_head_tiny.pth");
  const std::string n = shared("golden/tiny/images/normal_0.png"), out = scratchDir("tiling_usage").string();
  for (const auto& [extra, says] : std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"--tile-overlap", "10"}, "need --tile"},
           {{"--tile", "10"}, ">= 14"},
           {{"--tile", "384", "--tile-overlap", "384"}, "smaller than the tile side"},
           {{"--tile", "384", "--tile-references", "sideways"}, "aligned, pooled or auto"},
           {{"--tile", "384", "--min-defect-px", "16"}, "--tile auto"}}) {
    std::vector<std::string> args = {"infer", "--backbone", b, "--head", h, "--normal", n, "--out", out};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(n);
    const CliResult r = runCli(args);
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find(says), std::string::npos) << r.output;
  }
}

}  // namespace
}  // namespace nagl::test
