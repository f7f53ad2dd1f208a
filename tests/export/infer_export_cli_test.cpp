// `nagl infer --threshold T --export <all formats>` on the golden tiny case:
// every format's files exist, parse and agree with the anomaly maps; a bad
// query is marked and the rest goes on; usage errors exit 2.
#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>
#include <sstream>

#include "../support/cli_args.h"
#include "../support/cli_runner.h"
#include "export_test_support.h"
#include "nagl/export/coco_import.h"
#include "nagl/export/json_reader.h"
#include "nagl/export/labelme.h"

namespace nagl::exporting {
namespace {

const std::string kGolden = std::string(NAGL_SHARED_DIR) + "/golden/tiny";
constexpr float kThreshold = 0.35f;  // golden scores: query_0 0.3915 (fails), query_1 0.3055 (passes)

using test::append;
using test::CliResult;
using test::runCli;

std::vector<std::string> inferArgs(const std::string& out) {
  std::vector<std::string> args = {"infer"};
  append(args, test::tinyModelFlags(true, 2));
  return append(args, {"--normal", kGolden + "/images/normal_0.png", "--abnormal", kGolden + "/images/abnormal_0.png",
                       "--abnormal-mask", kGolden + "/images/abnormal_0_mask.png", "--out", out});
}

cv::Mat readMask(const std::filesystem::path& p) {
  const cv::Mat m = cv::imread(p.string(), cv::IMREAD_UNCHANGED);
  EXPECT_FALSE(m.empty()) << p;
  return m;
}

Image8 toImage8(const cv::Mat& m) {
  Image8 image(m.cols, m.rows, 1);
  for (int y = 0; y < m.rows; ++y)
    for (int x = 0; x < m.cols; ++x) image.pixels[static_cast<std::size_t>(y) * m.cols + x] = m.at<std::uint8_t>(y, x);
  return image;
}

TEST(InferExportCli, ExportWithoutThresholdOrWithAnUnknownFormatIsAUsageError) {
  const auto out = test::scratchDir("infer_export_usage");
  auto args = inferArgs(out.string());
  args.insert(args.end(), {"--export", "png", kGolden + "/images/query_0.png"});
  CliResult r = runCli(args);
  EXPECT_EQ(r.exitCode, 2) << r.output;
  EXPECT_NE(r.output.find("--threshold"), std::string::npos) << r.output;

  args = inferArgs(out.string());
  args.insert(args.end(), {"--threshold", "0.5", "--export", "png,jpeg-masks", kGolden + "/images/query_0.png"});
  r = runCli(args);
  EXPECT_EQ(r.exitCode, 2) << r.output;
  EXPECT_NE(r.output.find("'jpeg-masks'"), std::string::npos) << r.output;
  EXPECT_FALSE(std::filesystem::exists(out / "scores.csv"));

  r = runCli({"infer", "--help"});
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_NE(r.output.find("coco-polygon"), std::string::npos);
  EXPECT_NE(r.output.find("--threshold"), std::string::npos);
}

TEST(InferExportCli, MinDefectAreaMakesTheReportsReviewASmallDefectAndGivesItsArea) {
  if (!std::filesystem::exists(kGolden + "/dinov2_tiny.pth")) GTEST_SKIP() << "no golden data at " << kGolden;
  const auto out = test::scratchDir("infer_export_min_area");
  auto args = inferArgs(out.string());
  append(args, {"--min-defect-area", "5", kGolden + "/images/query_0.png"});
  CliResult r = runCli(args);  // no threshold to measure regions at
  EXPECT_EQ(r.exitCode, 2) << r.output;
  EXPECT_NE(r.output.find("--min-defect-area needs --threshold"), std::string::npos) << r.output;

  args = inferArgs(out.string());  // larger than the whole 160 x 120 image: never fails
  append(args, {"--threshold", "0.35", "--min-defect-area", "100000", "--export", "report-csv,report-json",
                kGolden + "/images/query_0.png"});
  r = runCli(args);
  ASSERT_EQ(r.exitCode, 0) << r.output;
  const std::string csv = test::readText(out / "export/report-csv/report.csv");
  EXPECT_NE(csv.find(",score_changed_since_override,largest_region_area,min_defect_area,threshold_source,recipe\n"),
            std::string::npos);
  EXPECT_NE(csv.find("query_0.png,0.39"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",review,,review,"), std::string::npos) << csv;  // 0.3915 >= 0.35, but no region that large
  const JsonValue report = readJsonFile((out / "export/report-json/report.json").string());
  EXPECT_EQ(report.find("min_defect_area")->number, 100000);
  const JsonValue& image = report.find("images")->items.at(0);
  EXPECT_EQ(image.find("verdict")->text, "review");
  const double area = image.find("largest_region_area")->number;
  EXPECT_GE(area, 0);
  EXPECT_LE(area, 160 * 120);
  EXPECT_NE(csv.find("," + std::to_string(static_cast<long>(area)) + ",100000,command line (--threshold),\n"),
            std::string::npos)
      << csv;
  EXPECT_EQ(report.find("thresholds")->find("source")->text, "command line (--threshold)");
}

TEST(InferExportCli, TheReportsSayWhereTheThresholdsCameFrom) {
  if (!std::filesystem::exists(kGolden + "/dinov2_tiny.pth")) GTEST_SKIP() << "no golden data at " << kGolden;
  const auto out = test::scratchDir("infer_export_threshold_source");
  auto args = inferArgs(out.string());
  append(args, {"--review", "0.3", "--fail", "0.35", "--export", "report-csv,report-json,report-pdf",
                kGolden + "/images/query_0.png"});
  const CliResult r = runCli(args);
  ASSERT_EQ(r.exitCode, 0) << r.output;
  const JsonValue thresholds = *readJsonFile((out / "export/report-json/report.json").string()).find("thresholds");
  EXPECT_EQ(thresholds.find("source")->text, "command line (--review/--fail)");
  EXPECT_EQ(static_cast<float>(thresholds.find("review")->number), 0.3f);
  const std::string csv = test::readText(out / "export/report-csv/report.csv");
  EXPECT_NE(csv.find(",command line (--review/--fail),\n"), std::string::npos) << csv;
  const std::string text = test::pdfText(out / "export/report-pdf/report.pdf");
  if (!text.empty()) {
    EXPECT_NE(text.find("Thresholds from: command line (--review/--fail)"), std::string::npos) << text;
  }
}

// A tiled run's reports state the tiling and the tiled image score rule (the
// model's "tiling" and "image_score_rule"); an untiled run's leave them empty.
TEST(InferExportCli, TiledRunsStateTheTilingAndTheImageScoreRuleInEveryReport) {
  if (!std::filesystem::exists(kGolden + "/dinov2_tiny.pth")) GTEST_SKIP() << "no golden data at " << kGolden;
  const std::string rule = "image score = maximum over tiles of each tile's mean of its top 1 % patch scores";
  const auto dir = test::scratchDir("infer_export_tiling");
  for (const bool tiled : {false, true}) {
    SCOPED_TRACE(tiled ? "tiled" : "untiled");
    const auto out = dir / (tiled ? "tiled" : "untiled");
    auto args = inferArgs(out.string());
    if (tiled) append(args, {"--tile", "64"});  // 160 x 120: 3 x 2 tiles
    append(args,
           {"--threshold", "0.35", "--export", "report-csv,report-json,report-pdf", kGolden + "/images/query_0.png"});
    const CliResult r = runCli(args);
    ASSERT_EQ(r.exitCode, 0) << r.output;
    const JsonValue model = *readJsonFile((out / "export/report-json/report.json").string()).find("model");
    const std::string csv = test::readText(out / "export/report-csv/report.csv");
    EXPECT_NE(csv.find(",model,backbone,head,tiling,image_score_rule,references,"), std::string::npos) << csv;
    const std::string text = test::pdfText(out / "export/report-pdf/report.pdf");
    if (!tiled) {
      EXPECT_TRUE(model.find("tiling")->isNull());
      EXPECT_TRUE(model.find("image_score_rule")->isNull());
      EXPECT_NE(csv.find(test::tinyHead() + ",,," + kGolden + "/images/normal_0.png;"), std::string::npos) << csv;
      EXPECT_EQ(text.find("Tiling"), std::string::npos) << text;
      continue;
    }
    EXPECT_EQ(model.find("tiling")->text, "64 px, overlap 16 px, references auto");
    EXPECT_EQ(model.find("image_score_rule")->text, rule);
    EXPECT_NE(csv.find(test::tinyHead() + ",\"64 px, overlap 16 px, references auto\"," + rule + ","),
              std::string::npos)
        << csv;
    if (!text.empty()) {
      EXPECT_NE(text.find("Tiling: 64 px, overlap 16 px, references auto"), std::string::npos) << text;
      EXPECT_NE(text.find("maximum over tiles"), std::string::npos) << text;
    }
  }
}

// `nagl merge` makes the reports of tiled shards again from their run.json:
// they state the tiling as one run would.
TEST(InferExportCli, MergedTiledShardsStateTheirTilingInTheReport) {
  if (!std::filesystem::exists(kGolden + "/dinov2_tiny.pth")) GTEST_SKIP() << "no golden data at " << kGolden;
  const auto dir = test::scratchDir("infer_export_tiling_merge");
  for (const char* shard : {"1/2", "2/2"}) {
    auto args = inferArgs((dir / (std::string("shard") + shard[0])).string());
    append(args, {"--tile", "64", "--shard", shard, "--threshold", "0.35", "--export", "report-json",
                  kGolden + "/images/query_0.png", kGolden + "/images/query_1.png"});
    const CliResult r = runCli(args);
    ASSERT_EQ(r.exitCode, 0) << r.output;
  }
  const CliResult merged =
      runCli({"merge", "--out", (dir / "merged").string(), (dir / "shard1").string(), (dir / "shard2").string()});
  ASSERT_EQ(merged.exitCode, 0) << merged.output;
  const JsonValue report = readJsonFile((dir / "merged/export/report-json/report.json").string());
  EXPECT_EQ(report.find("images")->items.size(), 2u);
  EXPECT_EQ(report.find("model")->find("tiling")->text, "64 px, overlap 16 px, references auto");
  EXPECT_EQ(report.find("model")->find("image_score_rule")->text,
            "image score = maximum over tiles of each tile's mean of its top 1 % patch scores");
}

TEST(InferExportCli, UnwritableExportFolderFailsNamingIt) {
  if (!std::filesystem::exists(kGolden + "/dinov2_tiny.pth")) GTEST_SKIP() << "no golden data at " << kGolden;
  const auto out = test::scratchDir("infer_export_unwritable");
  test::writeText(out / "export", "a file where the export folder goes");
  auto args = inferArgs(out.string());
  args.insert(args.end(), {"--threshold", "0.35", "--export", "png", kGolden + "/images/query_0.png"});
  const CliResult r = runCli(args);
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_NE(r.output.find("export/png"), std::string::npos) << r.output;
  EXPECT_EQ(test::readText(out / "export"), "a file where the export folder goes");
}

TEST(InferExportCli, AllFormatsOnTheGoldenCase) {
  if (!std::filesystem::exists(kGolden + "/dinov2_tiny.pth")) GTEST_SKIP() << "no golden data at " << kGolden;
  const auto root = test::scratchDir("infer_export_all");
  // A small MVTec-style layout, so the defect type comes from the folder.
  std::filesystem::create_directories(root / "data/part/test/blob");
  std::filesystem::create_directories(root / "data/part/test/good");
  std::filesystem::copy_file(kGolden + "/images/query_0.png", root / "data/part/test/blob/query_0.png");
  std::filesystem::copy_file(kGolden + "/images/query_1.png", root / "data/part/test/good/query_1.png");
  test::writeText(root / "data/part/test/blob/broken.png", "not a png");
  const auto out = root / "out";
  auto args = inferArgs(out.string());
  args.insert(args.end(), {"--threshold", "0.35", "--export",
                           "mvtec,png,coco-rle,coco-polygon,labelme,overlay,report-csv,report-json,report-pdf",
                           (root / "data").string()});
  const CliResult r = runCli(args);
  ASSERT_EQ(r.exitCode, 3) << r.output;  // the broken query failed, the rest was written
  EXPECT_NE(r.output.find("broken.png"), std::string::npos) << r.output;
  EXPECT_TRUE(std::filesystem::exists(out / "scores.csv"));
  const auto ex = out / "export";
  const std::string q0 = (root / "data/part/test/blob/query_0.png").string();
  const std::string q1 = (root / "data/part/test/good/query_1.png").string();

  // Masks: the full-resolution map thresholded at T, in both PNG layouts.
  // Every per-image output keeps the query's folder below the lot (blob/, good/).
  const cv::Mat map = cv::imread((out / "maps/blob/query_0.tiff").string(), cv::IMREAD_UNCHANGED);
  ASSERT_EQ(map.type(), CV_32FC1);
  const cv::Mat expected = map >= kThreshold;
  const cv::Mat mvtec0 = readMask(ex / "mvtec/ground_truth/blob/query_0_mask.png");
  const cv::Mat png0 = readMask(ex / "png/blob/query_0.png");
  ASSERT_EQ(mvtec0.type(), CV_8UC1);
  ASSERT_EQ(mvtec0.size(), cv::Size(160, 120));
  EXPECT_EQ(cv::countNonZero(mvtec0 != expected), 0);
  EXPECT_EQ(cv::countNonZero(png0 != expected), 0);
  EXPECT_GT(cv::countNonZero(png0), 0) << "T should mark part of query_0";
  EXPECT_EQ(cv::countNonZero((png0 != 0) & (png0 != 255)), 0);
  EXPECT_FALSE(std::filesystem::exists(ex / "mvtec/ground_truth/good")) << "MVTec AD has no masks for good images";
  EXPECT_TRUE(std::filesystem::exists(ex / "png/good/query_1.png"));
  EXPECT_TRUE(std::filesystem::exists(out / "patch/good/query_1.tiff"));
  EXPECT_FALSE(std::filesystem::exists(ex / "png/query_1.png"));
  EXPECT_FALSE(std::filesystem::exists(ex / "png/blob/broken.png"));

  // COCO: RLE decodes to exactly the PNG mask; polygons nearly.
  const CocoMasks rle((ex / "coco-rle/annotations.json").string());
  EXPECT_EQ(rle.fileNames(), (std::vector<std::string>{q0, q1}));
  const Image8 pngMask = toImage8(png0);
  EXPECT_EQ(rle.maskFor(q0, 160, 120).pixels, pngMask.pixels);
  const JsonValue cocoRoot = readJsonFile((ex / "coco-rle/annotations.json").string());
  bool blobCategory = false;
  for (const JsonValue& c : cocoRoot.find("categories")->items) blobCategory |= c.find("name")->text == "blob";
  EXPECT_TRUE(blobCategory);
  const CocoMasks polygons((ex / "coco-polygon/annotations.json").string());
  EXPECT_GT(test::iou(polygons.maskFor(q0, 160, 120), pngMask), 0.9);

  // labelme: a file per query whose imagePath leads back to the query.
  const JsonValue labelme = readJsonFile((ex / "labelme/blob/query_0.json").string());
  EXPECT_EQ(labelme.find("imageWidth")->number, 160);
  EXPECT_TRUE(std::filesystem::equivalent(ex / "labelme/blob" / labelme.find("imagePath")->text, q0));
  EXPECT_GT(test::iou(importLabelmeMask((ex / "labelme/blob/query_0.json").string(), 160, 120), pngMask), 0.9);

  // Overlays and heatmaps at the query's size.
  for (const char* name : {"blob/query_0_overlay.png", "blob/query_0_heatmap.png", "good/query_1_overlay.png"}) {
    const cv::Mat image = cv::imread((ex / "overlay" / name).string(), cv::IMREAD_UNCHANGED);
    EXPECT_EQ(image.type(), CV_8UC3) << name;
  }
  EXPECT_EQ(cv::imread((ex / "overlay/blob/query_0_overlay.png").string()).size(), cv::Size(160, 120));

  // Reports: verdicts at T (fail >= T), the failed query as an error.
  std::istringstream csv(test::readText(ex / "report-csv/report.csv"));
  std::string line;
  std::vector<std::string> lines;
  while (std::getline(csv, line)) lines.push_back(line);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].substr(0, 21), "path,score,verdict,ov");
  for (const std::string& l : lines) {
    if (l.find("query_0.png,") != std::string::npos) {
      EXPECT_NE(l.find(",fail,"), std::string::npos) << l;
    } else if (l.find("query_1.png,") != std::string::npos) {
      EXPECT_NE(l.find(",pass,"), std::string::npos) << l;
    } else if (l.find("broken.png,") != std::string::npos) {
      EXPECT_NE(l.find(",nan,error,"), std::string::npos) << l;
    }
  }
  const JsonValue report = readJsonFile((ex / "report-json/report.json").string());
  EXPECT_EQ(report.find("summary")->find("fail")->number, 1);
  EXPECT_EQ(report.find("summary")->find("pass")->number, 1);
  EXPECT_EQ(report.find("summary")->find("error")->number, 1);
  EXPECT_EQ(report.find("thresholds")->find("fail")->number, static_cast<double>(kThreshold));
  EXPECT_EQ(report.find("references")->items.size(), 2u);
  EXPECT_EQ(report.find("model")->find("head")->text, kGolden + "/nagl_head_tiny.pth");
  EXPECT_EQ(test::readText(ex / "report-pdf/report.pdf").substr(0, 5), "%PDF-");
}

}  // namespace
}  // namespace nagl::exporting
