#pragma once
// Ctrl-C handling for long commands: the first SIGINT asks the command to
// stop cleanly (keeping what finished); a second one kills the process.
namespace nagl::cli {

void installInterruptHandler();
bool interruptRequested();

}  // namespace nagl::cli
