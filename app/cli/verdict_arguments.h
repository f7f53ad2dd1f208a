#pragma once
// --threshold T | --review T1 --fail T2, and --min-defect-area PX: the
// verdict rule of `nagl infer` (its exports) and `nagl recipe create`.
#include <cstddef>
#include <limits>
#include <optional>
#include <string>

#include "cli/command_line.h"

namespace nagl::cli {

struct VerdictArguments {
  float threshold = std::numeric_limits<float>::quiet_NaN();  // NaN: not given
  float review = std::numeric_limits<float>::quiet_NaN();
  float fail = std::numeric_limits<float>::quiet_NaN();
  int minDefectArea = -1;  // -1: not given
  std::string source;  // where they came from when not the command line (e.g. "recipe ..."); empty: the command line
};

// The rule as the model's score units (floats, as infer has always read
// them): review == fail with --threshold.
struct VerdictRule {
  float review = 0.0f, fail = 0.0f;
  std::size_t minDefectArea = 0;
  // Where the thresholds came from, as the reports state it: "command line
  // (--threshold)", "command line (--review/--fail)" or VerdictArguments::source.
  std::string source;
};

// `thresholdHelp` says what --threshold is for in this command.
void addVerdictOptions(CLI::App& app, VerdictArguments& a, const std::string& thresholdHelp);

// The option names addVerdictOptions adds (for commands that take them from elsewhere).
inline constexpr const char* kVerdictOptionNames[] = {"--threshold", "--review", "--fail", "--min-defect-area"};

// nullopt when no threshold was given (then --min-defect-area is a usage
// error); UsageError for --threshold with --review / --fail, one of the pair
// alone, or review above fail.
std::optional<VerdictRule> checkedVerdictRule(const VerdictArguments& a);

}  // namespace nagl::cli
