// `nagl`: the headless command-line front end. Dispatches to subcommands.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "version/version_info.h"

namespace {

void printUsage(std::FILE* to) {
  std::fprintf(to,
               "Usage: nagl <command> [options]\n\n"
               "NAGL Inspector command line: few-shot anomaly detection with a DINOv2 backbone\n"
               "and a NAGL head, guided by normal and abnormal reference images.\n\n"
               "Commands:\n"
               "  infer     score query images against reference images, write maps and scores\n"
               "  metrics   evaluate anomaly maps against an MVTec-layout dataset (AUROC, AP, AU-PRO...)\n"
               "  demo-data write a small synthetic MVTec-layout dataset\n"
               "  eval      evaluate on MVTec-layout datasets (honest or paper protocol), JSON + Markdown report\n"
               "  train     train a NAGL head episodically on MVTec-layout data (cached backbone features)\n"
               "  models    manage the local model store (list, import, fetch, remove, verify, default)\n"
               "  merge     join the shard runs of one lot (nagl infer --shard K/N) into one run\n"
               "  recipe    make, show and verify inspection recipes (nagl infer --recipe FILE)\n"
               "  watch     score images as they arrive in a hot folder (nagl watch --recipe FILE --out OUT DIR)\n"
               "  cache     show or clean the on-disk backbone feature cache (nagl train, nagl eval --cache-dir)\n\n"
               "Run 'nagl <command> --help' for the options of a command.\n"
               "  --version  print the version\n\n%s",
               nagl::cli::kExitCodeHelp);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    printUsage(stderr);
    return nagl::cli::kExitUsage;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "--help" || command == "-h" || command == "help") {
    printUsage(stdout);
    return nagl::cli::kExitOk;
  }
  if (command == "--version") {
    std::fputs(nagl::version::versionText("nagl").c_str(), stdout);
    return nagl::cli::kExitOk;
  }
  if (command == "infer") return nagl::cli::runInfer(args);
  if (command == "metrics") return nagl::cli::runMetrics(args);
  if (command == "demo-data") return nagl::cli::runDemoData(args);
  if (command == "models") return nagl::cli::runModels(args);
  if (command == "eval") return nagl::cli::runEval(args);
  if (command == "train") return nagl::cli::runTrain(args);
  if (command == "merge") return nagl::cli::runMerge(args);
  if (command == "recipe") return nagl::cli::runRecipe(args);
  if (command == "watch") return nagl::cli::runWatch(args);
  if (command == "cache") return nagl::cli::runCache(args);
  std::fprintf(stderr, "nagl: unknown command '%s' (see 'nagl --help')\n", command.c_str());
  return nagl::cli::kExitUsage;
}
