// Exports never leave half-written files: a failed write (folder under a
// file, disk full injected, read-only folder) names the file, leaves the
// earlier file at that path and every earlier export untouched, and no
// temporary behind.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "export_test_support.h"
#include "nagl/export/atomic_write.h"
#include "nagl/export/export_error.h"
#include "nagl/export/lot_exporter.h"
#include "nagl/export/png_files.h"

namespace nagl::exporting {
namespace {

std::size_t filesIn(const std::filesystem::path& dir) {
  std::size_t n = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) n += e.is_regular_file();
  return n;
}

bool anyTemporary(const std::filesystem::path& dir) {
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.path().filename().string().find(".part-") != std::string::npos) return true;
  return false;
}

struct FaultHookGuard {
  explicit FaultHookGuard(WriteFaultHook hook) { setWriteFaultHookForTesting(std::move(hook)); }
  ~FaultHookGuard() { setWriteFaultHookForTesting({}); }
};

TEST(AtomicWrite, ReplacesTheFileWholeAndLeavesNoTemporary) {
  const auto dir = test::scratchDir("atomic_replace");
  writeFileAtomically(dir / "a.txt", "first");
  writeFileAtomically(dir / "a.txt", "second");
  EXPECT_EQ(test::readText(dir / "a.txt"), "second");
  EXPECT_EQ(filesIn(dir), 1u);
}

TEST(AtomicWrite, PathUnderAFileFailsNamingIt) {
  const auto dir = test::scratchDir("atomic_enotdir");
  test::writeText(dir / "plain", "x");
  try {
    writeFileAtomically(dir / "plain" / "out.json", "{}");
    FAIL();
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("plain/out.json"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("Not a directory"), std::string::npos) << e.what();
  }
  EXPECT_THROW(createFolder(dir / "plain" / "sub"), ExportError);
  EXPECT_EQ(test::readText(dir / "plain"), "x");
}

TEST(AtomicWrite, DiskFullKeepsTheEarlierFile) {
  const auto dir = test::scratchDir("atomic_enospc");
  writeFileAtomically(dir / "report.csv", "earlier");
  {
    const FaultHookGuard full([](const std::filesystem::path&) { return ENOSPC; });
    try {
      writeFileAtomically(dir / "report.csv", "newer, longer text");
      FAIL();
    } catch (const ExportError& e) {
      EXPECT_NE(std::string(e.what()).find("report.csv"), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find("No space left"), std::string::npos) << e.what();
    }
  }
  EXPECT_EQ(test::readText(dir / "report.csv"), "earlier");
  EXPECT_FALSE(anyTemporary(dir));
}

TEST(AtomicWrite, ReadOnlyFolderFailsCleanly) {
  const auto dir = test::scratchDir("atomic_readonly");
  writeFileAtomically(dir / "kept.png", "png");
  ::chmod(dir.c_str(), 0555);
  const bool canStillWrite = ::access(dir.c_str(), W_OK) == 0;  // root ignores the mode
  if (!canStillWrite) {
    try {
      writeFileAtomically(dir / "new.png", "x");
      ADD_FAILURE() << "wrote into a read-only folder";
    } catch (const ExportError& e) {
      EXPECT_NE(std::string(e.what()).find("new.png"), std::string::npos) << e.what();
    }
  }
  ::chmod(dir.c_str(), 0755);
  EXPECT_EQ(test::readText(dir / "kept.png"), "png");
  EXPECT_FALSE(std::filesystem::exists(dir / "new.png"));
  if (canStillWrite)
    GTEST_SKIP() << "running as root: a read-only mode does not stop writes (other tests inject the failure)";
}

FloatImage rampMap(int w, int h) {
  FloatImage map(w, h);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) map.at(x, y) = static_cast<float>(x) / w;
  return map;
}

TEST(AtomicWrite, LotExportFailingMidwayKeepsEarlierFilesAndNamesTheFile) {
  const auto dir = test::scratchDir("lot_export_failure");
  const std::vector<ExportFormat> formats{ExportFormat::Png, ExportFormat::Mvtec, ExportFormat::CocoRle,
                                          ExportFormat::ReportCsv};
  LotExporter exporter(dir / "export", formats, {0.5, 0.5}, {"d/test/crack/a.png", "d/test/crack/b.png"}, {"a", "b"});
  exporter.createFolders();
  const FloatImage map = rampMap(40, 30);
  exporter.addImage(0, map, nullptr);
  const std::string firstMask = test::readText(dir / "export/png/a.png");
  ASSERT_FALSE(firstMask.empty());
  {
    const FaultHookGuard full([](const std::filesystem::path& p) { return p.filename() == "b_mask.png" ? ENOSPC : 0; });
    try {
      exporter.addImage(1, map, nullptr);
      FAIL();
    } catch (const ExportError& e) {
      EXPECT_NE(std::string(e.what()).find("ground_truth/crack/b_mask.png"), std::string::npos) << e.what();
    }
  }
  EXPECT_EQ(test::readText(dir / "export/png/a.png"), firstMask);
  EXPECT_TRUE(std::filesystem::exists(dir / "export/mvtec/ground_truth/crack/a_mask.png"));
  EXPECT_FALSE(std::filesystem::exists(dir / "export/mvtec/ground_truth/crack/b_mask.png"));
  EXPECT_FALSE(anyTemporary(dir));

  // Lot files: the COCO file fails, the report is still written.
  LotReport report;
  report.thresholds = {0.5, 0.5};
  report.rows = {{"d/test/crack/a.png", 0.7f, {}}, {"d/test/crack/b.png", 0.2f, {}}};
  const FaultHookGuard full(
      [](const std::filesystem::path& p) { return p.filename() == "annotations.json" ? EIO : 0; });
  const std::vector<std::string> errors = exporter.finish(report);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("coco-rle/annotations.json"), std::string::npos) << errors[0];
  EXPECT_TRUE(std::filesystem::exists(dir / "export/report-csv/report.csv"));
  EXPECT_FALSE(std::filesystem::exists(dir / "export/coco-rle/annotations.json"));
}

TEST(AtomicWrite, ExportFolderUnderAFileFailsNamingIt) {
  const auto dir = test::scratchDir("lot_export_enotdir");
  test::writeText(dir / "export", "a file where the folder should be");
  LotExporter exporter(dir / "export", {ExportFormat::Labelme}, {0.5, 0.5}, {"a.png"}, {"a"});
  try {
    exporter.createFolders();
    FAIL();
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("export/labelme"), std::string::npos) << e.what();
  }
  EXPECT_EQ(test::readText(dir / "export"), "a file where the folder should be");
}

TEST(AtomicWrite, LotExportUsesAGivenMaskInsteadOfTheThresholdedMap) {
  const auto dir = test::scratchDir("lot_export_given_mask");
  LotExporter exporter(dir / "export", {ExportFormat::Png, ExportFormat::Mvtec}, {0.5, 0.5}, {"d/test/crack/a.png"},
                       {"a"});
  exporter.createFolders();
  const FloatImage map = rampMap(40, 30);
  const Image8 edited = test::blobMask(40, 30, 7, 2, true);
  exporter.addImage(0, map, nullptr, &edited);
  const Image8 png = importPngMask((dir / "export/png/a.png").string(), 40, 30, "a.png");
  EXPECT_EQ(png.pixels, edited.pixels);
  const Image8 mvtec = importPngMask((dir / "export/mvtec/ground_truth/crack/a_mask.png").string(), 40, 30, "a.png");
  EXPECT_EQ(mvtec.pixels, edited.pixels);
  const Image8 wrong(41, 30, 1);
  try {
    exporter.addImage(0, map, nullptr, &wrong);
    FAIL();
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("d/test/crack/a.png: the mask is 41x30"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace nagl::exporting
