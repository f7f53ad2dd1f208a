#include "nagl/watch/settle_tracker.h"

namespace nagl::watch {

std::vector<FileVersion> SettleTracker::observe(const std::vector<FileVersion>& scan, Clock::time_point now) {
  std::map<std::string, Seen> next;
  std::vector<FileVersion> settled;
  waiting_ = 0;
  for (const FileVersion& file : scan) {
    const auto it = seen_.find(file.path);
    Seen seen = it != seen_.end() && it->second.version == file ? it->second : Seen{file, now};
    if (now - seen.since >= settle_)
      settled.push_back(file);
    else
      ++waiting_;
    next.emplace(file.path, std::move(seen));
  }
  seen_ = std::move(next);
  return settled;
}

}  // namespace nagl::watch
