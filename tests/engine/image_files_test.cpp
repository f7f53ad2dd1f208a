#include <gtest/gtest.h>

#include "../support/scratch_files.h"
#include "nagl/engine/image_files.h"

namespace nagl::test {
namespace {

TEST(ImageFiles, FoldersAreWalkedRecursivelyForImagesInSortedOrder) {
  const auto dir = scratchDir("image_files");
  std::filesystem::create_directories(dir / "lot" / "sub");
  for (const char* name : {"lot/b.PNG", "lot/a.jpg", "lot/notes.txt", "lot/sub/c.tiff", "single.dat"})
    writeBytes(dir / name, "x");
  const auto files = engine::collectImageFiles({(dir / "lot").string(), (dir / "single.dat").string()});
  EXPECT_EQ(files, (std::vector<std::string>{(dir / "lot/a.jpg").string(), (dir / "lot/b.PNG").string(),
                                             (dir / "lot/sub/c.tiff").string(), (dir / "single.dat").string()}));
}

TEST(ImageFiles, MissingPathsAreNamed) {
  try {
    engine::collectImageFiles({"/no/such/lot"});
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), "/no/such/lot: no such file or folder");
  }
}

}  // namespace
}  // namespace nagl::test
