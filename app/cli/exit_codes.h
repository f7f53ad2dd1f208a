#pragma once
// Exit codes scripts can rely on; `nagl --help` lists them.
namespace nagl::cli {

enum ExitCode : int {
  kExitOk = 0,
  kExitFailure = 1,         // nothing usable was produced (bad model, reference, output folder)
  kExitUsage = 2,           // the command line is wrong
  kExitPartialFailure = 3,  // some inputs failed; the others' outputs were written
  kExitInterrupted = 130,   // Ctrl-C: what finished was written
  kExitTerminated = 143,    // SIGTERM (nagl watch): stopped as after Ctrl-C
};

inline constexpr const char* kExitCodeHelp =
    "Exit codes: 0 success; 1 failure (bad model, reference or output folder: nothing written);\n"
    "2 usage error; 3 some queries failed or the disk filled (the others' outputs were written);\n"
    "130 interrupted by Ctrl-C (what finished was written); 143 stopped by SIGTERM (nagl watch).\n";

}  // namespace nagl::cli
