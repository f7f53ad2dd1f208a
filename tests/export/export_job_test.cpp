// The one export job (nagl/export_job): the CLI's way (images streamed in
// the order they finish, maps handed over) and the workstation's way
// (exportLot over the lot) write the same files; the PDF's worst overlays are
// made in memory; cancel stops between images and writes no lot files.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <opencv2/imgcodecs.hpp>
#include <sstream>

#include "export_test_support.h"
#include "nagl/export/json_reader.h"
#include "nagl/export/output_stems.h"
#include "nagl/export_job/export_job.h"
#include "nagl/export_job/lot_export.h"
#include "nagl/foundation/sha256.h"

namespace nagl::exporting {
namespace {

constexpr int kGrid = 8;

// A query image on disk and its scored result (a patch grid with a bright
// corner whose size grows with i, so masks differ from image to image).
QueryResult writeQuery(const std::filesystem::path& path, int i) {
  std::filesystem::create_directories(path.parent_path());
  const int w = 48 + 4 * i, h = 40;
  cv::Mat image(h, w, CV_8UC3);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) image.at<cv::Vec3b>(y, x) = cv::Vec3b(x * 5 % 256, y * 6 % 256, (x + y + i) % 256);
  EXPECT_TRUE(cv::imwrite(path.string(), image));
  QueryResult r;
  r.path = path.string();
  r.status = ResultStatus::Done;
  r.score = 0.1 + 0.05 * (i % 7);  // ties between images
  r.width = w;
  r.height = h;
  r.patchGrid = FloatImage(kGrid, kGrid);
  for (int y = 0; y < kGrid; ++y)
    for (int x = 0; x < kGrid; ++x) r.patchGrid.at(x, y) = (x + y < 2 + i % 5) ? 0.9f : 0.05f * static_cast<float>(x);
  return r;
}

std::map<std::string, std::string> filesUnder(const std::filesystem::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
    if (entry.is_regular_file())
      files[std::filesystem::relative(entry.path(), root).string()] = test::readText(entry.path());
  return files;
}

// COCO files carry the time they were written; the rest must be equal.
std::string withoutCocoDate(std::string json) {
  const std::string key = "\"date_created\": \"";
  if (const auto at = json.find(key); at != std::string::npos)
    json.erase(at + key.size(), json.find('"', at + key.size()) - at - key.size());
  return json;
}

struct Lot {
  std::vector<QueryResult> results;
  ExportJobOptions options;
};

Lot makeLot(const std::filesystem::path& root, const std::filesystem::path& out) {
  Lot lot;
  for (int i = 0; i < 16; ++i) {
    // Two folders with the same file names: the outputs keep the folders.
    const std::string folder = i % 2 ? "test/scratch" : "test/good";
    lot.results.push_back(writeQuery(root / "lot" / folder / ("img_" + std::to_string(i / 2) + ".png"), i));
  }
  lot.results[5].status = ResultStatus::Failed;
  lot.results[5].error = lot.results[5].path + ": cannot decode";
  lot.options.folder = out;
  lot.options.formats = {ExportFormat::Mvtec,       ExportFormat::Png,        ExportFormat::CocoRle,
                         ExportFormat::CocoPolygon, ExportFormat::Labelme,    ExportFormat::Overlay,
                         ExportFormat::ReportCsv,   ExportFormat::ReportJson, ExportFormat::ReportPdf};
  lot.options.thresholds = {0.3, 0.5};
  lot.options.model = {"ViT-S/14 + head", "/models/backbone.pth", "/models/head.pth"};
  lot.options.references = {{(root / "lot/test/good/img_0.png").string(), ""}};
  return lot;
}

TEST(ExportJob, StreamedInAnyOrderWritesWhatTheLotExportWrites) {
  const auto root = test::scratchDir("export_job_same_files");
  Lot lot = makeLot(root, root / "lot-export");
  const std::atomic<bool> cancel{false};
  LotExportInput input;
  input.results = lot.results;
  const ExportOutcome outcome = exportLot(lot.options, input, cancel);
  ASSERT_TRUE(outcome.errors.empty()) << outcome.errors.front();
  EXPECT_TRUE(outcome.warnings.empty()) << outcome.warnings.front();
  EXPECT_EQ(outcome.imagesTotal, 15);
  EXPECT_EQ(outcome.imagesDone, 15);

  // As the CLI feeds it: the scored images in reverse, each with its map.
  ExportJobOptions streamed = lot.options;
  streamed.folder = root / "streamed";
  std::vector<std::size_t> scored;
  for (std::size_t i = 0; i < lot.results.size(); ++i)
    if (lot.results[i].scored()) scored.push_back(i);
  std::vector<std::string> paths;
  for (std::size_t i : scored) paths.push_back(lot.results[i].path);
  ExportJob job(streamed, paths, uniqueOutputStems(paths));
  job.prepare();
  for (std::size_t k = scored.size(); k-- > 0;) {
    const FloatImage map = lot.results[scored[k]].fullResolutionMap();
    job.addImage(k, lot.results[scored[k]], &map);
  }
  for (std::size_t i = 0, k = 0; i < lot.results.size(); ++i) {
    const bool files = lot.results[i].scored();
    job.addReportRow(ReportRow::of(lot.results[i]), files ? std::optional<std::size_t>(k++) : std::nullopt);
  }
  EXPECT_TRUE(job.finish().empty());
  EXPECT_TRUE(job.warnings().empty());

  const auto a = filesUnder(lot.options.folder), b = filesUnder(streamed.folder);
  ASSERT_EQ(a.size(), b.size());
  for (const char* name : {"png/good/img_0.png", "png/scratch/img_0.png", "labelme/scratch/img_0.json",
                           "overlay/good/img_0_heatmap.png", "overlay/scratch/img_0_overlay.png"})
    EXPECT_TRUE(a.count(name)) << name << ": a shared stem keeps its folder";
  for (const auto& [name, bytes] : a) EXPECT_EQ(name.find("-2"), std::string::npos) << name << ": nothing renamed";
  EXPECT_TRUE(a.count("mvtec/ground_truth/scratch/img_0_mask.png"));
  for (const auto& [name, bytes] : a) {
    ASSERT_TRUE(b.count(name)) << name;
    if (name == "report-pdf/report.pdf") {
      EXPECT_GT(bytes.size(), 1000u);  // its creation date differs; its content is tested in pdf_report_test
      continue;
    }
    EXPECT_TRUE(withoutCocoDate(bytes) == withoutCocoDate(b.at(name))) << name << " differs";
  }
  const std::string csv = a.at("report-csv/report.csv");
  EXPECT_NE(csv.find(lot.results[5].path + ",nan,error"), std::string::npos) << csv;
}

TEST(ExportJob, ThePdfOverlaysComeFromMemoryNotFromFilesOnDisk) {
  const auto root = test::scratchDir("export_job_pdf_memory");
  Lot lot = makeLot(root, root / "out");
  lot.options.formats = {ExportFormat::ReportPdf};
  std::vector<std::string> paths;
  for (const QueryResult& r : lot.results) paths.push_back(r.path);
  ExportJob job(lot.options, paths, uniqueOutputStems(paths));
  job.prepare();
  for (std::size_t i = 0; i < lot.results.size(); ++i) {
    if (!lot.results[i].scored()) continue;
    job.addImage(i, lot.results[i]);
    job.addReportRow(ReportRow::of(lot.results[i]), i);
  }
  // The query files are gone before the report is written: the job must not need them again.
  std::filesystem::remove_all(root / "lot/test/scratch");
  EXPECT_TRUE(job.finish().empty());
  EXPECT_TRUE(job.warnings().empty()) << job.warnings().front();
  EXPECT_TRUE(std::filesystem::exists(root / "out/report-pdf/report.pdf"));
  EXPECT_EQ(filesUnder(root / "out").size(), 1u);  // nothing but the PDF
}

TEST(ExportJob, AnUnreadableImageOnlyThePdfNeedsIsAWarningNotAnError) {
  const auto root = test::scratchDir("export_job_pdf_unreadable");
  Lot lot = makeLot(root, root / "out");
  lot.options.formats = {ExportFormat::Png, ExportFormat::ReportPdf};
  QueryResult gone = lot.results[0];
  gone.path = (root / "missing.png").string();
  ExportJob job(lot.options, {gone.path}, {"missing"});
  job.prepare();
  job.addImage(0, gone);
  job.addReportRow(ReportRow::of(gone), 0);
  EXPECT_TRUE(job.finish().empty());
  ASSERT_EQ(job.warnings().size(), 1u);
  EXPECT_NE(job.warnings()[0].find("missing.png"), std::string::npos) << job.warnings()[0];
  EXPECT_TRUE(std::filesystem::exists(root / "out/png/missing.png"));
}

TEST(ExportJob, CancelStopsBetweenImagesAndWritesNoLotFiles) {
  const auto root = test::scratchDir("export_job_cancel");
  Lot lot = makeLot(root, root / "out");
  std::atomic<bool> cancel{false};
  LotExportInput input;
  input.results = lot.results;
  std::vector<std::pair<int, int>> steps;
  const ExportOutcome outcome = exportLot(lot.options, input, cancel, [&](int done, int total) {
    steps.emplace_back(done, total);
    if (done == 3) cancel = true;
  });
  EXPECT_TRUE(outcome.cancelled);
  EXPECT_EQ(outcome.imagesDone, 3);
  ASSERT_EQ(steps.size(), 4u);
  EXPECT_EQ(steps.front(), std::make_pair(0, 15));
  EXPECT_EQ(filesUnder(root / "out/png").size(), 3u);
  EXPECT_FALSE(std::filesystem::exists(root / "out/report-csv/report.csv"));
  EXPECT_FALSE(std::filesystem::exists(root / "out/coco-rle/annotations.json"));
}

TEST(ExportJob, ScopesSelectScoredFailingOrCurrentRowsWithOverrides) {
  const auto root = test::scratchDir("export_job_scopes");
  Lot lot = makeLot(root, root / "out");
  lot.options.thresholds = {0.2, 0.34};  // images 6, 12 and 13 fail by their score (0.35 and 0.4)
  std::vector<Verdict> overrides(lot.results.size(), Verdict::None);
  overrides[0] = Verdict::Fail;  // scores 0.1: fails by a person's verdict
  overrides[6] = Verdict::Pass;  // a person lets it pass
  LotExportInput input;
  input.results = lot.results;
  input.overrides = overrides;
  input.scope = ExportScope::FailedOnly;
  std::vector<std::size_t> failing;
  for (std::size_t i = 0; i < lot.results.size(); ++i)
    if (i == 0 || (lot.results[i].scored() && lot.results[i].score >= 0.34 && i != 6)) failing.push_back(i);
  EXPECT_EQ(failing, (std::vector<std::size_t>{0, 12, 13}));
  EXPECT_EQ(selectedRows(input, lot.options.thresholds), failing);
  input.scope = ExportScope::Current;
  input.currentRow = 5;  // failed: nothing to export
  EXPECT_TRUE(selectedRows(input, lot.options.thresholds).empty());
  input.currentRow = 4;
  EXPECT_EQ(selectedRows(input, lot.options.thresholds), std::vector<std::size_t>{4});
}

TEST(ExportJob, TheCurrentImageAloneKeepsTheNameItHasInTheWholeLot) {
  const auto root = test::scratchDir("export_job_current_name");
  Lot lot = makeLot(root, root / "out");
  lot.options.formats = {ExportFormat::Png};
  LotExportInput input;
  input.results = lot.results;
  input.scope = ExportScope::Current;
  input.currentRow = 3;  // lot/test/scratch/img_1.png
  const std::atomic<bool> cancel{false};
  ASSERT_TRUE(exportLot(lot.options, input, cancel).errors.empty());
  EXPECT_EQ(filesUnder(root / "out"),
            (std::map<std::string, std::string>{
                {"png/scratch/img_1.png", test::readText(root / "out/png/scratch/img_1.png")}}));
}

TEST(ExportJob, TheReportsNameAnEditedReferenceMaskByItsSavedCopyAndDigest) {
  const auto root = test::scratchDir("export_job_reference_masks");
  Lot lot = makeLot(root, root / "out");
  lot.options.formats = {ExportFormat::ReportCsv, ExportFormat::ReportJson, ExportFormat::ReportPdf};
  const std::filesystem::path refs = root / "refs";
  std::filesystem::create_directories(refs);
  writeQuery(refs / "dent.png", 1);
  writeQuery(refs / "scratch.png", 2);
  const Image8 fileMask = test::blobMask(52, 40, 1, 2), edit = test::blobMask(52, 40, 7, 1);
  ASSERT_TRUE(cv::imwrite((refs / "dent_mask.png").string(),
                          cv::Mat(40, 52, CV_8UC1, const_cast<std::uint8_t*>(fileMask.pixels.data()))));
  ASSERT_TRUE(cv::imwrite((refs / "scratch_mask.png").string(),
                          cv::Mat(40, 52, CV_8UC1, const_cast<std::uint8_t*>(fileMask.pixels.data()))));
  lot.options.references.push_back({(refs / "dent.png").string(), (refs / "dent_mask.png").string()});
  lot.options.references.push_back({(refs / "scratch.png").string(), (refs / "scratch_mask.png").string()});
  lot.options.referenceMaskEdits = {Image8{}, Image8{}, edit};  // scratch's mask was edited
  LotExportInput input;
  input.results = lot.results;
  const std::atomic<bool> cancel{false};
  const ExportOutcome outcome = exportLot(lot.options, input, cancel);
  ASSERT_TRUE(outcome.errors.empty()) << outcome.errors.front();

  const std::filesystem::path copy = root / "out/references/scratch_mask_edited.png";
  const cv::Mat saved = cv::imread(copy.string(), cv::IMREAD_UNCHANGED);
  ASSERT_FALSE(saved.empty()) << copy;
  EXPECT_TRUE(std::equal(edit.pixels.begin(), edit.pixels.end(), saved.data)) << "the copy holds the edit";
  const std::string copyDigest = foundation::sha256File(copy);
  const std::string fileDigest = foundation::sha256File(refs / "dent_mask.png");
  const JsonValue json = readJsonFile((root / "out/report-json/report.json").string());
  const JsonValue& references = *json.find("references");
  ASSERT_EQ(references.items.size(), 3u);
  EXPECT_EQ(references.items[1].find("mask")->text, (refs / "dent_mask.png").string());
  EXPECT_EQ(references.items[1].find("mask_sha256")->text, fileDigest);
  EXPECT_FALSE(references.items[1].find("mask_edited")->boolean);
  EXPECT_EQ(references.items[2].find("mask")->text, copy.string());
  EXPECT_EQ(references.items[2].find("mask_sha256")->text, copyDigest);
  EXPECT_TRUE(references.items[2].find("mask_edited")->boolean);
  EXPECT_EQ(references.items[2].find("edited_from")->text, (refs / "scratch_mask.png").string());
  const std::string csv = test::readText(root / "out/report-csv/report.csv");
  EXPECT_NE(csv.find("scratch.png=" + copy.string() + " (edited, sha256 " + copyDigest + ")"), std::string::npos)
      << csv;
  EXPECT_EQ(csv.find("=" + (refs / "scratch_mask.png").string()), std::string::npos) << "not the original";
  std::string pdf = test::pdfText(root / "out/report-pdf/report.pdf");
  std::replace(pdf.begin(), pdf.end(), '\n', ' ');
  if (!pdf.empty()) {
    EXPECT_NE(pdf.find("SHA-256 " + copyDigest), std::string::npos) << pdf;
  }
}

TEST(ExportJob, ThePdfRanksTheWorstByFinalVerdictAndFlagsOverrides) {
  const auto root = test::scratchDir("export_job_pdf_worst");
  Lot lot = makeLot(root, root / "out");
  lot.options.formats = {ExportFormat::ReportPdf};
  // Scores 0.1 ... 0.4: nothing fails by score, images scoring 0.3 to 0.4 are in review.
  std::vector<Verdict> overrides(lot.results.size(), Verdict::None);
  std::vector<OverrideNote> notes(lot.results.size());
  overrides[14] = Verdict::Fail;  // the lowest score, 0.1: failed by a person
  notes[14] = {"alice", "2026-12-02T10:00:00.000Z", "crack under the label", false};
  overrides[6] = Verdict::Pass;  // 0.4, the highest: passed by a person
  LotExportInput input;
  input.results = lot.results;
  input.overrides = overrides;
  input.overrideNotes = notes;
  const std::atomic<bool> cancel{false};
  const ExportOutcome outcome = exportLot(lot.options, input, cancel);
  ASSERT_TRUE(outcome.errors.empty()) << outcome.errors.front();
  EXPECT_TRUE(outcome.warnings.empty()) << outcome.warnings.front();
  const std::string text = test::pdfText(root / "out/report-pdf/report.pdf");
  if (text.empty()) GTEST_SKIP() << "pdftotext (poppler-utils) not installed";
  const auto worst = text.find("The 12 worst images: fail, then review, then pass");
  ASSERT_NE(worst, std::string::npos) << text;
  const auto failed = text.find("fail (override, was pass; by alice), score 0.1000", worst);
  const auto review = text.find("review, score 0.4000", worst);
  const auto passed = text.find("pass (override, was review), score 0.4000", worst);
  ASSERT_NE(failed, std::string::npos) << "the image a person failed is listed, flagged\n" << text;
  ASSERT_NE(review, std::string::npos) << text;
  ASSERT_NE(passed, std::string::npos) << text;
  EXPECT_LT(failed, review) << "fail before review, whatever the score";
  EXPECT_LT(review, passed) << "review before pass, whatever the score";
  EXPECT_NE(text.find("\"override\": a verdict set by hand"), std::string::npos) << "the legend";

  // Its overlay was kept, though 14 images score higher: the first image of
  // the worst pages is image 14's, 48 + 4 * 14 = 104 pixels wide.
  const std::string pdftotext = NAGL_PDFTOTEXT;
  const std::string pdfimages = pdftotext.substr(0, pdftotext.rfind("pdftotext")) + "pdfimages";
  const auto list = root / "images.txt";
  const std::string command =
      "'" + pdfimages + "' -list '" + (root / "out/report-pdf/report.pdf").string() + "' > '" + list.string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  std::istringstream lines(test::readText(list));
  std::string line;
  std::vector<int> widthsAfterPage1;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    int page = 0, num = 0, width = 0;
    std::string type;
    if ((fields >> page >> num >> type >> width) && page > 1) widthsAfterPage1.push_back(width);
  }
  ASSERT_EQ(widthsAfterPage1.size(), 12u) << test::readText(list);
  EXPECT_EQ(widthsAfterPage1.front(), 104);
}

}  // namespace
}  // namespace nagl::exporting
