#include "cli/shard.h"

#include <algorithm>

#include "cli/usage_error.h"

namespace nagl::cli {
namespace {

long wholeNumber(const std::string& text, const std::string& what) {
  std::size_t used = 0;
  long value = -1;
  try {
    value = std::stol(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || text.empty() || value < 0)
    throw UsageError("--shard: " + what + " is '" + text + "', not a whole number");
  return value;
}

std::string variable(const Environment& environment, const char* name) {
  const char* value = environment(name);
  return value ? value : "";
}

Shard checked(long index, long count, std::string source) {
  if (count < 1 || count > 1000000)
    throw UsageError("--shard: the shard count must be 1 to 1000000, got " + std::to_string(count));
  if (index < 1 || index > count)
    throw UsageError("--shard: shard " + std::to_string(index) + " is outside 1.." + std::to_string(count) +
                     (source.empty() ? "" : " (" + source + ")"));
  return {static_cast<int>(index), static_cast<int>(count), std::move(source)};
}

Shard fromSlurm(const Environment& env) {
  const std::string id = variable(env, "SLURM_ARRAY_TASK_ID");
  const std::string count = variable(env, "SLURM_ARRAY_TASK_COUNT");
  if (id.empty() || count.empty())
    throw UsageError(
        "--shard auto: SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT are not set (not a Slurm job array task); "
        "on Kubernetes use --shard auto/N, elsewhere --shard K/N");
  const std::string minimum = variable(env, "SLURM_ARRAY_TASK_MIN");
  const long first = minimum.empty() ? 0 : wholeNumber(minimum, "SLURM_ARRAY_TASK_MIN");
  const long index = wholeNumber(id, "SLURM_ARRAY_TASK_ID") - first + 1;
  return checked(index, wholeNumber(count, "SLURM_ARRAY_TASK_COUNT"),
                 "SLURM_ARRAY_TASK_ID=" + id + ", SLURM_ARRAY_TASK_MIN=" + (minimum.empty() ? "unset (0)" : minimum) +
                     ", SLURM_ARRAY_TASK_COUNT=" + count);
}

Shard fromKubernetes(const Environment& env, long count) {
  const std::string index = variable(env, "JOB_COMPLETION_INDEX");
  if (index.empty())
    throw UsageError("--shard auto/N: JOB_COMPLETION_INDEX is not set (not a Kubernetes Indexed Job pod)");
  return checked(wholeNumber(index, "JOB_COMPLETION_INDEX") + 1, count, "JOB_COMPLETION_INDEX=" + index);
}

}  // namespace

Shard parseShard(const std::string& text, const Environment& environment) {
  if (text == "auto") return fromSlurm(environment);
  const auto slash = text.find('/');
  if (slash == std::string::npos) throw UsageError("--shard expects K/N, auto or auto/N, got '" + text + "'");
  const std::string left = text.substr(0, slash), right = text.substr(slash + 1);
  const long count = wholeNumber(right, "N");
  if (left == "auto") return fromKubernetes(environment, count);
  return checked(wholeNumber(left, "K"), count, "");
}

QueryRange shardRange(const Shard& shard, std::size_t queries, std::size_t block) {
  block = std::max<std::size_t>(1, block);
  const unsigned long long blocks = (queries + block - 1) / block;
  const auto bound = [&](int k) {
    return std::min(queries, static_cast<std::size_t>(k * blocks / static_cast<unsigned>(shard.count)) * block);
  };
  return {bound(shard.index - 1), bound(shard.index)};
}

}  // namespace nagl::cli
