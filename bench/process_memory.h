#pragma once
// This process's memory as Linux reports it, for the bench programs that
// measure peak and resident memory.
#include <string>

namespace nagl::bench {

// A field of /proc/self/status ("VmHWM", "VmRSS"), in KiB; -1 when absent.
long statusKiB(const std::string& field);

// Resets VmHWM to the current RSS (Linux 4.0+), so a run's own peak is measured.
void resetPeak();

}  // namespace nagl::bench
