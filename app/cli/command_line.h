#pragma once
// Every `nagl` command parses with CLI11 through these: the help layout
// (usage, description, one line per option), strict numbers, and the one
// way a command reports a usage error (exit 2) or a failure (exit 1).
#include <charconv>
#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/usage_error.h"

namespace nagl::cli {

// Sets up a command's parser: `usage` is its synopsis after "Usage: ",
// `description` the text under it; --help is its first option.
void describeCommand(CLI::App& app, const std::string& usage, const std::string& description);

// An option given any number of times, one value each ("--normal A --normal B").
CLI::Option* addRepeatedOption(CLI::App& app, const std::string& name, std::vector<std::string>& values,
                               const std::string& valueName, const std::string& help);

// An option taking a list: "--x a b", "--x a,b" and "--x=a,b" (values run
// until the next option).
template <typename T>
CLI::Option* addListOption(CLI::App& app, const std::string& name, std::vector<T>& values, const std::string& valueName,
                           const std::string& help) {
  return app.add_option(name, values, help + " (repeatable)")->option_text(valueName)->delimiter(',');
}

// Parses `args` (the arguments after the command's name), then `run`:
// --help prints the help (exit 0), a parse error or a UsageError prints
// "<label>: <message>" and where to look (exit 2), any other exception
// prints "<label>: error: <message>" (exit 1).
int runCommand(CLI::App& app, const std::string& label, const std::vector<std::string>& args,
               const std::function<int()>& run);

// The same for a command whose options fill an `Arguments`: `declare` adds
// them to the parser; `run` checks them across options (UsageError) and works.
template <typename Arguments>
int runCommand(const std::string& label, const std::vector<std::string>& args,
               const std::function<void(CLI::App&, Arguments&)>& declare,
               const std::function<int(const Arguments&)>& run) {
  CLI::App app;
  Arguments arguments;
  declare(app, arguments);
  return runCommand(app, label, args, [&] { return run(arguments); });
}

// Whole numbers from min to max in decimal digits (no hex, no octal, no sign
// for unsigned types), as the CLI has always read them. Add it with
// ->transform(), which keeps the canonical text it writes back.
template <typename Int>
CLI::Validator wholeNumber(Int min, Int max) {
  return CLI::Validator(
      [min, max](std::string& text) -> std::string {
        Int value{};
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || end != text.data() + text.size() || text.empty())
          return "expects a whole number, got '" + text + "'";
        if (value < min || value > max)
          return "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", got " + text;
        text = std::to_string(value);  // CLI11 reads leading zeros as octal
        return {};
      },
      "");
}

// An option whose text `parse` turns into a value (an enum); what `parse`
// throws as std::invalid_argument is the usage error, after the option's name.
template <typename T>
CLI::Option* addChoiceOption(CLI::App& app, const std::string& name, T& target, T (*parse)(const std::string&),
                             const std::string& valueName, const std::string& help) {
  return app
      .add_option_function<std::string>(
          name,
          [&target, parse, name](const std::string& text) {
            try {
              target = parse(text);
            } catch (const std::invalid_argument& e) {
              throw CLI::ValidationError(name, e.what());
            }
          },
          help)
      ->option_text(valueName);
}

// For a required text option: given, but empty, is still missing.
CLI::Validator notEmpty();

// A finite decimal number (float or double, read by std::stof / std::stod as
// before), at least `min`; with ->transform() as well.
CLI::Validator finiteFloat(double min);
CLI::Validator finiteDouble(double min);

}  // namespace nagl::cli
