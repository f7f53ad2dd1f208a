#include "bench_main.h"

#include <cstdio>

namespace nagl::bench {

int benchMain(CLI::App& app, int argc, char** argv, const std::function<int()>& run, int failureCode) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::printf("%s", app.help().c_str());
    return 0;
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "%s: %s\n", app.get_name().c_str(), e.what());
    return 2;
  }
  try {
    return run();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", app.get_name().c_str(), e.what());
    return failureCode;
  }
}

}  // namespace nagl::bench
