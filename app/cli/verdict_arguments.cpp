#include "cli/verdict_arguments.h"

#include <cmath>

namespace nagl::cli {

void addVerdictOptions(CLI::App& app, VerdictArguments& a, const std::string& thresholdHelp) {
  const CLI::Validator number = finiteFloat(-std::numeric_limits<double>::infinity());
  CLI::Option* threshold =
      app.add_option("--threshold", a.threshold, thresholdHelp)->option_text("T")->transform(number);
  app.add_option("--review", a.review, "review threshold: pass below T1, review from T1 (with --fail T2, T1 <= T2)")
      ->option_text("T1")
      ->transform(number)
      ->excludes(threshold);
  app.add_option("--fail", a.fail, "fail threshold: fail from T2 (with --review T1; masks are map >= T2)")
      ->option_text("T2")
      ->transform(number)
      ->excludes(threshold);
  app.add_option("--min-defect-area", a.minDefectArea,
                 "fail only when a region of the map at or above the fail threshold covers at least PX pixels of "
                 "the original image (8-connected; smaller: review; default 0: the score alone)")
      ->option_text("PX")
      ->transform(wholeNumber(0, 1 << 30));
}

std::optional<VerdictRule> checkedVerdictRule(const VerdictArguments& a) {
  const bool pairGiven = !std::isnan(a.review) || !std::isnan(a.fail);
  if (pairGiven && (std::isnan(a.review) || std::isnan(a.fail)))
    throw UsageError("--review T1 and --fail T2 go together (or give one --threshold T)");
  if (!pairGiven && std::isnan(a.threshold)) {
    if (a.minDefectArea >= 0) throw UsageError("--min-defect-area needs --threshold T or --review T1 --fail T2");
    return std::nullopt;
  }
  VerdictRule rule;
  rule.review = pairGiven ? a.review : a.threshold;
  rule.fail = pairGiven ? a.fail : a.threshold;
  if (rule.review > rule.fail)
    throw UsageError("--review " + std::to_string(rule.review) + " is above --fail " + std::to_string(rule.fail) +
                     " (T1 <= T2)");
  rule.minDefectArea = a.minDefectArea > 0 ? static_cast<std::size_t>(a.minDefectArea) : 0;
  rule.source = !a.source.empty() ? a.source
                : pairGiven       ? "command line (--review/--fail)"
                                  : "command line (--threshold)";
  return rule;
}

}  // namespace nagl::cli
