// libFuzzer target: arbitrary bytes through the JSON reader that parses
// safetensors headers (and every JSON file the model library reads). Only a
// value or json::Error is an allowed outcome.
#include <cstdint>
#include <string_view>

#include "nagl/checkpoint/json_lite.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const auto value = nagl::checkpoint::json::parse(std::string_view(reinterpret_cast<const char*>(data), size));
    (void)nagl::checkpoint::json::asUint64(value);
  } catch (const nagl::checkpoint::json::ParseError&) {
  }
  return 0;
}
