// Out-of-memory during scoring: recognised for CPU and CUDA, the batch is
// halved and the job completes with the same scores.
#include "nagl/model/batch_halving.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "../checkpoint/checkpoint_test_support.h"

namespace nagl::model {
namespace {

// The CPU allocator's real failure, from a petabyte request (Linux refuses
// it at once; nothing is touched). Under AddressSanitizer the request would
// be a sanitizer report instead, so a copy of the message is used there.
std::string cpuOutOfMemoryMessage() {
#if defined(__SANITIZE_ADDRESS__)
  return "DefaultCPUAllocator: can't allocate memory: you tried to allocate 1125899906842624 bytes.";
#else
  try {
    (void)at::empty({std::int64_t{1} << 50}, at::kByte);
  } catch (const c10::Error& e) {
    return e.what();
  }
  return "the petabyte allocation succeeded";
#endif
}

struct CpuOutOfMemory : std::runtime_error {
  CpuOutOfMemory() : std::runtime_error(cpuOutOfMemoryMessage()) {}
};

TEST(BatchHalving, RecognisesCpuCudaAndBadAllocFailures) {
  EXPECT_TRUE(model::isOutOfMemory(CpuOutOfMemory())) << cpuOutOfMemoryMessage();
  EXPECT_TRUE(
      model::isOutOfMemory(std::runtime_error("CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 79.15 GiB total "
                                              "capacity; 77.00 GiB already allocated)")));
  EXPECT_TRUE(model::isOutOfMemory(std::bad_alloc()));
  EXPECT_FALSE(model::isOutOfMemory(std::runtime_error("shape mismatch: [2, 3] vs [3, 2]")));
}

Image8 noiseImage(std::uint32_t seed) {
  std::mt19937 rng(seed);
  Image8 image(112, 112, 3);
  for (auto& p : image.pixels) p = static_cast<std::uint8_t>(rng() % 256);
  return image;
}

// A device that fits at most two images: larger chunks fail as the CPU
// allocator does. The job must finish at batch 2 with the per-image scores.
TEST(BatchHalving, HalvesUntilTheBatchFitsAndGivesTheSameScores) {
  model::ModelOptions o;
  o.backbonePath = test::tinyBackbone();
  o.imageSize = 112;
  o.device = model::DeviceChoice::Cpu;
  const model::NaglModel model(o);
  const model::ReferenceContext context = model.encodeReferences(model::ReferenceImages{{noiseImage(1)}, {}, {}});
  std::vector<Image8> queries;
  for (std::uint32_t i = 0; i < 7; ++i) queries.push_back(noiseImage(10 + i));

  std::atomic<int> batchSize{8};
  std::vector<std::pair<int, int>> halvings;
  std::vector<std::size_t> chunkSizes;
  const auto scores = model::runHalvingOnOutOfMemory<Image8, model::PatchScores>(
      queries, batchSize,
      [&](const std::vector<Image8>& chunk) {
        if (chunk.size() > 2) throw CpuOutOfMemory();
        chunkSizes.push_back(chunk.size());
        return model.score(context, chunk);
      },
      [&](int from, int to, const std::string& error) {
        halvings.emplace_back(from, to);
        EXPECT_NE(error.find("can't allocate memory"), std::string::npos);
      });
  EXPECT_EQ(batchSize.load(), 2);
  EXPECT_EQ(halvings, (std::vector<std::pair<int, int>>{{8, 4}, {4, 2}}));
  EXPECT_EQ(chunkSizes, (std::vector<std::size_t>{2, 2, 2, 1}));
  ASSERT_EQ(scores.size(), queries.size());
  for (std::size_t i = 0; i < queries.size(); ++i) {
    const model::PatchScores alone = model.score(context, {queries[i]}).at(0);
    EXPECT_NEAR(scores[i].imageScore, alone.imageScore, 1e-6) << i;
    for (std::size_t k = 0; k < alone.scores.size(); ++k) ASSERT_NEAR(scores[i].scores[k], alone.scores[k], 1e-6) << i;
  }
}

TEST(BatchHalving, OtherErrorsAndFailuresAtOneItemAreRethrown) {
  std::atomic<int> batchSize{4};
  const std::vector<int> items = {1, 2, 3};
  auto fails = [](const std::vector<int>&) -> std::vector<int> { throw std::runtime_error("corrupt weights"); };
  EXPECT_THROW((model::runHalvingOnOutOfMemory<int, int>(items, batchSize, fails)), std::runtime_error);
  EXPECT_EQ(batchSize.load(), 4);
  int calls = 0;
  auto neverFits = [&](const std::vector<int>&) -> std::vector<int> {
    ++calls;
    throw CpuOutOfMemory();
  };
  EXPECT_THROW((model::runHalvingOnOutOfMemory<int, int>(items, batchSize, neverFits)), CpuOutOfMemory);
  EXPECT_EQ(batchSize.load(), 1);
  EXPECT_EQ(calls, 3);  // at 4, 2 and 1
}

}  // namespace
}  // namespace nagl::model
