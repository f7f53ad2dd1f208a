#pragma once
// An enum's names written once, as a table, and read both ways: printing a
// value and parsing a name can then never disagree.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace nagl::foundation {

template <typename Enum>
struct EnumName {
  Enum value;
  const char* name;
};

// The name of `value`, or `unknown` when the table lacks it.
template <typename Enum, std::size_t N>
constexpr const char* nameOf(const std::array<EnumName<Enum>, N>& names, Enum value, const char* unknown) {
  for (const EnumName<Enum>& n : names)
    if (n.value == value) return n.name;
  return unknown;
}

// The value called `name` (exactly), or nothing.
template <typename Enum, std::size_t N>
constexpr std::optional<Enum> valueNamed(const std::array<EnumName<Enum>, N>& names, std::string_view name) {
  for (const EnumName<Enum>& n : names)
    if (name == n.name) return n.value;
  return std::nullopt;
}

}  // namespace nagl::foundation
