#include "cli/command_group.h"

#include <cstdio>

#include "cli/exit_codes.h"

namespace nagl::cli {
namespace {

void printOverview(const CommandGroup& group, std::FILE* to) {
  std::fprintf(to, "Usage: nagl %s <command> [options]\n\n%s\n\nCommands:\n", group.name.c_str(),
               group.description.c_str());
  for (const GroupCommand& c : group.commands) std::fprintf(to, "  %-8s %s\n", c.name.c_str(), c.summary.c_str());
  std::fprintf(to, "\n%sRun 'nagl %s <command> --help' for its options.\n%s", group.beforeRunHint.c_str(),
               group.name.c_str(), group.footer.c_str());
}

}  // namespace

int runCommandGroup(const CommandGroup& group, const std::vector<std::string>& args) {
  if (args.empty()) {
    printOverview(group, stderr);
    return kExitUsage;
  }
  const std::string& command = args[0];
  if (command == "--help" || command == "-h" || command == "help") {
    printOverview(group, stdout);
    return kExitOk;
  }
  for (const GroupCommand& c : group.commands)
    if (c.name == command) return c.run({args.begin() + 1, args.end()});
  std::fprintf(stderr, "nagl %s: unknown command '%s' (see 'nagl %s --help')\n", group.name.c_str(), command.c_str(),
               group.name.c_str());
  return kExitUsage;
}

}  // namespace nagl::cli
