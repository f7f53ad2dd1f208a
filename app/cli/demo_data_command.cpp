// `nagl demo-data`: write a small deterministic synthetic MVTec-layout
// dataset (three product looks, three defect kinds each, exact masks).
#include <cstdint>
#include <cstdio>
#include <filesystem>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "nagl/demo/demo_dataset.h"

namespace nagl::cli {
namespace {

struct DemoArguments {
  std::string out;
  std::uint32_t seed = 0;
};

void addOptions(CLI::App& app, DemoArguments& a) {
  describeCommand(app, "nagl demo-data --out DIR [--seed N]",
                  "Writes a synthetic dataset in the MVTec AD layout to DIR (which must be new or\n"
                  "empty): DIR/<category>/train/good, test/good, test/<defect> and\n"
                  "ground_truth/<defect>/<stem>_mask.png, 256 x 256 RGB PNGs. The same seed gives\n"
                  "byte-identical files.\n\n"
                  "Exit codes: 0 success; 1 failure (folder not empty or not writable); 2 usage error.\n");
  app.add_option("--out", a.out, "output folder (created; must be empty)")
      ->option_text("DIR")
      ->required()
      ->check(notEmpty());
  app.add_option("--seed", a.seed, "random seed, 0 to 4294967295 (default 0)")
      ->option_text("N")
      ->transform(wholeNumber<std::uint32_t>(0, UINT32_MAX));
}

int writeDataset(const DemoArguments& a) {
  const std::filesystem::path out = a.out;
  std::error_code ec;
  if (std::filesystem::exists(out, ec) && !std::filesystem::is_empty(out, ec))
    throw std::runtime_error(out.string() + ": folder is not empty (choose a new or empty folder)");
  std::filesystem::create_directories(out, ec);
  if (!std::filesystem::is_directory(out)) throw std::runtime_error(out.string() + ": cannot create output folder");
  const std::size_t images = demo::writeDemoDataset(out, a.seed);
  std::string names;
  for (const auto& c : demo::demoCategories()) names += (names.empty() ? "" : ", ") + c.name;
  std::fprintf(stderr, "wrote %zu images (%s) to %s\n", images, names.c_str(), out.string().c_str());
  return kExitOk;
}

}  // namespace

int runDemoData(const std::vector<std::string>& args) {
  return runCommand<DemoArguments>("nagl demo-data", args, addOptions, writeDataset);
}

}  // namespace nagl::cli
