#pragma once
// Where one query of a lot stands: the one status of the workstation, the
// project's results cache and the reports. The values are the results
// cache's on-disk byte (core/project/results_cache.h): never renumber.
#include <cstdint>

namespace nagl {

enum class ResultStatus : std::uint8_t { Pending = 0, Done = 1, Failed = 2, Cancelled = 3 };

}  // namespace nagl
