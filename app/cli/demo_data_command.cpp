// `nagl demo-data`: write a small deterministic synthetic MVTec-layout
// dataset (three product looks, three defect kinds each, exact masks).
#include <charconv>
#include <cstdio>
#include <filesystem>

#include "cli/argument_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "nagl/demo/demo_dataset.h"

namespace nagl::cli {
namespace {

ArgumentParser makeParser() {
  ArgumentParser p("nagl demo-data --out DIR [--seed N]",
                   "Writes a synthetic dataset in the MVTec AD layout to DIR (which must be new or\n"
                   "empty): DIR/<category>/train/good, test/good, test/<defect> and\n"
                   "ground_truth/<defect>/<stem>_mask.png, 256 x 256 RGB PNGs. The same seed gives\n"
                   "byte-identical files.\n\n"
                   "Exit codes: 0 success; 1 failure (folder not empty or not writable); 2 usage error.\n");
  p.addOption("--out", "DIR", "output folder (created; must be empty)");
  p.addOption("--seed", "N", "random seed, 0 to 4294967295 (default 0)");
  return p;
}

std::uint32_t parseSeed(const std::optional<std::string>& text) {
  if (!text) return 0;
  std::uint32_t seed = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), seed);
  if (ec != std::errc() || end != text->data() + text->size())
    throw UsageError("option --seed expects a whole number from 0 to 4294967295, got '" + *text + "'");
  return seed;
}

int writeDataset(const std::filesystem::path& out, std::uint32_t seed) {
  std::error_code ec;
  if (std::filesystem::exists(out, ec) && !std::filesystem::is_empty(out, ec))
    throw std::runtime_error(out.string() + ": folder is not empty (choose a new or empty folder)");
  std::filesystem::create_directories(out, ec);
  if (!std::filesystem::is_directory(out)) throw std::runtime_error(out.string() + ": cannot create output folder");
  const std::size_t images = demo::writeDemoDataset(out, seed);
  std::string names;
  for (const auto& c : demo::demoCategories()) names += (names.empty() ? "" : ", ") + c.name;
  std::fprintf(stderr, "wrote %zu images (%s) to %s\n", images, names.c_str(), out.string().c_str());
  return kExitOk;
}

}  // namespace

int runDemoData(const std::vector<std::string>& args) {
  ArgumentParser parser = makeParser();
  std::filesystem::path out;
  std::uint32_t seed = 0;
  try {
    parser.parse(args);
    if (parser.flag("--help")) {
      std::printf("%s", parser.help().c_str());
      return kExitOk;
    }
    out = parser.required("--out");
    seed = parseSeed(parser.value("--seed"));
    if (!parser.positionals().empty()) throw UsageError("unexpected argument '" + parser.positionals().front() + "'");
  } catch (const UsageError& e) {
    std::fprintf(stderr, "nagl demo-data: %s\n(see 'nagl demo-data --help')\n", e.what());
    return kExitUsage;
  }
  try {
    return writeDataset(out, seed);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "nagl demo-data: error: %s\n", e.what());
    return kExitFailure;
  }
}

}  // namespace nagl::cli
