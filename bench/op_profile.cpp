#include "op_profile.h"

#include <ATen/record_function.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace nagl::bench {
namespace {

using Clock = std::chrono::steady_clock;

struct Frame {
  Clock::time_point start;
  double childSeconds = 0.0;
};

thread_local std::vector<Frame> stack;
thread_local std::map<std::string, OpTime> totals;

std::unique_ptr<at::ObserverContext> onStart(const at::RecordFunction&) {
  stack.push_back({Clock::now(), 0.0});
  return nullptr;
}

void onEnd(const at::RecordFunction& fn, at::ObserverContext*) {
  if (stack.empty()) return;  // started before the profile
  const Frame frame = stack.back();
  stack.pop_back();
  const double total = std::chrono::duration<double>(Clock::now() - frame.start).count();
  if (!stack.empty()) stack.back().childSeconds += total;
  OpTime& t = totals[fn.name()];
  t.seconds += total - frame.childSeconds;
  ++t.calls;
}

}  // namespace

OpProfile::OpProfile() {
  stack.clear();
  totals.clear();
  handle_ = at::addThreadLocalCallback(at::RecordFunctionCallback(onStart, onEnd).scopes({at::RecordScope::FUNCTION}));
}

OpProfile::~OpProfile() {
  if (active_) at::removeCallback(handle_);
}

std::map<std::string, OpTime> OpProfile::stop() {
  if (active_) at::removeCallback(handle_);
  active_ = false;
  return totals;
}

void printOpTable(const std::map<std::string, OpTime>& ops, double totalSeconds, int passes) {
  std::vector<std::pair<std::string, OpTime>> rows(ops.begin(), ops.end());
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.seconds > b.second.seconds; });
  double listed = 0.0;
  std::printf("%-36s %8s %10s %7s\n", "operator (self time)", "calls", "ms/pass", "share");
  for (const auto& [name, t] : rows) {
    listed += t.seconds;
    if (t.seconds < 0.002 * totalSeconds) continue;
    std::printf("%-36s %8ld %10.2f %6.1f%%\n", name.c_str(), t.calls / passes, 1e3 * t.seconds / passes,
                100.0 * t.seconds / totalSeconds);
  }
  std::printf("%-36s %8s %10.2f %6.1f%%\n", "(outside operators)", "", 1e3 * (totalSeconds - listed) / passes,
              100.0 * (totalSeconds - listed) / totalSeconds);
}

}  // namespace nagl::bench
