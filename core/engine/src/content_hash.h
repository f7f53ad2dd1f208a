#pragma once
// 64-bit FNV-1a over pixel content: the reference cache's key. Collisions
// are astronomically unlikely for the handful of references a set holds.
#include <cstdint>

#include "nagl/vision/image.h"

namespace nagl::engine {

std::uint64_t contentHash(const Image8& image, std::uint64_t seed = 0xcbf29ce484222325ull);

}  // namespace nagl::engine
