// Features as raw data and back (the on-disk feature cache's two ends): the
// bytes survive exactly, in float32 and in fp16 storage, and a caller's
// buffer is released once, when the last copy of the features is gone.
#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "nagl/model/feature_data.h"
#include "nagl/model/head_trainer.h"
#include "nagl/model/torch/nagl_model_impl.h"

namespace nagl::model {
namespace {

ImageFeatures randomFeatures(std::int64_t rows, std::int64_t channels) {
  c10::InferenceMode guard;
  return ImageFeatures(std::make_shared<const ImageFeatures::Impl>(ImageFeatures::Impl{at::randn({rows, channels})}));
}

std::vector<unsigned char> bytesOf(const FeatureData& d) {
  const auto* p = static_cast<const unsigned char*>(d.data);
  return {p, p + d.shape.bytes()};
}

TEST(FeatureData, RoundTripKeepsEveryByteAndReleasesOnce) {
  for (const Precision storage : {Precision::Float32, Precision::Float16}) {
    const ImageFeatures original = storedAs(randomFeatures(64, 24), storage);
    const FeatureData data = featureData(original);
    EXPECT_EQ(data.shape.dtype, storage);
    EXPECT_EQ(data.shape.rows, 64);
    EXPECT_EQ(data.shape.channels, 24);
    EXPECT_EQ(data.shape.bytes(), featureBytes(original));
    std::vector<unsigned char> buffer = bytesOf(data);
    int released = 0;
    {
      const ImageFeatures loaded = featuresFromBuffer(
          data.shape, buffer.data(), [&] { ++released; }, "cpu");
      const ImageFeatures copy =
          loaded;  // NOLINT(performance-unnecessary-copy-initialization): copies share the buffer
      EXPECT_EQ(bytesOf(featureData(copy)), bytesOf(data));
      EXPECT_EQ(released, 0);
    }
    EXPECT_EQ(released, 1);
  }
}

TEST(FeatureData, BadShapeIsRefusedAndStillReleased) {
  int released = 0;
  float value = 0;
  EXPECT_THROW(featuresFromBuffer(
                   {Precision::Float32, 0, 4}, &value, [&] { ++released; }, "cpu"),
               std::invalid_argument);
  EXPECT_THROW(featuresFromBuffer(
                   {Precision::Float32, 1, 1}, &value, [&] { ++released; }, "nonsense"),
               std::invalid_argument);
  EXPECT_EQ(released, 2);
}

}  // namespace
}  // namespace nagl::model
