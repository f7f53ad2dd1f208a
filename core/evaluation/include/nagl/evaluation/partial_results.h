#pragma once
// Finished category/seed results kept under DIR/partial/<category>/seed-<s>.json
// so `--resume` can skip them. A record carries a fingerprint of everything
// that changes the numbers (protocol, shots, model files, image size, ...);
// one made with other settings is never reused.
#include <filesystem>
#include <optional>
#include <string>

#include "nagl/evaluation/reference_plan.h"
#include "nagl/metrics/category_metrics.h"

namespace nagl::evaluation {

struct SeedRecord {
  std::string fingerprint;
  std::string category;
  int seed = 0;
  metrics::CategoryMetrics metrics;
  std::size_t queries = 0;
  std::size_t excluded = 0;
};

std::filesystem::path partialPath(const std::filesystem::path& outDir, const std::string& category, int seed);

// Atomic write (temporary file + rename); also lists the plan's references
// for people reading the folder. Throws EvaluationError naming the file.
void writeSeedRecord(const std::filesystem::path& path, const SeedRecord& record, const SeedPlan& plan);

// nullopt when the file does not exist; throws EvaluationError naming the
// file when it exists but cannot be read or lacks a field.
std::optional<SeedRecord> readSeedRecord(const std::filesystem::path& path);

}  // namespace nagl::evaluation
