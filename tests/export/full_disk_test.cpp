// Export writes on a real full disk and a real read-only file system (a
// small tmpfs; skipped where mounting is not permitted — the injected
// failures in atomic_write_test.cpp cover the same code everywhere).
#include <gtest/gtest.h>

#include "../support/small_disk.h"
#include "export_test_support.h"
#include "nagl/export/atomic_write.h"

namespace nagl::exporting {
namespace {

bool anyTemporary(const std::filesystem::path& dir) {
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().filename().string().find(".part-") != std::string::npos) return true;
  return false;
}

TEST(FullDisk, ExportWriteFailsNamingTheFileAndKeepsTheEarlierOne) {
  const auto dir = test::scratchDir("export_full_disk");
  test::SmallDisk disk(dir, 256 * 1024);
  if (!disk.mounted()) GTEST_SKIP() << "cannot mount a tmpfs here: " << disk.whyNot();
  writeFileAtomically(dir / "report.csv", "earlier");
  disk.fill();
  const std::string larger(64 * 1024, 'n');
  try {
    writeFileAtomically(dir / "report.csv", larger);
    FAIL() << "wrote to a full disk";
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("report.csv"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("No space left"), std::string::npos) << e.what();
  }
  EXPECT_EQ(test::readText(dir / "report.csv"), "earlier");
  EXPECT_FALSE(anyTemporary(dir));
  disk.release();
  writeFileAtomically(dir / "report.csv", larger);
  EXPECT_EQ(test::readText(dir / "report.csv"), larger);
}

TEST(FullDisk, ExportIntoAReadOnlyFileSystemFailsCleanlyEvenForRoot) {
  const auto dir = test::scratchDir("export_read_only");
  test::SmallDisk disk(dir, 256 * 1024);
  if (!disk.mounted()) GTEST_SKIP() << "cannot mount a tmpfs here: " << disk.whyNot();
  writeFileAtomically(dir / "kept.png", "png");
  ASSERT_TRUE(disk.makeReadOnly());
  try {
    writeFileAtomically(dir / "new.png", "x");
    FAIL() << "wrote into a read-only file system";
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("new.png"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("Read-only file system"), std::string::npos) << e.what();
  }
  EXPECT_THROW(writeFileAtomically(dir / "kept.png", "newer"), ExportError);
  EXPECT_EQ(test::readText(dir / "kept.png"), "png");
}

}  // namespace
}  // namespace nagl::exporting
