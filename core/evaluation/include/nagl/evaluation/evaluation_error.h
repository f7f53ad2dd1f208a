#pragma once
// The one exception type of the evaluation library: the message names the
// file or folder that is wrong (a dataset path, a partial result, a query).
#include <stdexcept>

namespace nagl::evaluation {

struct EvaluationError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace nagl::evaluation
