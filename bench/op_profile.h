#pragma once
// Self time per ATen operator on the calling thread, through a thread-local
// RecordFunction callback (the same API in LibTorch 1.13 and 2.x, unlike the
// legacy profiler). An operator's time excludes the operators it calls, so
// the rows add up to the profiled wall time.
#include <cstdint>
#include <map>
#include <string>

namespace nagl::bench {

struct OpTime {
  double seconds = 0.0;
  long calls = 0;
};

class OpProfile {
 public:
  OpProfile();  // starts recording on this thread
  ~OpProfile();
  OpProfile(const OpProfile&) = delete;
  OpProfile& operator=(const OpProfile&) = delete;

  // Stops recording; returns the self time by operator name.
  std::map<std::string, OpTime> stop();

 private:
  bool active_ = true;
  std::uint64_t handle_ = 0;
};

// Prints the operators by self time, with calls and share of `totalSeconds`
// (each divided by `passes`).
void printOpTable(const std::map<std::string, OpTime>& ops, double totalSeconds, int passes);

}  // namespace nagl::bench
