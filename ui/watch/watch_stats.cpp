#include "ui/watch/watch_stats.h"

#include <algorithm>

#include "ui/document/inspection_document.h"

namespace nagl::ui {

namespace {
constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kMinWindowMs = 60'000;  // a fail in the first seconds is not hundreds an hour
}  // namespace

WatchCounts countLot(const InspectionDocument& document) {
  WatchCounts counts;
  counts.images = static_cast<int>(document.results().size());
  for (int row = 0; row < counts.images; ++row) {
    const QueryStatus status = document.results().at(row).status;
    if (status == QueryStatus::Failed) {
      ++counts.errors;
      continue;
    }
    switch (document.verdictAt(row)) {
      case Verdict::Fail:
        ++counts.fail;
        break;
      case Verdict::Review:
        ++counts.review;
        break;
      case Verdict::Pass:
        break;
      case Verdict::None:
        counts.pending += status == QueryStatus::Pending;
        break;
    }
  }
  return counts;
}

qint64 FailRate::windowMs(qint64 nowMs) const { return std::clamp(nowMs - startMs_, kMinWindowMs, kHourMs); }

double FailRate::perHour(qint64 nowMs) {
  while (!fails_.empty() && fails_.front() <= nowMs - kHourMs) fails_.pop_front();  // older than the hour
  const qint64 window = windowMs(nowMs);
  return static_cast<double>(fails_.size()) * static_cast<double>(kHourMs) / static_cast<double>(window);
}

}  // namespace nagl::ui
