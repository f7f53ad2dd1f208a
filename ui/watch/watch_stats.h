#pragma once
// The counts a watch shows: images, fails, reviews and unreadable ones of the
// lot (the verdicts as they stand), and the fail rate per hour over the last
// hour (or since the watch started, when that is less, but at least a
// minute), from the times the
// fails arrived. Plain data: the clock is the caller's (milliseconds).
#include <QString>
#include <deque>

#include "ui/lot/verdict.h"

namespace nagl::ui {

class InspectionDocument;

struct WatchCounts {
  int images = 0, fail = 0, review = 0, errors = 0, pending = 0;
};

// The lot's counts now (verdicts through the document: overrides count).
WatchCounts countLot(const InspectionDocument& document);

class FailRate {
 public:
  explicit FailRate(qint64 startMs = 0) : startMs_(startMs) {}
  void recordFail(qint64 atMs) { fails_.push_back(atMs); }
  // Fails per hour over windowMs(nowMs).
  double perHour(qint64 nowMs);
  // The span the rate is over: an hour, or the time since the start when less (a minute at least).
  qint64 windowMs(qint64 nowMs) const;

 private:
  qint64 startMs_;
  std::deque<qint64> fails_;
};

}  // namespace nagl::ui
