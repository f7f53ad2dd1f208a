#pragma once
// `--shard K/N | auto | auto/N`: the K-th of N contiguous parts of a lot,
// for job engines that start N copies of one command with an index
// (Slurm job arrays, Kubernetes Indexed Jobs).
#include <cstddef>
#include <functional>
#include <string>

namespace nagl::cli {

struct Shard {
  int index = 1;  // 1-based
  int count = 1;
  std::string source;  // how K and N were found, for the log line; empty for K/N given
};

// Reads the option's text; `auto` looks up SLURM_ARRAY_TASK_ID with
// SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT, `auto/N` Kubernetes'
// JOB_COMPLETION_INDEX (0-based). Throws UsageError saying what is missing.
using Environment = std::function<const char*(const char*)>;
Shard parseShard(const std::string& text, const Environment& environment);

// The M queries are cut into blocks of `block` (the batch size: a shard's
// batches are then the whole lot's batches, so its results are bit-identical
// to a single run's); shard K of N gets blocks [floor((K-1)B/N), floor(KB/N))
// of the B blocks: every query in exactly one shard, shard sizes differing by
// at most one block.
struct QueryRange {
  std::size_t begin = 0, end = 0;
};
QueryRange shardRange(const Shard& shard, std::size_t queries, std::size_t block = 1);

}  // namespace nagl::cli
