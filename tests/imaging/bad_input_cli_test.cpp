// `nagl infer` over the bad-input corpus: one clear error per bad file,
// scores for every good one, no crash; bad reference masks; odd paths.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <sstream>

#include "../support/cli_args.h"
#include "../support/cli_runner.h"
#include "../support/scratch_files.h"
#include "golden_case.h"

namespace nagl::test {
namespace {

namespace fs = std::filesystem;

std::string corpus(const std::string& name) { return std::string(NAGL_SOURCE_DIR) + "/tests/data/bad/images/" + name; }

std::vector<std::string> normalOnlyArgs(const fs::path& out) {
  std::vector<std::string> args = {"infer"};
  append(args, tinyModelFlags(false));
  return append(args, {"--normal", goldenImage("normal_0"), "--out", out.string()});
}

std::vector<std::string> withHead(const fs::path& out, const std::string& image, const std::string& mask) {
  auto args = normalOnlyArgs(out);
  args.insert(args.end(), {"--head", goldenDir() + "/nagl_head_tiny.pth", "--abnormal", image, "--abnormal-mask", mask,
                           goldenImage("query_0")});
  return args;
}

// What a factory share holds: a held-out check runs the same command on files
// we have never seen. Each bad file gets exactly one error line naming it;
// every good file gets a score and a map; the exit code says "partly failed".
TEST(BadInputCli, CorpusFolderGivesOneErrorPerBadFileAndScoresForTheRest) {
  const fs::path out = scratchDir("bad_corpus_infer");
  auto args = normalOnlyArgs(out);
  args.push_back(corpus(""));
  const CliResult r = runCli(args);
  ASSERT_EQ(r.exitCode, 3) << r.output;
  const std::string scores = readBytes(out / "scores.csv");
  std::size_t good = 0, bad = 0;
  for (const auto& entry : fs::directory_iterator(corpus(""))) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".py" || entry.path().extension() == ".md") continue;
    const std::string path = entry.path().string();
    const std::string stem = entry.path().stem().string();
    if (name.rfind("good_", 0) == 0 || name.rfind("mask_", 0) == 0) {
      ++good;
      EXPECT_EQ(countOccurrences(r.output, "error: " + path), 0u) << r.output;
      EXPECT_NE(scores.find(path + ","), std::string::npos) << name;
      EXPECT_EQ(scores.find(path + ",nan"), std::string::npos) << name;
      EXPECT_TRUE(fs::exists(out / "maps" / (stem + ".tiff")) || fs::exists(out / "maps" / (stem + "-2.tiff"))) << name;
    } else {
      ++bad;
      EXPECT_EQ(countOccurrences(r.output, "error: " + path + ": "), 1u) << name << "\n" << r.output;
      EXPECT_NE(scores.find(path + ",nan"), std::string::npos) << name;
    }
  }
  EXPECT_GE(good, 14u);
  EXPECT_GE(bad, 19u);
  EXPECT_NE(r.output.find(std::to_string(bad) + " of " + std::to_string(good + bad) + " queries failed"),
            std::string::npos)
      << r.output;
}

TEST(BadInputCli, PixelLimitOptionAndEnvironmentApply) {
  const fs::path out = scratchDir("bad_pixel_limit");
  auto args = normalOnlyArgs(out);
  // The reference normal_0 is 140 x 140 = 19,600 pixels; good_256x192 has 49,152.
  args.insert(args.end(), {"--max-image-pixels", "20000", corpus("good_256x192.png"), corpus("good_rgb.png")});
  CliResult r = runCli(args);
  EXPECT_EQ(r.exitCode, 3) << r.output;
  const std::string refused =
      corpus("good_256x192.png") + ": image is 256 x 192 pixels (0.0 megapixels), above the limit of 0.0";
  EXPECT_NE(r.output.find(refused), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("error: " + corpus("good_rgb.png")), std::string::npos) << r.output;
  args.erase(args.end() - 4, args.end() - 2);
  args.insert(args.begin() + 1, "--overwrite");  // the same --out again
  r = runCli(args, "NAGL_MAX_IMAGE_PIXELS=20000");
  EXPECT_EQ(r.exitCode, 3) << r.output;
  EXPECT_NE(r.output.find(refused), std::string::npos) << r.output;
  args.insert(args.end() - 2, {"--max-image-pixels", "zero"});
  EXPECT_EQ(runCli(args).exitCode, 2);
}

// A defective reference whose mask cannot guide model::Residual Mining stops the
// run before any query (exit 1) with the mask and the reason.
TEST(BadInputCli, BadReferenceMasksAreRefusedNamingTheMask) {
  const std::string image = corpus("good_rgb.png");
  struct Case {
    const char* mask;
    std::string reason;
  };
  const std::vector<Case> cases = {
      {"mask_wrong_size.png", ": the mask is 50 x 40 pixels but its image " + image + " is 64 x 48"},
      {"mask_empty.png", ": the mask marks no defect (every pixel is 0); draw the defect of " + image +
                             " or use that image as a normal reference"},
      {"tiny_13x13.png", ": the mask is 13 x 13 pixels but its image " + image + " is 64 x 48"},
      {"truncated.png", ": cannot decode image: unsupported format, corrupt or truncated file"},
  };
  for (const Case& c : cases) {
    const fs::path out = scratchDir("bad_mask");
    const CliResult r = runCli(withHead(out, image, corpus(c.mask)));
    EXPECT_EQ(r.exitCode, 1) << c.mask << "\n" << r.output;
    EXPECT_NE(r.output.find("nagl infer: error: " + corpus(c.mask) + c.reason), std::string::npos) << r.output;
    EXPECT_FALSE(fs::exists(out / "scores.csv")) << c.mask;
  }
  {
    const std::string large = corpus("good_256x192.png");
    const fs::path out = scratchDir("bad_mask");
    const CliResult r = runCli(withHead(out, large, corpus("mask_speck_for_good_256x192.png")));
    EXPECT_EQ(r.exitCode, 1) << r.output;
    EXPECT_NE(r.output.find("nagl infer: error: " + corpus("mask_speck_for_good_256x192.png") +
                            ": the defect (1 pixels) vanishes at the model's 112 px input; draw it larger"),
              std::string::npos)
        << r.output;
  }
  const fs::path out = scratchDir("good_mask");
  const CliResult ok = runCli(withHead(out, image, corpus("mask_good_for_good_rgb.png")));
  EXPECT_EQ(ok.exitCode, 0) << ok.output;
}

// File names are bytes on Linux: a query whose name is not UTF-8, deep in a
// folder tree over a thousand characters long, is scored like any other;
// the CSV keeps the bytes, the JSON report escapes them reversibly.
TEST(BadInputCli, NonUtf8AndVeryLongPathsAreScored) {
  const fs::path base = scratchDir("odd_paths");
  fs::path deep = base;
  for (int level = 0; level < 6; ++level) deep /= std::string(200, static_cast<char>('a' + level));
  fs::create_directories(deep);
  const fs::path longQuery = deep / "query.png";
  const fs::path oddQuery = base / "lot-\xff\xfe.png";
  fs::copy_file(corpus("good_rgb.png"), longQuery);
  fs::copy_file(corpus("good_rgb.png"), oddQuery);
  ASSERT_GT(longQuery.string().size(), 1200u);
  const fs::path out = base / "out";
  auto args = normalOnlyArgs(out);
  args.insert(args.end(), {"--threshold", "0.5", "--export", "report-json", longQuery.string(), oddQuery.string()});
  const CliResult r = runCli(args);
  ASSERT_EQ(r.exitCode, 0) << r.output;
  const std::string scores = readBytes(out / "scores.csv");
  EXPECT_NE(scores.find(longQuery.string() + ","), std::string::npos);
  EXPECT_NE(scores.find(oddQuery.string() + ","), std::string::npos);
  const fs::path report = out / "export" / "report-json" / "report.json";
  const std::string json = readBytes(report);
  EXPECT_EQ(json.find('\xff'), std::string::npos);
  EXPECT_NE(json.find("lot-\\udcff\\udcfe.png"), std::string::npos);
  // Python's json + os.fsencode give the original bytes back.
  const std::string check =
      "python3 -c \"import json, os, sys; r = json.load(open(sys.argv[1])); "
      "sys.exit(0 if os.fsencode(r['images'][1]['path']) == os.fsencode(sys.argv[2]) else 1)\" " +
      shellQuote(report.string()) + " " + shellQuote(oddQuery.string());
  EXPECT_EQ(std::system(check.c_str()), 0);

  // A name longer than the system allows is one clear error, not "not found".
  const std::string tooLong = (base / std::string(300, 'x')).string() + ".png";
  args = normalOnlyArgs(base / "out2");
  args.push_back(tooLong);
  args.push_back(longQuery.string());
  const CliResult r2 = runCli(args);
  EXPECT_EQ(r2.exitCode, 3) << r2.output;
  EXPECT_NE(r2.output.find("error: " + tooLong + ": File name too long"), std::string::npos) << r2.output;
}

// A folder on a share can hold a dangling link or a pipe named like an
// image: each is a row error (a pipe would otherwise block the decoder).
TEST(BadInputCli, DanglingLinksAndPipesInAFolderAreRowErrors) {
  const fs::path lot = scratchDir("odd_files") / "lot";
  fs::create_directories(lot);
  fs::copy_file(corpus("good_rgb.png"), lot / "a_good.png");
  fs::create_symlink(lot / "gone.png", lot / "b_dangling.png");
  ASSERT_EQ(::mkfifo((lot / "c_pipe.png").c_str(), 0644), 0);
  auto args = normalOnlyArgs(lot.parent_path() / "out");
  args.push_back(lot.string());
  const CliResult r = runCli(args);
  EXPECT_EQ(r.exitCode, 3) << r.output;
  EXPECT_NE(r.output.find("error: " + (lot / "b_dangling.png").string() + ": file not found"), std::string::npos)
      << r.output;
  EXPECT_NE(
      r.output.find("error: " + (lot / "c_pipe.png").string() + ": is not a regular file (a pipe, socket or device)"),
      std::string::npos)
      << r.output;
  EXPECT_EQ(r.output.find("error: " + (lot / "a_good.png").string()), std::string::npos) << r.output;
}

}  // namespace
}  // namespace nagl::test
