#include "cli/interrupt.h"

#include <csignal>

namespace nagl::cli {
namespace {
volatile std::sig_atomic_t interrupted = 0;

extern "C" void onInterrupt(int signal) {
  interrupted = signal;
  std::signal(signal, SIG_DFL);  // a second Ctrl-C ends the process at once
}
}  // namespace

void installInterruptHandler() { std::signal(SIGINT, onInterrupt); }
void installStopHandlers() {
  std::signal(SIGINT, onInterrupt);
  std::signal(SIGTERM, onInterrupt);
}
bool interruptRequested() { return interrupted != 0; }
int stopSignal() { return interrupted; }

}  // namespace nagl::cli
