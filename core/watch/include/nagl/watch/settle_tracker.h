#pragma once
// When a file in the hot folder is completely written: its size and
// modification time are the same in two scans at least `settle` apart
// (nothing was written to it for that long). A writer that pauses longer
// than `settle` between two writes is taken as done; names still being
// filled (*.part, *.tmp, hidden) never reach here (folder_scan.h).
#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "nagl/watch/folder_scan.h"

namespace nagl::watch {

class SettleTracker {
 public:
  using Clock = std::chrono::steady_clock;

  explicit SettleTracker(std::chrono::milliseconds settle) : settle_(settle) {}

  // One scan's files (those still to be scored) at `now`: returns those that
  // have settled, in the scan's order. A file missing from the scan is
  // forgotten; one that changed starts waiting again.
  std::vector<FileVersion> observe(const std::vector<FileVersion>& scan, Clock::time_point now);

  // Files seen but not settled at the last observe().
  std::size_t waiting() const { return waiting_; }

 private:
  struct Seen {
    FileVersion version;
    Clock::time_point since;  // first seen as this version
  };
  std::chrono::milliseconds settle_;
  std::map<std::string, Seen> seen_;
  std::size_t waiting_ = 0;
};

}  // namespace nagl::watch
