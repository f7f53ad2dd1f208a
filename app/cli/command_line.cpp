#include "cli/command_line.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>

#include "cli/exit_codes.h"

namespace nagl::cli {
namespace {

// The help layout `nagl` has always printed: the synopsis, the description,
// then every option with its value name and help in a 28-column table.
class CommandHelp : public CLI::Formatter {
 public:
  explicit CommandHelp(std::string usage) : usage_(std::move(usage)) { column_width(28); }

  std::string make_help(const CLI::App* app, std::string, CLI::AppFormatMode) const override {
    std::string out = "Usage: " + usage_ + "\n\n" + app->get_description() + "\n\nOptions:\n";
    for (const CLI::Option* option : app->get_options([](const CLI::Option* o) { return o->nonpositional(); }))
      out += make_option(option, false);
    return out;
  }
  std::string make_option_opts(const CLI::Option* option) const override {
    return option->get_option_text().empty() ? std::string() : " " + option->get_option_text();
  }

 private:
  std::string usage_;
};

template <typename Real>
CLI::Validator finiteNumber(double min, Real (*read)(const std::string&, std::size_t*)) {
  return CLI::Validator(
      [min, read](std::string& text) -> std::string {
        std::size_t used = 0;
        Real value = 0;
        try {
          value = read(text, &used);
        } catch (const std::exception&) {
          used = 0;
        }
        if (used != text.size() || text.empty() || !std::isfinite(value) || value < min)
          return (min == -std::numeric_limits<double>::infinity()
                      ? "expects a number"
                      : "expects a number >= " + CLI::detail::to_string(min)) +
                 ", got '" + text + "'";
        char exact[64];  // hexadecimal, so CLI11's own conversion gives exactly this value
        std::snprintf(exact, sizeof exact, "%a", static_cast<double>(value));
        text = exact;
        return {};
      },
      "");
}

float readFloat(const std::string& text, std::size_t* used) { return std::stof(text, used); }
double readDouble(const std::string& text, std::size_t* used) { return std::stod(text, used); }

}  // namespace

void describeCommand(CLI::App& app, const std::string& usage, const std::string& description) {
  app.description(description);
  app.formatter(std::make_shared<CommandHelp>(usage));
  app.set_help_flag("-h,--help", "show this help and exit");  // -h as the man page says
}

CLI::Option* addRepeatedOption(CLI::App& app, const std::string& name, std::vector<std::string>& values,
                               const std::string& valueName, const std::string& help) {
  return app.add_option(name, values, help + " (repeatable)")->option_text(valueName)->allow_extra_args(false);
}

int runCommand(CLI::App& app, const std::string& label, const std::vector<std::string>& args,
               const std::function<int()>& run) {
  auto usageError = [&](const char* message) {
    std::fprintf(stderr, "%s: %s\n(see '%s --help')\n", label.c_str(), message, label.c_str());
    return kExitUsage;
  };
  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them last first
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    std::printf("%s", app.help().c_str());
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    // An unknown option comes first: CLI11 checks required options before it.
    return usageError(app.remaining().empty() ? e.what() : CLI::ExtrasError(app.remaining()).what());
  } catch (const UsageError& e) {
    return usageError(e.what());
  }
  try {
    return run();
  } catch (const UsageError& e) {
    return usageError(e.what());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: error: %s\n", label.c_str(), e.what());
    return kExitFailure;
  }
}

CLI::Validator notEmpty() {
  return CLI::Validator(
      [](std::string& text) { return text.empty() ? std::string("must not be empty") : std::string(); }, "");
}

CLI::Validator finiteFloat(double min) { return finiteNumber<float>(min, readFloat); }
CLI::Validator finiteDouble(double min) { return finiteNumber<double>(min, readDouble); }

}  // namespace nagl::cli
