#pragma once
// What a call's error says, for tests that compare error messages.
#include <string>

namespace nagl::test {

// The message of the `Error` that `call` throws, or "no error" when it
// throws nothing (an exception of another type goes on up and fails the test).
template <typename Error, typename Call>
std::string messageOf(Call&& call) {
  try {
    call();
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace nagl::test
