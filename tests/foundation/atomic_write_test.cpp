// The one atomic write: whole files or none, the system's reason in the
// error (what the CLI's full-disk stop reads), nothing left behind.
#include "nagl/foundation/atomic_write.h"

#include <gtest/gtest.h>

#include <cerrno>

#include "../support/scratch_files.h"

namespace nagl::foundation {
namespace {

std::size_t entriesIn(const std::filesystem::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++n;
  return n;
}

TEST(AtomicWrite, ReplacesTheFileWholeAndLeavesNoTemporary) {
  const auto dir = test::scratchDir("replace");
  writeFileAtomically(dir / "a.bin", std::string("first\0one", 9));
  writeFileAtomically(dir / "a.bin", "second");
  EXPECT_EQ(test::readBytes(dir / "a.bin"), "second");
  EXPECT_EQ(entriesIn(dir), 1u);
}

TEST(AtomicWrite, StreamsPiecesAndShowsNothingBeforeCommit) {
  const auto dir = test::scratchDir("pieces");
  AtomicFile file(dir / "out.bin");
  file.write("ab");
  file.write("cd", 2);
  EXPECT_FALSE(std::filesystem::exists(dir / "out.bin"));
  file.commit();
  EXPECT_EQ(test::readBytes(dir / "out.bin"), "abcd");
  EXPECT_THROW(file.commit(), WriteError);
}

TEST(AtomicWrite, AnAbandonedFileLeavesNothing) {
  const auto dir = test::scratchDir("abandoned");
  test::writeBytes(dir / "kept.bin", "earlier");
  {
    AtomicFile file(dir / "kept.bin");
    file.write("half");
  }
  EXPECT_EQ(test::readBytes(dir / "kept.bin"), "earlier");
  EXPECT_EQ(entriesIn(dir), 1u);
}

TEST(AtomicWrite, MissingFolderNamesTheFileAndTheReason) {
  const auto dir = test::scratchDir("missing_folder");
  try {
    writeFileAtomically(dir / "no" / "out.json", "{}");
    FAIL();
  } catch (const WriteError& e) {
    EXPECT_EQ(e.systemError(), ENOENT);
    EXPECT_NE(std::string(e.what()).find("no/out.json"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("No such file"), std::string::npos) << e.what();
  }
}

TEST(AtomicWrite, InjectedFullDiskCarriesEnospcAndKeepsTheEarlierFile) {
  const auto dir = test::scratchDir("enospc");
  writeFileAtomically(dir / "scores.csv", "earlier");
  setWriteFaultHookForTesting([](const std::filesystem::path&) { return ENOSPC; });
  try {
    writeFileAtomically(dir / "scores.csv", "newer");
    ADD_FAILURE() << "wrote past an injected full disk";
  } catch (const WriteError& e) {
    EXPECT_EQ(e.systemError(), ENOSPC);
    EXPECT_NE(std::string(e.what()).find("No space left"), std::string::npos) << e.what();
  }
  setWriteFaultHookForTesting({});
  EXPECT_EQ(test::readBytes(dir / "scores.csv"), "earlier");
  EXPECT_EQ(entriesIn(dir), 1u);
}

TEST(AtomicWrite, RenameOntoAFolderFailsAndRemovesTheTemporary) {
  const auto dir = test::scratchDir("onto_folder");
  std::filesystem::create_directories(dir / "taken" / "inside");
  EXPECT_THROW(writeFileAtomically(dir / "taken", "x"), WriteError);
  EXPECT_EQ(entriesIn(dir), 1u);
  EXPECT_TRUE(std::filesystem::is_directory(dir / "taken"));
}

}  // namespace
}  // namespace nagl::foundation
