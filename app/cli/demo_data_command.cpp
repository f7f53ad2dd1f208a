// `nagl demo-data`: write a small deterministic synthetic MVTec-layout
// dataset (three product looks, three defect kinds each, exact masks), at
// 256 x 256 or, with --size, a high-resolution side with small defects.
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
  int size = demo::kDemoDefaultSide;
};

void addOptions(CLI::App& app, DemoArguments& a) {
  describeCommand(app, "nagl demo-data --out DIR [--seed N] [--size N]",
                  "Writes a synthetic dataset in the MVTec AD layout to DIR (which must be new or\n"
                  "empty): DIR/<category>/train/good, test/good, test/<defect> and\n"
                  "ground_truth/<defect>/<stem>_mask.png, 256 x 256 RGB PNGs (N x N with --size).\n"
                  "The same seed and size give byte-identical files.\n\n"
                  "--size N draws the same parts filling an N x N image, as a camera of more pixels\n"
                  "would see them, while every defect keeps its size in pixels (5 to 16 px in radius,\n"
                  "scratches 1-2 px wide and up to about 80 px long); the masks stay exact. At 1024\n"
                  "and more these are the small defects of a high-resolution part: compare\n"
                  "'nagl eval' with and without --tile on them.\n\n"
                  "Exit codes: 0 success; 1 failure (folder not empty or not writable); 2 usage error.\n");
  app.add_option("--out", a.out, "output folder (created; must be empty)")
      ->option_text("DIR")
      ->required()
      ->check(notEmpty());
  app.add_option("--seed", a.seed, "random seed, 0 to 4294967295 (default 0)")
      ->option_text("N")
      ->transform(wholeNumber<std::uint32_t>(0, UINT32_MAX));
  app.add_option("--size", a.size,
                 "image side in pixels, " + std::to_string(demo::kDemoMinSide) + " to " +
                     std::to_string(demo::kDemoMaxSide) + " (default 256); defects keep their size in pixels")
      ->option_text("N")
      ->transform(wholeNumber(demo::kDemoMinSide, demo::kDemoMaxSide));
}

int writeDataset(const DemoArguments& a) {
  const std::filesystem::path out = a.out;
  std::error_code ec;
  if (std::filesystem::exists(out, ec) && !std::filesystem::is_empty(out, ec))
    throw std::runtime_error(out.string() + ": folder is not empty (choose a new or empty folder)");
  std::filesystem::create_directories(out, ec);
  if (!std::filesystem::is_directory(out)) throw std::runtime_error(out.string() + ": cannot create output folder");
  const std::size_t images = demo::writeDemoDataset(out, a.seed, {}, a.size);
  std::string names;
  for (const auto& c : demo::demoCategories()) names += (names.empty() ? "" : ", ") + c.name;
  std::fprintf(stderr, "wrote %zu images of %d x %d (%s) to %s\n", images, a.size, a.size, names.c_str(),
               out.string().c_str());
  return kExitOk;
}

}  // namespace

int runDemoData(const std::vector<std::string>& args) {
  return runCommand<DemoArguments>("nagl demo-data", args, addOptions, writeDataset);
}

}  // namespace nagl::cli
