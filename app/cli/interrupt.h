#pragma once
// Ctrl-C handling for long commands: the first SIGINT asks the command to
// stop cleanly (keeping what finished); a second one kills the process.
// `nagl watch`, which runs until it is stopped, takes SIGTERM the same way.
namespace nagl::cli {

void installInterruptHandler();
// SIGINT and SIGTERM (a service manager's stop) both ask for the clean stop.
void installStopHandlers();
bool interruptRequested();
// The signal that asked for the stop (SIGINT, SIGTERM), 0 while none did.
int stopSignal();

}  // namespace nagl::cli
