#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "nagl/model/torch/patch_scoring.h"
#include "nagl/model/torch/sine_position.h"

namespace nagl::model {
namespace {

TEST(SinePosition, UnmaskedGridFollowsTheClosedForm) {
  const int64_t G = 4, C = 8;
  const at::Tensor pos = model::sinePositionEmbedding(at::zeros({1, G, G}, at::kBool), C);
  ASSERT_EQ(pos.sizes(), (at::IntArrayRef{1, G, G, C}));
  // Channel 0 is sin(y), channel 1 cos(y) with y = (row + 1) / (G + 1e-6) * 2 pi.
  for (int64_t row = 0; row < G; ++row) {
    const double y = (row + 1) / (G + 1e-6) * 2 * std::numbers::pi;
    EXPECT_NEAR(pos[0][row][2][0].item<float>(), std::sin(y), 1e-5);
    EXPECT_NEAR(pos[0][row][2][1].item<float>(), std::cos(y), 1e-5);
    // x half starts at C/2: column 1 -> x = 2 / (G + 1e-6) * 2 pi.
    EXPECT_NEAR(pos[0][row][1][C / 2].item<float>(), std::sin(2 / (G + 1e-6) * 2 * std::numbers::pi), 1e-5);
  }
}

TEST(SinePosition, ExcludedCellsAreLeftOutOfTheCumulativeSums) {
  at::Tensor excluded = at::zeros({1, 2, 2}, at::kBool);
  excluded[0][0][0] = true;
  const at::Tensor pos = model::sinePositionEmbedding(excluded, 4);
  // Channel 1 is cos(y). Column 0 counts only row 1, so its row 0 has y = 0;
  // column 1 counts both rows, so its row 0 has y = 1/2 * 2 pi.
  EXPECT_NEAR(pos[0][0][0][1].item<float>(), 1.0f, 1e-5);
  EXPECT_NEAR(pos[0][0][1][1].item<float>(), -1.0f, 1e-5);
}

TEST(SinePosition, ReferenceOrderInterleavesReferences) {
  const at::Tensor a = at::arange(2 * 2 * 2 * 1, at::kFloat).reshape({2, 2, 2, 1});
  // (n h w) values 0..7; (h w n) order takes reference 0 then 1 per cell.
  const at::Tensor flat = model::flattenPositionsReferenceOrder(a).flatten();
  EXPECT_TRUE(flat.equal(at::tensor({0.f, 4.f, 1.f, 5.f, 2.f, 6.f, 3.f, 7.f})));
}

TEST(PatchScoring, MaskWindowsAreShiftedOnePixelUpAndLeft) {
  // A single defect pixel in the last row/column of a 28x28 mask is never seen;
  // one at (13, 13) lands in window (1, 1), not (0, 0).
  at::Tensor mask = at::zeros({1, 28, 28});
  mask[0][27][27] = 255;
  EXPECT_EQ(model::downsampleMask(mask, 14).sum().item<float>(), 0.0f);
  mask[0][13][13] = 255;
  const at::Tensor down = model::downsampleMask(mask, 14);
  EXPECT_TRUE(down.equal(at::tensor({0.f, 0.f, 0.f, 1.f}).reshape({1, 4})));
}

TEST(PatchScoring, ResidualUsesRawDotProductNotCosine) {
  // The long vector wins by dot product although the short one is parallel.
  const at::Tensor normal = at::tensor({1.f, 0.f, 3.f, 3.f}).reshape({2, 2});
  const at::Tensor feature = at::tensor({1.f, 0.1f}).reshape({1, 2});
  const model::Residual r = model::nearestNormalResidual(feature, normal);
  EXPECT_EQ(r.argmax.item<int64_t>(), 1);
  EXPECT_TRUE(at::allclose(r.features, at::tensor({-2.f, -2.9f}).reshape({1, 2})));
}

}  // namespace
}  // namespace nagl::model
