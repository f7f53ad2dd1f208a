#pragma once
// The `nagl` subcommands. Each takes the arguments after its name and
// returns the process exit code (see exit_codes.h).
#include <string>
#include <vector>

namespace nagl::cli {

int runInfer(const std::vector<std::string>& args);
int runMetrics(const std::vector<std::string>& args);
int runDemoData(const std::vector<std::string>& args);
int runModels(const std::vector<std::string>& args);
int runEval(const std::vector<std::string>& args);
int runTrain(const std::vector<std::string>& args);
int runMerge(const std::vector<std::string>& args);
int runRecipe(const std::vector<std::string>& args);
int runWatch(const std::vector<std::string>& args);
int runCache(const std::vector<std::string>& args);

}  // namespace nagl::cli
