#pragma once
// The one exception type of the model store. Messages are single lines that
// name the file, model or URL concerned and, where there is one, the fix.
#include <stdexcept>

namespace nagl::store {

struct StoreError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace nagl::store
