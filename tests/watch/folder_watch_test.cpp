// What a look at the hot folder lists (scanFolder) and when a file counts as
// completely written (SettleTracker).
#include <gtest/gtest.h>

#include "../support/scratch_files.h"
#include "nagl/watch/folder_scan.h"
#include "nagl/watch/settle_tracker.h"

namespace nagl::watch {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

std::vector<std::string> pathsOf(const std::vector<FileVersion>& files) {
  std::vector<std::string> paths;
  for (const FileVersion& f : files) paths.push_back(f.path);
  return paths;
}

TEST(FolderScan, ListsImagesRecursivelyAndLeavesOutWhatIsStillBeingWritten) {
  const fs::path dir = test::scratchDir("watch_scan");
  fs::create_directories(dir / "hot/line2");
  fs::create_directories(dir / "hot/.staging");
  fs::create_directories(dir / "hot/out/export");
  for (const char* name : {"b.png", "a.JPG", "line2/c.tiff", "d.png.part", "e.PNG.TMP", ".f.png", "notes.txt",
                           ".staging/g.png", "out/export/h.png", "i.png.tmp"})
    test::writeBytes(dir / "hot" / name, "12345");
  const std::vector<FileVersion> files = scanFolder(dir / "hot", {dir / "hot/out"});
  const std::string hot = (dir / "hot").string();
  EXPECT_EQ(pathsOf(files), (std::vector<std::string>{hot + "/a.JPG", hot + "/b.png", hot + "/line2/c.tiff"}));
  EXPECT_EQ(files[0].size, 5u);
  EXPECT_GT(files[0].mtimeNs, 0);
  EXPECT_THROW(scanFolder(dir / "missing"), std::runtime_error);
}

TEST(FolderScan, TemporaryNames) {
  for (const char* name : {"x.part", "x.PART", "x.png.tmp", ".x.png", "x.Tmp"})
    EXPECT_TRUE(isTemporaryName(name)) << name;
  for (const char* name : {"x.png", "part.png", "x.tmp.png", "tmp"}) EXPECT_FALSE(isTemporaryName(name)) << name;
}

TEST(SettleTracker, AFileIsReadyOnlyOnceUnchangedForTheSettleTime) {
  SettleTracker tracker(500ms);
  const auto t0 = SettleTracker::Clock::now();
  FileVersion growing{"a.png", 100, 1};
  const FileVersion still{"b.png", 10, 1};
  EXPECT_TRUE(tracker.observe({growing, still}, t0).empty());  // first sight: never ready
  EXPECT_EQ(tracker.waiting(), 2u);
  growing.size = 200;
  EXPECT_EQ(pathsOf(tracker.observe({growing, still}, t0 + 300ms)), std::vector<std::string>{});
  EXPECT_EQ(pathsOf(tracker.observe({growing, still}, t0 + 600ms)), std::vector<std::string>{"b.png"});
  growing.mtimeNs = 2;  // touched again: the wait starts over
  EXPECT_TRUE(tracker.observe({growing}, t0 + 1000ms).empty());
  EXPECT_TRUE(tracker.observe({growing}, t0 + 1400ms).empty());
  EXPECT_EQ(pathsOf(tracker.observe({growing}, t0 + 1500ms)), std::vector<std::string>{"a.png"});
  EXPECT_EQ(tracker.waiting(), 0u);
  // A file that went away and came back is new.
  EXPECT_TRUE(tracker.observe({}, t0 + 1600ms).empty());
  EXPECT_TRUE(tracker.observe({growing}, t0 + 1700ms).empty());
}

}  // namespace
}  // namespace nagl::watch
