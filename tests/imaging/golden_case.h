#pragma once
// Access to the reference-generated golden data in ../shared/golden/tiny.
#include <gtest/gtest.h>

#include <string>

#include "nagl/checkpoint/safetensors.h"

namespace nagl::test {

inline std::string goldenDir() { return std::string(NAGL_SHARED_DIR) + "/golden/tiny"; }
inline std::string goldenImage(const std::string& name) { return goldenDir() + "/images/" + name + ".png"; }

// Fails the test with the largest deviation when |actual - expected| > atol anywhere.
inline ::testing::AssertionResult allClose(const at::Tensor& actual, const at::Tensor& expected, double atol) {
  if (actual.sizes() != expected.sizes()) {
    std::ostringstream s;
    s << "shape " << actual.sizes() << " vs expected " << expected.sizes();
    return ::testing::AssertionFailure() << s.str();
  }
  const double maxDiff = (actual.to(at::kDouble) - expected.to(at::kDouble)).abs().max().item<double>();
  if (maxDiff <= atol) return ::testing::AssertionSuccess() << "max diff " << maxDiff;
  return ::testing::AssertionFailure() << "max abs diff " << maxDiff << " > " << atol;
}

}  // namespace nagl::test
