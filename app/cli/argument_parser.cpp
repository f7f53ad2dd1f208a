#include "cli/argument_parser.h"

#include <algorithm>
#include <charconv>

namespace nagl::cli {

ArgumentParser::ArgumentParser(std::string usage, std::string description)
    : usage_(std::move(usage)), description_(std::move(description)) {
  addFlag("--help", "show this help and exit");
}

void ArgumentParser::addOption(const std::string& name, const std::string& valueName, const std::string& help,
                               bool repeatable) {
  specs_.push_back({name, valueName, help, true, repeatable});
}

void ArgumentParser::addFlag(const std::string& name, const std::string& help) { specs_.push_back({name, "", help, false, false}); }

const ArgumentParser::Spec* ArgumentParser::find(const std::string& name) const {
  auto it = std::find_if(specs_.begin(), specs_.end(), [&](const Spec& s) { return s.name == name; });
  return it == specs_.end() ? nullptr : &*it;
}

void ArgumentParser::parse(const std::vector<std::string>& args) {
  bool optionsEnded = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (optionsEnded || arg.size() < 2 || arg[0] != '-' ) {
      positionals_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      optionsEnded = true;
      continue;
    }
    std::string name = arg;
    std::optional<std::string> inlineValue;
    if (auto eq = arg.find('='); eq != std::string::npos) {
      name = arg.substr(0, eq);
      inlineValue = arg.substr(eq + 1);
    }
    const Spec* spec = find(name);
    if (!spec) throw UsageError("unknown option " + name);
    if (!spec->takesValue) {
      if (inlineValue) throw UsageError("option " + name + " takes no value");
      values_[name].push_back("1");
      continue;
    }
    std::string value;
    if (inlineValue) {
      value = *inlineValue;
    } else {
      if (i + 1 >= args.size()) throw UsageError("option " + name + " needs a value (" + spec->valueName + ")");
      value = args[++i];
    }
    auto& slot = values_[name];
    if (!slot.empty() && !spec->repeatable) throw UsageError("option " + name + " given more than once");
    slot.push_back(value);
  }
}

bool ArgumentParser::flag(const std::string& name) const { return values_.count(name) != 0; }

std::optional<std::string> ArgumentParser::value(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

std::vector<std::string> ArgumentParser::values(const std::string& name) const {
  auto it = values_.find(name);
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

std::string ArgumentParser::required(const std::string& name) const {
  auto v = value(name);
  if (!v || v->empty()) throw UsageError("missing required option " + name);
  return *v;
}

int ArgumentParser::intValue(const std::string& name, int fallback, int min, int max) const {
  auto v = value(name);
  if (!v) return fallback;
  int parsed = 0;
  const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), parsed);
  if (ec != std::errc() || end != v->data() + v->size())
    throw UsageError("option " + name + " expects a whole number, got '" + *v + "'");
  if (parsed < min || parsed > max)
    throw UsageError("option " + name + " must be between " + std::to_string(min) + " and " + std::to_string(max) +
                     ", got " + *v);
  return parsed;
}

std::string ArgumentParser::help() const {
  std::string out = "Usage: " + usage_ + "\n\n" + description_ + "\n\nOptions:\n";
  for (const Spec& s : specs_) {
    std::string left = "  " + s.name + (s.takesValue ? " " + s.valueName : "");
    if (left.size() < 28) left.resize(28, ' ');
    else left += "\n" + std::string(28, ' ');
    out += left + s.help + (s.repeatable ? " (repeatable)" : "") + "\n";
  }
  return out;
}

std::vector<std::string> expandListOptions(const std::vector<std::string>& args, const std::vector<std::string>& listOptions) {
  auto isList = [&](const std::string& name) {
    return std::find(listOptions.begin(), listOptions.end(), name) != listOptions.end();
  };
  std::vector<std::string> out;
  std::string list;  // the list option whose values are being read
  for (std::string arg : args) {
    if (const auto eq = arg.find('='); arg.starts_with("--") && eq != std::string::npos && isList(arg.substr(0, eq))) {
      list = arg.substr(0, eq);
      out.push_back(list);
      arg = arg.substr(eq + 1);
    } else if (arg.size() > 1 && arg.starts_with("-")) {
      list = isList(arg) ? arg : "";
      out.push_back(arg);
      continue;
    }
    if (list.empty()) {
      out.push_back(arg);
      continue;
    }
    bool followsOption = out.back() == list;
    std::size_t start = 0;
    while (start <= arg.size()) {
      const std::size_t comma = std::min(arg.find(',', start), arg.size());
      if (comma > start) {
        if (!followsOption) out.push_back(list);
        out.push_back(arg.substr(start, comma - start));
        followsOption = false;
      }
      start = comma + 1;
    }
  }
  return out;
}

}  // namespace nagl::cli
