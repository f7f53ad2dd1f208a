// The command-line rules every `nagl` command shares, through CLI11: one
// value per repeated option, lists three ways, numbers read as before
// (decimal only, exact floats), and the exit codes the README promises.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>

#include "cli/command_line.h"
#include "cli/exit_codes.h"

namespace nagl::cli {
namespace {

// Runs a parser over `args`; what it prints on stdout and stderr is kept.
struct Outcome {
  int exitCode = -1;
  std::string out, err;
};

Outcome run(
    CLI::App& app, const std::vector<std::string>& args, const std::function<void()>& check = [] {},
    const std::function<int()>& body = [] { return kExitOk; }) {
  testing::internal::CaptureStdout();
  testing::internal::CaptureStderr();
  Outcome o;
  o.exitCode = runCommand(app, "nagl test", args, [&] {
    check();
    return body();
  });
  o.out = testing::internal::GetCapturedStdout();
  o.err = testing::internal::GetCapturedStderr();
  return o;
}

TEST(CommandLine, RepeatedOptionsTakeOneValueEachAndLeaveThePositionals) {
  CLI::App app;
  describeCommand(app, "nagl test --normal IMG ... QUERY...", "A test command.");
  std::vector<std::string> normals, masks, queries;
  addRepeatedOption(app, "--normal", normals, "IMG", "normal image");
  addRepeatedOption(app, "--mask", masks, "MASK", "mask");
  app.add_option("QUERY", queries, "queries");
  const Outcome o =
      run(app, {"--normal", "a.png", "q1.png", "--normal=b.png", "--mask", "m,n.png", "q2.png", "--", "-q3"});
  ASSERT_EQ(o.exitCode, kExitOk) << o.err;
  EXPECT_EQ(normals, (std::vector<std::string>{"a.png", "b.png"}));
  EXPECT_EQ(masks, (std::vector<std::string>{"m,n.png"}));  // a comma is part of a file name
  EXPECT_EQ(queries, (std::vector<std::string>{"q1.png", "q2.png", "-q3"}));
}

TEST(CommandLine, ListOptionsAcceptSpacesCommasAndEquals) {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--seeds", "0", "1", "2"}, std::vector<std::string>{"--seeds", "0,1", "--seeds", "2"},
        std::vector<std::string>{"--seeds=0,1,2"}}) {
    CLI::App app;
    describeCommand(app, "nagl test", "");
    std::vector<int> seeds{7};
    addListOption(app, "--seeds", seeds, "S", "seeds")->transform(wholeNumber(0, 1000000));
    ASSERT_EQ(run(app, args).exitCode, kExitOk) << args.front();
    EXPECT_EQ(seeds, (std::vector<int>{0, 1, 2})) << args.front();
  }
}

TEST(CommandLine, WholeNumbersAreDecimalAndInRange) {
  auto parsed = [](const std::string& text) -> std::optional<int> {
    CLI::App app;
    describeCommand(app, "nagl test", "");
    int value = 448;
    app.add_option("--image-size", value, "side")->transform(wholeNumber(14, 4096));
    const Outcome o = run(app, {"--image-size", text});
    if (o.exitCode != kExitOk) {
      EXPECT_EQ(o.exitCode, kExitUsage);
      EXPECT_NE(o.err.find("--image-size"), std::string::npos) << o.err;
      return std::nullopt;
    }
    return value;
  };
  EXPECT_EQ(parsed("112"), 112);
  EXPECT_EQ(parsed("0112"), 112);  // not octal
  EXPECT_EQ(parsed("0x70"), std::nullopt);
  EXPECT_EQ(parsed("13"), std::nullopt);
  EXPECT_EQ(parsed("4097"), std::nullopt);
  EXPECT_EQ(parsed("12 px"), std::nullopt);
  EXPECT_EQ(parsed(""), std::nullopt);

  CLI::App app;
  describeCommand(app, "nagl test", "");
  std::uint32_t seed = 0;
  app.add_option("--seed", seed, "seed")->transform(wholeNumber<std::uint32_t>(0, UINT32_MAX));
  EXPECT_EQ(run(app, {"--seed", "-3"}).exitCode, kExitUsage);
  CLI::App big;
  describeCommand(big, "nagl test", "");
  big.add_option("--seed", seed, "seed")->transform(wholeNumber<std::uint32_t>(0, UINT32_MAX));
  ASSERT_EQ(run(big, {"--seed", "4294967295"}).exitCode, kExitOk);
  EXPECT_EQ(seed, 4294967295u);
}

TEST(CommandLine, DecimalNumbersAreReadExactlyAndMustBeFinite) {
  auto parsed = [](const std::string& text, double min) -> std::optional<float> {
    CLI::App app;
    describeCommand(app, "nagl test", "");
    float value = -1;
    app.add_option("--threshold", value, "T")->transform(finiteFloat(min));
    if (run(app, {"--threshold", text}).exitCode != kExitOk) return std::nullopt;
    return value;
  };
  const double any = -std::numeric_limits<double>::infinity();
  for (const char* text : {"0.1", "0.30000001", "-0.5", "1e-7", "3.4028234e38"})
    EXPECT_EQ(parsed(text, any), std::stof(text)) << text;
  EXPECT_EQ(parsed("nan", any), std::nullopt);
  EXPECT_EQ(parsed("inf", any), std::nullopt);
  EXPECT_EQ(parsed("1e50", any), std::nullopt);  // beyond float
  EXPECT_EQ(parsed("0.5x", any), std::nullopt);
  EXPECT_EQ(parsed("-0.5", 0), std::nullopt);

  CLI::App app;
  describeCommand(app, "nagl test", "");
  double lr = 0;
  app.add_option("--lr", lr, "X")->transform(finiteDouble(0));
  ASSERT_EQ(run(app, {"--lr", "0.1"}).exitCode, kExitOk);
  EXPECT_EQ(lr, 0.1);
}

TEST(CommandLine, HelpShowsUsageDescriptionAndEveryOption) {
  CLI::App app;
  describeCommand(app, "nagl test --out DIR", "Tests things.\n");
  std::string out;
  bool resume = false;
  app.add_option("--out", out, "output folder")->option_text("DIR")->required();
  app.add_flag("--resume", resume, "continue");
  const Outcome o = run(app, {"--help"});  // --out is required, but not for --help
  EXPECT_EQ(o.exitCode, kExitOk);
  EXPECT_EQ(o.out,
            "Usage: nagl test --out DIR\n\nTests things.\n\n\nOptions:\n"
            "  -h,--help                 show this help and exit\n"
            "  --out DIR                 output folder\n"
            "  --resume                  continue\n");
  EXPECT_EQ(run(app, {"-h"}).out, o.out);
}

TEST(CommandLine, UsageErrorsExitTwoNamingTheOption) {
  auto usage = [](const std::vector<std::string>& args, const std::string& named) {
    CLI::App app;
    describeCommand(app, "nagl test", "");
    std::string out, device;
    bool resume = false, overwrite = false;
    app.add_option("--out", out, "output folder")->required()->check(notEmpty());
    app.add_option("--device", device, "device");
    app.add_flag("--overwrite", overwrite, "overwrite")->excludes(app.add_flag("--resume", resume, "resume"));
    const Outcome o = run(app, args);
    EXPECT_EQ(o.exitCode, kExitUsage) << o.err;
    EXPECT_NE(o.err.find("nagl test: "), std::string::npos) << o.err;
    EXPECT_NE(o.err.find(named), std::string::npos) << o.err;
    EXPECT_NE(o.err.find("(see 'nagl test --help')"), std::string::npos) << o.err;
  };
  usage({"--bogus"}, "--bogus");  // named before the missing --out
  usage({"--out", "o", "stray"}, "stray");
  usage({"--device"}, "--device");
  usage({"--out", "o", "--device", "cpu", "--device", "cuda"}, "--device");
  usage({"--out", ""}, "--out");
  usage({"--out", "o", "--resume", "--overwrite"}, "--resume");
}

TEST(CommandLine, ChoicesCheckAndRunMapToExitCodes) {
  enum class Colour { Red, Green };
  auto colour = [](const std::string& text) {
    if (text == "red") return Colour::Red;
    if (text == "green") return Colour::Green;
    throw std::invalid_argument("colour must be red or green, got '" + text + "'");
  };
  Colour (*parse)(const std::string&) = colour;
  CLI::App app;
  describeCommand(app, "nagl test", "");
  Colour c = Colour::Red;
  addChoiceOption(app, "--colour", c, parse, "red|green", "colour");
  ASSERT_EQ(run(app, {"--colour", "green"}).exitCode, kExitOk);
  EXPECT_EQ(c, Colour::Green);
  CLI::App again;
  describeCommand(again, "nagl test", "");
  addChoiceOption(again, "--colour", c, parse, "red|green", "colour");
  const Outcome bad = run(again, {"--colour", "blue"});
  EXPECT_EQ(bad.exitCode, kExitUsage);
  EXPECT_NE(bad.err.find("--colour: colour must be red or green, got 'blue'"), std::string::npos) << bad.err;

  CLI::App plain;
  describeCommand(plain, "nagl test", "");
  EXPECT_EQ(run(plain, {}, [] { throw UsageError("--a and --b exclude each other"); }).exitCode, kExitUsage);
  const Outcome failed = run(
      plain, {}, [] {}, []() -> int { throw std::runtime_error("x.png: file not found"); });
  EXPECT_EQ(failed.exitCode, kExitFailure);
  EXPECT_NE(failed.err.find("nagl test: error: x.png: file not found"), std::string::npos) << failed.err;
  EXPECT_EQ(run(
                plain, {}, [] {}, [] { return kExitPartialFailure; })
                .exitCode,
            kExitPartialFailure);
}

TEST(CommandLine, CommandsWithArgumentStructsParseThenRun) {
  struct Arguments {
    std::string out;
    std::vector<std::string> runs;
  };
  auto declare = [](CLI::App& app, Arguments& a) {
    describeCommand(app, "nagl test --out DIR RUN...", "");
    app.add_option("--out", a.out, "output")->required();
    app.add_option("RUN", a.runs, "runs")->required();
  };
  std::string seen;
  auto work = [&](const Arguments& a) {
    seen = a.out + ":" + std::to_string(a.runs.size());
    return kExitOk;
  };
  testing::internal::CaptureStderr();
  EXPECT_EQ(runCommand<Arguments>("nagl test", {"r1", "--out", "o", "r2"}, declare, work), kExitOk);
  EXPECT_EQ(seen, "o:2");
  EXPECT_EQ(runCommand<Arguments>("nagl test", {"--out", "o"}, declare, work), kExitUsage);
  const std::string err = testing::internal::GetCapturedStderr();
  EXPECT_NE(err.find("nagl test: RUN is required"), std::string::npos) << err;
}

}  // namespace
}  // namespace nagl::cli
