#pragma once
// The main() of every bench program: its options parsed with CLI11 (--help
// lists them), then `run`; an exception becomes "<program>: <message>".
#include <functional>

#include <CLI/CLI.hpp>

namespace nagl::bench {

// Exit 0 after --help, 2 for a wrong command line, `failureCode` when `run` throws.
int benchMain(CLI::App& app, int argc, char** argv, const std::function<int()>& run, int failureCode = 1);

}  // namespace nagl::bench
