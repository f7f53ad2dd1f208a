// `nagl cache info` and `nagl cache clean` end to end: help, exit codes, the
// counts, and a folder that is not a cache refused with nothing removed.
#include <gtest/gtest.h>

#include <vector>

#include "../support/cli_runner.h"
#include "../support/scratch_files.h"
#include "nagl/cache/feature_store.h"

namespace nagl::test {
namespace {
namespace fs = std::filesystem;

TEST(CacheCli, HelpAndUsageErrors) {
  for (const char* sub : {"info", "clean"}) {
    const CliResult r = runCli({"cache", sub, "--help"});
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("--cache-dir"), std::string::npos) << r.output;
  }
  EXPECT_NE(runCli({"cache", "clean", "--help"}).output.find("--older-than"), std::string::npos);
  EXPECT_EQ(runCli({"cache", "--help"}).exitCode, 0);
  EXPECT_EQ(runCli({"cache"}).exitCode, 2);
  EXPECT_EQ(runCli({"cache", "bogus"}).exitCode, 2);
  EXPECT_EQ(runCli({"cache", "clean", "--older-than", "soon"}).exitCode, 2);
  EXPECT_EQ(runCli({"cache", "info", "--bogus"}).exitCode, 2);
}

TEST(CacheCli, InfoCountsAndCleanRemovesOnlyEntries) {
  const fs::path dir = scratchDir("cache_cli");
  const cache::FeatureStore store(dir / "features");
  std::vector<float> values(12, 1.0f);
  for (char c : {'a', 'b', 'c'})
    store.write(std::string(64, c), {cache::ElementType::Float32, 3, 4, 10, 10}, values.data());
  writeBytes(dir / "features" / "keep.me", "x");
  const std::string folder = (dir / "features").string();
  CliResult r = runCli({"cache", "info", "--cache-dir", folder});
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_NE(r.output.find("entries: 3"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("bytes: 336"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find(folder), std::string::npos) << r.output;
  // The default folder follows XDG_CACHE_HOME.
  r = runCli({"cache", "info"}, "XDG_CACHE_HOME=" + shellQuote((dir / "xdg").string()));
  EXPECT_NE(r.output.find((dir / "xdg" / "nagl-inspector" / "features").string()), std::string::npos) << r.output;
  r = runCli({"cache", "clean", "--cache-dir", folder, "--older-than", "1"});
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_NE(r.output.find("removed 0 entries"), std::string::npos) << r.output;
  r = runCli({"cache", "clean", "--cache-dir", folder});
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_NE(r.output.find("removed 3 entries"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("left 1 files"), std::string::npos) << r.output;
  EXPECT_TRUE(fs::exists(dir / "features" / "keep.me"));
  // A wrong folder given by mistake: refused, exit 1, nothing removed.
  writeBytes(dir / "precious.txt", "x");
  r = runCli({"cache", "clean", "--cache-dir", dir.string()});
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_NE(r.output.find("not a NAGL Inspector feature cache"), std::string::npos) << r.output;
  EXPECT_TRUE(fs::exists(dir / "precious.txt"));
}

}  // namespace
}  // namespace nagl::test
