// The PDF lot report renders: page 1 converted to PNG (pdftoppm) is far
// from blank, the worst images get pages of their own, and the verdicts set
// by hand are named with who, when and why (its text read by pdftotext).
#include <gtest/gtest.h>

#include <algorithm>
#include <opencv2/imgcodecs.hpp>

#include "export_test_support.h"
#include "nagl/export/binary_mask.h"
#include "nagl/export/export_error.h"
#include "nagl/export/heatmap.h"
#include "nagl/export_pdf/offscreen_gui.h"
#include "nagl/export_pdf/pdf_report.h"

namespace nagl::exporting {
namespace {

Image8 texture(int w, int h, int seed) {
  Image8 image(w, h, 3);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      for (int c = 0; c < 3; ++c)
        image.pixels[(static_cast<std::size_t>(y) * w + x) * 3 + c] =
            static_cast<std::uint8_t>((x * (c + 1) + y * seed) % 200);
  return image;
}

LotReport sampleReport() {
  LotReport r;
  r.thresholds = {0.45, 0.55};
  r.model = {"DINOv2 ViT-S/14 + NAGL head", "dinov2_vits14.pth", "nagl_head.pth"};
  r.references = {{"refs/good_0.png", ""}, {"refs/scratch.png", "refs/scratch_mask.png"}};
  for (int i = 0; i < 40; ++i)
    r.rows.push_back({"lot/img_" + std::to_string(i) + ".png", 0.3f + 0.01f * static_cast<float>((i * 7) % 40), {}});
  r.rows.push_back({"lot/broken.png", std::nullopt, {}});
  return r;
}

PdfReportContent sampleContent(const LotReport& r) {
  PdfReportContent content;
  content.references = {{"good", texture(120, 90, 1)}, {"scratch", texture(90, 120, 2)}};
  for (std::size_t i : worstRows(r, 6)) {
    FloatImage map(160, 120);
    for (int y = 0; y < 120; ++y)
      for (int x = 0; x < 160; ++x) map.at(x, y) = 0.3f + 0.4f * static_cast<float>(x) / 160;
    const Image8 mask = binaryMask(map, 0.55f);
    content.worst.push_back(
        {r.rows[i].path, overlayImage(texture(160, 120, 3), heatmapImage(map, fixedScale(0.45, 0.55)), 0.5, &mask)});
  }
  return content;
}

TEST(PdfReport, FirstPageRendersAndIsNotBlank) {
  const std::string pdftoppm = NAGL_PDFTOPPM;
  const auto dir = test::scratchDir("pdf_report");
  const LotReport report = sampleReport();
  {
    const OffscreenGui gui;
    writeLotReportPdf((dir / "report.pdf").string(), report, sampleContent(report));
  }
  const std::string pdf = test::readText(dir / "report.pdf");
  ASSERT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_GE(std::count(pdf.begin(), pdf.end(), '\n'), 10);
  if (pdftoppm.empty() || pdftoppm.find("NOTFOUND") != std::string::npos)
    GTEST_SKIP() << "pdftoppm (poppler-utils) not installed: packaging/install-debian-deps.sh installs it";
  const std::string command = "'" + pdftoppm + "' -r 40 -png -f 1 -l 1 -singlefile '" + (dir / "report.pdf").string() +
                              "' '" + (dir / "page1").string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  const cv::Mat page = cv::imread((dir / "page1.png").string(), cv::IMREAD_GRAYSCALE);
  ASSERT_FALSE(page.empty());
  EXPECT_GT(page.cols, 200);  // A4 at 40 dpi: 331 x 468
  EXPECT_GT(page.rows, page.cols);
  const int nonWhite = cv::countNonZero(page < 250);
  EXPECT_GT(nonWhite, page.total() / 50) << "page 1 is (nearly) blank: " << nonWhite << " non-white pixels";
  // The worst images follow on later pages.
  const std::string page2 = "'" + pdftoppm + "' -r 20 -png -f 2 -l 2 -singlefile '" + (dir / "report.pdf").string() +
                            "' '" + (dir / "page2").string() + "' 2>/dev/null";
  ASSERT_EQ(std::system(page2.c_str()), 0);
  const cv::Mat second = cv::imread((dir / "page2.png").string(), cv::IMREAD_GRAYSCALE);
  ASSERT_FALSE(second.empty());
  EXPECT_GT(cv::countNonZero(second < 250), second.total() / 10);  // overlays fill it
}

TEST(PdfReport, NamesTheOverriddenImagesWithWhoWhenAndWhy) {
  const auto dir = test::scratchDir("pdf_report_overrides");
  LotReport report = sampleReport();
  report.rows[3].override = Verdict::Fail;
  report.rows[3].note = {"alice", "2026-12-02T10:00:00.000Z", "burr on the rim", true};
  report.overrideLog = {
      {"lot/img_3.png", "2026-12-02T09:00:00.000Z", "alice", "set", "", "pass", ""},
      {"lot/img_3.png", "2026-12-02T10:00:00.000Z", "alice", "set", "pass", "fail", "burr on the rim"}};
  {
    const OffscreenGui gui;
    writeLotReportPdf((dir / "report.pdf").string(), report, sampleContent(report));
  }
  const std::string pdfText = test::pdfText(dir / "report.pdf");
  if (pdfText.empty())
    GTEST_SKIP() << "pdftotext (poppler-utils) not installed: packaging/install-debian-deps.sh installs it";
  for (const char* expected :
       {"Verdicts set by hand (1)", "lot/img_3.png", "-> fail", "by alice", "2026-12-02T10:00:00.000Z",
        "burr on the rim", "score changed since the override", "Override audit log: 2 change(s)"})
    EXPECT_NE(pdfText.find(expected), std::string::npos) << expected << "\n" << pdfText;
}

TEST(PdfReport, StatesTheThresholdSourceOnlyWhenThereIsOne) {
  const auto dir = test::scratchDir("pdf_report_threshold_source");
  LotReport report = sampleReport();
  const OffscreenGui gui;
  writeLotReportPdf((dir / "none.pdf").string(), report, {});
  report.thresholdSource = "recipe 'widget' (widget.naglrecipe)";
  report.recipe = "widget";
  writeLotReportPdf((dir / "recipe.pdf").string(), report, {});
  const std::string none = test::pdfText(dir / "none.pdf"), recipe = test::pdfText(dir / "recipe.pdf");
  if (none.empty()) GTEST_SKIP() << "pdftotext (poppler-utils) not installed";
  EXPECT_EQ(none.find("Thresholds from"), std::string::npos) << none;
  EXPECT_NE(recipe.find("Thresholds from: recipe 'widget' (widget.naglrecipe)"), std::string::npos) << recipe;
  EXPECT_NE(recipe.find("Recipe: widget"), std::string::npos) << recipe;
  EXPECT_EQ(none.find("Recipe:"), std::string::npos) << none;
}

TEST(PdfReport, NamesEachReferenceMaskByFileAndDigest) {
  const auto dir = test::scratchDir("pdf_report_reference_masks");
  LotReport report = sampleReport();
  const std::string digest(64, 'a');
  report.references[1] = {"refs/scratch.png", "out/references/scratch_mask_edited.png", digest, true,
                          "refs/scratch_mask.png"};
  const OffscreenGui gui;
  writeLotReportPdf((dir / "report.pdf").string(), report, {});
  std::string text = test::pdfText(dir / "report.pdf");
  if (text.empty()) GTEST_SKIP() << "pdftotext (poppler-utils) not installed";
  std::replace(text.begin(), text.end(), '\n', ' ');  // a long line wraps at a space
  EXPECT_NE(text.find("Mask of scratch.png: out/references/scratch_mask_edited.png (edited in the workstation "
                      "from refs/scratch_mask.png), SHA-256 " +
                      digest),
            std::string::npos)
      << text;
}

TEST(PdfReport, UnwritablePathFailsNamingTheFile) {
  const auto dir = test::scratchDir("pdf_report_fail");
  test::writeText(dir / "file", "x");
  const LotReport report = sampleReport();
  const OffscreenGui gui;
  try {
    writeLotReportPdf((dir / "file" / "report.pdf").string(), report, {});
    FAIL();
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("file/report.pdf"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace nagl::exporting
