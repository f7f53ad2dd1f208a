#pragma once
// A small declarative command-line parser: options with values (repeatable
// or not), flags, positionals, and generated --help text.
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace nagl::cli {

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class ArgumentParser {
 public:
  ArgumentParser(std::string usage, std::string description);

  void addOption(const std::string& name, const std::string& valueName, const std::string& help, bool repeatable = false);
  void addFlag(const std::string& name, const std::string& help);

  // Throws UsageError for unknown options and missing values.
  void parse(const std::vector<std::string>& args);

  bool flag(const std::string& name) const;
  std::optional<std::string> value(const std::string& name) const;
  std::vector<std::string> values(const std::string& name) const;
  const std::vector<std::string>& positionals() const { return positionals_; }

  std::string required(const std::string& name) const;  // UsageError when absent
  int intValue(const std::string& name, int fallback, int min, int max) const;

  std::string help() const;

 private:
  struct Spec {
    std::string name, valueName, help;
    bool takesValue = false;
    bool repeatable = false;
  };
  const Spec* find(const std::string& name) const;

  std::string usage_, description_;
  std::vector<Spec> specs_;
  std::map<std::string, std::vector<std::string>> values_;
  std::vector<std::string> positionals_;
};

// For list options: "--x a b", "--x a,b" and "--x=a,b" become repeated
// "--x a --x b" (values run until the next argument starting with '-').
std::vector<std::string> expandListOptions(const std::vector<std::string>& args, const std::vector<std::string>& listOptions);

}  // namespace nagl::cli
