// Image score and full-resolution map arithmetic. Expected values come from
// scipy.ndimage.gaussian_filter(sigma=4) and cv2.resize(INTER_LINEAR).
#include <gtest/gtest.h>

#include <numeric>

#include "nagl/vision/anomaly_map.h"

namespace nagl {
namespace {

FloatImage rampMap() {
  FloatImage m(5, 4);
  for (int y = 0; y < 4; ++y)
    for (int x = 0; x < 5; ++x) m.at(x, y) = static_cast<float>((x * 7 + y * 3) % 10) / 10.0f;
  return m;
}

TEST(AnomalyMap, ImageScoreIsMaxBelowOneHundredPatches) {
  std::vector<float> scores(64, 0.1f);
  scores[17] = 0.9f;
  scores[3] = 0.5f;
  EXPECT_FLOAT_EQ(imageScoreTopPercent(scores), 0.9f);
}

TEST(AnomalyMap, ImageScoreIsMeanOfTopOnePercent) {
  std::vector<float> scores(1024);
  std::iota(scores.begin(), scores.end(), 0.0f);  // top 10 are 1014..1023
  EXPECT_FLOAT_EQ(imageScoreTopPercent(scores), 1018.5f);
  EXPECT_THROW(imageScoreTopPercent({}), std::invalid_argument);
}

TEST(AnomalyMap, GaussianReflectMatchesScipyOnAMapSmallerThanTheKernel) {
  const std::vector<float> expected = {0.39970377f, 0.39964929f, 0.39956486f, 0.39948440f, 0.39943424f,
                                       0.39998391f, 0.39991885f, 0.39981732f, 0.39971980f, 0.39965910f,
                                       0.40038255f, 0.40030259f, 0.40017697f, 0.40005538f, 0.39997986f,
                                       0.40066421f, 0.40057367f, 0.40043092f, 0.40029225f, 0.40020618f};
  const FloatImage blurred = gaussianBlurReflect(rampMap(), 4.0);
  ASSERT_EQ(blurred.data.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_NEAR(blurred.data[i], expected[i], 1e-6) << i;
}

TEST(AnomalyMap, BilinearMatchesOpenCvHalfPixelCentres) {
  const std::vector<float> expectedFirstRow = {0.0f,        0.23333335f, 0.62222224f, 0.56666666f, 0.40000004f,
                                               0.23333332f, 0.17777783f, 0.56666672f, 0.80000007f};
  const std::vector<float> expectedLastRow = {0.9f,        0.79999995f, 0.63333333f, 0.4666667f, 0.3f,
                                              0.13333333f, 0.07777781f, 0.46666673f, 0.7f};
  const FloatImage out = resizeBilinear(rampMap(), 9, 6);
  ASSERT_EQ(out.width, 9);
  ASSERT_EQ(out.height, 6);
  for (int x = 0; x < 9; ++x) {
    EXPECT_NEAR(out.at(x, 0), expectedFirstRow[x], 1e-6) << x;
    EXPECT_NEAR(out.at(x, 5), expectedLastRow[x], 1e-6) << x;
  }
}

TEST(AnomalyMap, FullResolutionMapHasTheOriginalSize) {
  const FloatImage map = fullResolutionAnomalyMap(rampMap(), 31, 17);
  EXPECT_EQ(map.width, 31);
  EXPECT_EQ(map.height, 17);
  for (float v : map.data) {
    EXPECT_GE(v, 0.0f);
    EXPECT_LE(v, 0.9f);
  }
}

}  // namespace
}  // namespace nagl
