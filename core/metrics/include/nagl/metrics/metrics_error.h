#pragma once
// The one exception type of the metrics library: the message says which
// metric is undefined or which input is wrong.
#include <stdexcept>

namespace nagl::metrics {

struct MetricsError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace nagl::metrics
