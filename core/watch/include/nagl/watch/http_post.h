#pragma once
// One HTTP(S) POST of a JSON body with libcurl (the proxy variables libcurl
// reads apply, as for the model store's downloads), bounded in time.
#include <string>

namespace nagl::watch {

struct PostOutcome {
  bool delivered = false;  // a 2xx answer
  long httpStatus = 0;     // 0: no answer (refused, timed out, ...)
  std::string error;       // why not delivered, for the log
};

PostOutcome postJson(const std::string& url, const std::string& body, long timeoutMs);

}  // namespace nagl::watch
