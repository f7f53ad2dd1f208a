#pragma once
// A `nagl` command made of subcommands (`nagl cache`, `nagl models`,
// `nagl recipe`): one overview layout, one help and unknown-command rule.
#include <functional>
#include <string>
#include <vector>

namespace nagl::cli {

struct GroupCommand {
  std::string name;
  std::string summary;                                      // one line in the overview
  std::function<int(const std::vector<std::string>&)> run;  // the arguments after the name
};

struct CommandGroup {
  std::string name = {};         // "cache": the overview says "Usage: nagl cache <command> [options]"
  std::string description = {};  // the paragraph under the usage line
  std::vector<GroupCommand> commands = {};
  std::string beforeRunHint = {};  // a line or two between the command list and "Run 'nagl X <command> --help'"
  std::string footer = {};         // after that line: what the group's files are, the exit codes
};

// No arguments prints the overview to stderr (exit 2); --help, -h or help
// prints it to stdout (exit 0); a known name runs its command; anything else
// is a usage error naming it (exit 2).
int runCommandGroup(const CommandGroup& group, const std::vector<std::string>& args);

}  // namespace nagl::cli
