#pragma once
// Finding a model in the user's model store by its content, as a recipe
// records a model (by SHA-256): the CLI and the workstation ask the same.
#include <filesystem>
#include <optional>
#include <string>

namespace nagl::store {

struct StoredModel {
  std::filesystem::path file;
  std::string name;
};

// The stored model whose original (or stored) file has this SHA-256; nullopt
// when there is none or the store cannot be read.
std::optional<StoredModel> findStoredModel(const std::string& sha256);

}  // namespace nagl::store
