// Lot reports: verdicts from the thresholds, CSV and JSON content (overrides
// with who / when / why and their audit log), format names, the MVTec layout
// and masks from maps.
#include <gtest/gtest.h>

#include "export_test_support.h"
#include "nagl/export/binary_mask.h"
#include "nagl/export/export_formats.h"
#include "nagl/export/json_reader.h"
#include "nagl/export/lot_report.h"
#include "nagl/export/mvtec_layout.h"

namespace nagl::exporting {
namespace {

LotReport sample() {
  LotReport r;
  r.thresholds = {0.4, 0.6};
  r.model = {"ViT-S/14 + NAGL head", "b.pth", "h.pth"};
  r.references = {{"good.png", ""}, {"bad.png", "bad_mask.png"}};
  r.rows = {{"a.png", 0.1f, {}},
            {"b,\"c\".png", 0.5f, {}},
            {"c.png", 0.6f, {}},
            {"d.png", std::nullopt, {}},
            {"e.png", 0.9f, Verdict::Pass, {"alice", "2026-12-02T10:00:00.000Z", "glare, \"not\" a dent", true}}};
  r.overrideLog = {{"e.png", "2026-12-02T09:59:00.000Z", "alice", "set", "", "fail", ""},
                   {"e.png", "2026-12-02T10:00:00.000Z", "alice", "set", "fail", "pass", "glare, \"not\" a dent"}};
  return r;
}

TEST(LotReport, VerdictsFollowTheThresholds) {
  const Thresholds two{0.4, 0.6};
  EXPECT_EQ(verdictFor(0.39f, two), Verdict::Pass);
  EXPECT_EQ(verdictFor(0.4f, two), Verdict::Review);
  EXPECT_EQ(verdictFor(0.6f, two), Verdict::Fail);
  EXPECT_EQ(verdictFor(std::nullopt, two), Verdict::None);
  const Thresholds one{0.5, 0.5};  // one threshold: fail at >= T, else pass
  EXPECT_EQ(verdictFor(0.5f, one), Verdict::Fail);
  EXPECT_EQ(verdictFor(0.49f, one), Verdict::Pass);
  const VerdictCounts c = countVerdicts(sample());
  EXPECT_EQ(c.pass, 2u);  // a, and e by override
  EXPECT_EQ(c.review, 1u);
  EXPECT_EQ(c.fail, 1u);
  EXPECT_EQ(c.unscored, 1u);
  // Worst by final verdict, then score: c fails (0.6), b is in review (0.5);
  // e scores 0.9 but a person passed it, so it ranks with the passes.
  EXPECT_EQ(worstRows(sample(), 2), (std::vector<std::size_t>{2, 1}));
  EXPECT_EQ(worstRows(sample(), 9), (std::vector<std::size_t>{2, 1, 4, 0})) << "unscored d is left out";
}

TEST(LotReport, CsvHasOneQuotedRowPerQuery) {
  const std::string csv = reportCsv(sample());
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "path,score,verdict,override,final_verdict,review_threshold,fail_threshold,model,backbone,head,tiling,"
            "image_score_rule,references,"
            "override_by,override_at,override_comment,score_changed_since_override,largest_region_area,min_defect_area,"
            "threshold_source,recipe");
  EXPECT_NE(csv.find("\n\"b,\"\"c\"\".png\",0.5,review,,review,0.4,0.6,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\nd.png,nan,error,,error,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\ne.png,0.899999976,fail,pass,pass,"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",good.png;bad.png=bad_mask.png,,,,,,0,,\n"), std::string::npos) << csv;  // no override
  EXPECT_NE(
      csv.find(
          ",good.png;bad.png=bad_mask.png,alice,2026-12-02T10:00:00.000Z,\"glare, \"\"not\"\" a dent\",yes,,0,,\n"),
      std::string::npos)
      << csv;
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 6);
}

TEST(LotReport, ATiledRunStatesItsTilingAndTheImageScoreRuleAnUntiledOneLeavesThemEmpty) {
  LotReport report = sample();
  std::string csv = reportCsv(report);
  EXPECT_NE(csv.find(",b.pth,h.pth,,,good.png;bad.png=bad_mask.png,"), std::string::npos) << csv;
  JsonValue model = *parseJson(reportJson(report)).find("model");
  EXPECT_TRUE(model.find("tiling")->isNull());
  EXPECT_TRUE(model.find("image_score_rule")->isNull());
  EXPECT_EQ(imageScoreRule(report.model), "");

  report.model.tiling = "384 px, overlap 96 px, references auto";
  const std::string rule = "image score = maximum over tiles of each tile's mean of its top 1 % patch scores";
  EXPECT_EQ(imageScoreRule(report.model), rule);
  csv = reportCsv(report);
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 6);
  const std::string columns = ",h.pth,\"384 px, overlap 96 px, references auto\"," + rule + ",good.png;";
  std::size_t rows = 0;  // every row stands alone
  for (auto at = csv.find(columns); at != std::string::npos; at = csv.find(columns, at + 1)) ++rows;
  EXPECT_EQ(rows, 5u) << csv;
  model = *parseJson(reportJson(report)).find("model");
  EXPECT_EQ(model.find("tiling")->text, "384 px, overlap 96 px, references auto");
  EXPECT_EQ(model.find("image_score_rule")->text, rule);
  EXPECT_EQ(model.find("head")->text, "h.pth");
}

TEST(LotReport, MinimumDefectAreaTurnsASmallRegionsFailIntoReviewAndIsAColumn) {
  LotReport report = sample();
  report.minDefectArea = 50;
  report.rows[2].largestRegion = 49;  // c.png, 0.6: fail by score alone
  report.rows[4].largestRegion = 50;
  EXPECT_EQ(report.rows[2].verdict(report.thresholds, report.minDefectArea), Verdict::Review);
  EXPECT_EQ(report.rows[4].verdict(report.thresholds, report.minDefectArea), Verdict::Fail);
  const std::string csv = reportCsv(report);
  EXPECT_NE(csv.find("\nc.png,0.600000024,review,,review,"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",,,,,49,50,,\n"), std::string::npos) << csv;
  EXPECT_EQ(countVerdicts(report).review, 2u);
  const JsonValue root = parseJson(reportJson(report));
  EXPECT_EQ(root.find("min_defect_area")->number, 50);
  EXPECT_EQ(root.find("images")->items[2].find("largest_region_area")->number, 49);
  EXPECT_EQ(root.find("images")->items[2].find("verdict")->text, "review");
  EXPECT_TRUE(root.find("images")->items[0].find("largest_region_area")->isNull());
}

TEST(LotReport, JsonCarriesThresholdsModelReferencesAndSummary) {
  const JsonValue root = parseJson(reportJson(sample()));
  EXPECT_EQ(root.find("format")->text, "nagl-lot-report");
  EXPECT_EQ(root.find("thresholds")->find("fail")->number, 0.6);
  EXPECT_EQ(root.find("model")->find("head")->text, "h.pth");
  EXPECT_EQ(root.find("references")->items[1].find("mask")->text, "bad_mask.png");
  EXPECT_TRUE(root.find("references")->items[0].find("mask")->isNull());
  EXPECT_EQ(root.find("summary")->find("total")->number, 5);
  EXPECT_EQ(root.find("summary")->find("error")->number, 1);
  const JsonValue& images = *root.find("images");
  ASSERT_EQ(images.items.size(), 5u);
  EXPECT_EQ(images.items[1].find("path")->text, "b,\"c\".png");
  EXPECT_TRUE(images.items[3].find("score")->isNull());
  EXPECT_EQ(images.items[4].find("override")->text, "pass");
  EXPECT_EQ(images.items[4].find("verdict")->text, "fail");
}

TEST(LotReport, TheThresholdSourceIsStatedWhenGivenAndLeftOutWhenEmpty) {
  LotReport report = sample();
  EXPECT_EQ(parseJson(reportJson(report)).find("thresholds")->find("source"), nullptr);
  std::string csv = reportCsv(report);
  EXPECT_NE(csv.find(",0,,\n"), std::string::npos) << csv;  // the column is there, empty
  report.thresholdSource = "recipe 'widget, v2' (w.naglrecipe)";
  EXPECT_EQ(parseJson(reportJson(report)).find("thresholds")->find("source")->text,
            "recipe 'widget, v2' (w.naglrecipe)");
  csv = reportCsv(report);
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 6);
  EXPECT_NE(csv.find(",0,\"recipe 'widget, v2' (w.naglrecipe)\",\n"), std::string::npos) << csv;
}

TEST(LotReport, TheRecipeIsNamedInEveryReportWhenThereIsOne) {
  LotReport report = sample();
  EXPECT_TRUE(parseJson(reportJson(report)).find("recipe")->isNull());
  report.recipe = "widget, v2";
  EXPECT_EQ(parseJson(reportJson(report)).find("recipe")->text, "widget, v2");
  const std::string csv = reportCsv(report);
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 6);
  EXPECT_NE(csv.find(",0,,\"widget, v2\"\n"), std::string::npos) << csv;
}

TEST(LotReport, ReferencesNameTheirMaskFileItsDigestAndWhetherItWasEdited) {
  LotReport report = sample();
  const std::string digest(64, 'c');
  report.references.push_back({"dent.png", "out/references/dent_mask_edited.png", digest, true, "dent_mask.png"});
  report.references[1].maskSha256 = std::string(64, 'b');
  const std::string csv = reportCsv(report);
  EXPECT_NE(csv.find(",\"good.png;bad.png=bad_mask.png (sha256 " + std::string(64, 'b') +
                     ");dent.png=out/references/dent_mask_edited.png (edited, sha256 " + digest + ")\","),
            std::string::npos)
      << csv;
  const JsonValue refs = *parseJson(reportJson(report)).find("references");
  ASSERT_EQ(refs.items.size(), 3u);
  EXPECT_TRUE(refs.items[0].find("mask_sha256")->isNull());
  EXPECT_FALSE(refs.items[1].find("mask_edited")->boolean);
  EXPECT_TRUE(refs.items[1].find("edited_from")->isNull());
  EXPECT_EQ(refs.items[2].find("mask")->text, "out/references/dent_mask_edited.png");
  EXPECT_EQ(refs.items[2].find("mask_sha256")->text, digest);
  EXPECT_TRUE(refs.items[2].find("mask_edited")->boolean);
  EXPECT_EQ(refs.items[2].find("edited_from")->text, "dent_mask.png");
}

TEST(LotReport, JsonNamesWhoOverrodeWhenAndWhyAndCarriesTheAuditLog) {
  const JsonValue root = parseJson(reportJson(sample()));
  EXPECT_EQ(root.find("summary")->find("overridden")->number, 1);
  const JsonValue& e = root.find("images")->items[4];
  EXPECT_EQ(e.find("override_by")->text, "alice");
  EXPECT_EQ(e.find("override_at")->text, "2026-12-02T10:00:00.000Z");
  EXPECT_EQ(e.find("override_comment")->text, "glare, \"not\" a dent");
  EXPECT_TRUE(e.find("score_changed_since_override")->boolean);
  const JsonValue& a = root.find("images")->items[0];
  EXPECT_TRUE(a.find("override_by")->isNull());
  EXPECT_TRUE(a.find("score_changed_since_override")->isNull());
  const JsonValue& log = *root.find("override_log");
  ASSERT_EQ(log.items.size(), 2u);
  EXPECT_EQ(log.items[0].find("action")->text, "set");
  EXPECT_TRUE(log.items[0].find("before")->isNull());
  EXPECT_EQ(log.items[0].find("after")->text, "fail");
  EXPECT_EQ(log.items[1].find("before")->text, "fail");
  EXPECT_EQ(log.items[1].find("after")->text, "pass");
  EXPECT_EQ(log.items[1].find("by")->text, "alice");
  EXPECT_EQ(log.items[1].find("comment")->text, "glare, \"not\" a dent");
}

TEST(ExportFormats, ParsesTheNamesAndRejectsUnknownOnes) {
  EXPECT_EQ(parseExportFormats("coco-rle,png,coco-rle"),
            (std::vector<ExportFormat>{ExportFormat::CocoRle, ExportFormat::Png}));
  std::string all;
  for (ExportFormat f : allExportFormats()) all += (all.empty() ? "" : ",") + std::string(formatName(f));
  EXPECT_EQ(all, "mvtec,png,coco-rle,coco-polygon,labelme,overlay,report-csv,report-json,report-pdf");
  EXPECT_EQ(parseExportFormats(all).size(), 9u);
  try {
    parseExportFormats("png,tiff");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("'tiff'"), std::string::npos) << e.what();
  }
  EXPECT_THROW(parseExportFormats("png,"), std::invalid_argument);
}

TEST(MvtecLayout, DefectFromTheFolderAndUniqueMaskNames) {
  EXPECT_EQ(defectTypeOf("bottle/test/broken_large/000.png"), "broken_large");
  EXPECT_EQ(defectTypeOf("lot-42/000.png"), "defect");
  EXPECT_EQ(defectTypeOf("000.png"), "defect");
  EXPECT_EQ(mvtecMaskPaths({"x/test/crack/000.png", "x/test/good/000.png", "y/test/crack/000.png"}),
            (std::vector<std::string>{"ground_truth/crack/000_mask.png", "", "ground_truth/crack/000-2_mask.png"}))
      << "no ground truth for good images, as in MVTec AD";
}

TEST(BinaryMask, ThresholdIsInclusiveAndNanIsNoDefect) {
  FloatImage map(4, 1);
  map.data = {0.2f, 0.5f, 0.7f, std::nanf("")};
  const Image8 mask = binaryMask(map, 0.5f);
  EXPECT_EQ(mask.pixels, (std::vector<std::uint8_t>{0, 255, 255, 0}));
  EXPECT_EQ(defectPixelCount(mask), 2u);
  const PixelBox box = defectBoundingBox(mask);
  EXPECT_EQ(box.x, 1);
  EXPECT_EQ(box.width, 2);
}

}  // namespace
}  // namespace nagl::exporting
