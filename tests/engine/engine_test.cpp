// The threaded engine, headless, on the golden tiny model (fast at 112 px).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>

#include "../support/scratch_files.h"
#include "nagl/engine/query_engine.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/vision/pillow_resize.h"

namespace nagl::test {
namespace {

std::string golden(const std::string& name) { return std::string(NAGL_SHARED_DIR) + "/golden/tiny/" + name; }
std::string goldenImage(const std::string& name) { return golden("images/" + name + ".png"); }

engine::EngineOptions tinyOptions(int batchSize) {
  engine::EngineOptions o;
  o.model.backbonePath = golden("dinov2_tiny.pth");
  o.model.headPath = golden("nagl_head_tiny.pth");
  o.model.imageSize = 112;
  o.model.device = model::DeviceChoice::Cpu;
  o.batchSize = batchSize;
  o.decodeThreads = 1;
  return o;
}

engine::ReferenceSet goldenReferences() {
  engine::ReferenceSet set;
  set.normals = {goldenImage("normal_0")};
  set.abnormals = {{goldenImage("abnormal_0"), goldenImage("abnormal_0_mask")}};
  return set;
}

// Collects a lot's results; the callbacks run on the engine's worker.
struct LotRecorder {
  std::mutex mutex;
  std::vector<QueryResult> results;
  std::atomic<bool> finished{false};
  std::atomic<bool> cancelled{false};

  engine::QueryEngine::ResultCallback onResult() {
    return [this](const QueryResult& r) {
      std::lock_guard lock(mutex);
      results.push_back(r);
    };
  }
  engine::QueryEngine::FinishedCallback onFinished() {
    return [this](bool c) {
      cancelled = c;
      finished = true;
    };
  }
};

std::vector<std::string> repeatedQueries(std::size_t count) {
  std::vector<std::string> paths;
  for (std::size_t i = 0; i < count; ++i) paths.push_back(goldenImage(i % 2 ? "query_1" : "query_0"));
  return paths;
}

TEST(QueryEngine, CachedReferencesGiveTheSameMapsAsTheDirectModel) {
  engine::QueryEngine engine(tinyOptions(1));
  ASSERT_EQ(engine.setReferences(goldenReferences()).get(), model::ScoringMode::NormalAndAbnormal);
  LotRecorder lot;
  engine.startLot({goldenImage("query_0"), goldenImage("query_1")}, lot.onResult(), lot.onFinished());
  engine.waitForLot();
  ASSERT_TRUE(lot.finished);
  ASSERT_EQ(lot.results.size(), 2u);

  // The uncached path: everything re-encoded for each query, as the reference does.
  const model::NaglModel model(tinyOptions(1).model);
  for (const QueryResult& r : lot.results) {
    ASSERT_TRUE(r.scored()) << r.error;
    model::ReferenceImages refs;
    refs.normals.push_back(resizeBicubicPillow(imaging::decodeReferenceImage(goldenImage("normal_0")), 112, 112));
    refs.abnormals.push_back(resizeBicubicPillow(imaging::decodeReferenceImage(goldenImage("abnormal_0")), 112, 112));
    refs.abnormalMasks.push_back(imaging::resizeMaskNearest(imaging::decodeMask(goldenImage("abnormal_0_mask")), 112));
    const auto direct =
        model.score(model.encodeReferences(refs), {resizeBicubicPillow(imaging::decodeQueryImage(r.path), 112, 112)});
    EXPECT_EQ(r.patchGrid.data, direct[0].scores) << r.path;
    EXPECT_EQ(r.score, direct[0].imageScore);
  }
  const QueryResult& q0 = lot.results[0].index == 0 ? lot.results[0] : lot.results[1];
  EXPECT_NEAR(q0.score, 0.39151254f, 1e-5);
  EXPECT_EQ(q0.fullResolutionMap().width, 160);
  EXPECT_EQ(q0.fullResolutionMap().height, 120);
}

TEST(QueryEngine, BatchedScoringMatchesSingleImageScoring) {
  engine::QueryEngine single(tinyOptions(1)), batched(tinyOptions(4));
  single.setReferences(goldenReferences()).get();
  batched.setReferences(goldenReferences()).get();
  LotRecorder a, b;
  single.startLot(repeatedQueries(6), a.onResult(), a.onFinished());
  batched.startLot(repeatedQueries(6), b.onResult(), b.onFinished());
  single.waitForLot();
  batched.waitForLot();
  ASSERT_EQ(a.results.size(), 6u);
  ASSERT_EQ(b.results.size(), 6u);
  std::map<std::size_t, float> scores;
  for (const auto& r : a.results) scores[r.index] = r.score;
  for (const auto& r : b.results) EXPECT_NEAR(r.score, scores.at(r.index), 1e-6) << r.index;
}

TEST(QueryEngine, BrokenFilesAreMarkedAndTheLotGoesOn) {
  const auto dir = scratchDir("engine_broken");
  writeBytes(dir / "empty.png", "");
  writeBytes(dir / "text.jpg", "definitely not a jpeg");
  engine::QueryEngine engine(tinyOptions(2));
  engine.setReferences(goldenReferences()).get();
  const std::vector<std::string> paths = {goldenImage("query_0"), (dir / "empty.png").string(),
                                          (dir / "missing.png").string(), (dir / "text.jpg").string(),
                                          goldenImage("query_1")};
  LotRecorder lot;
  engine.startLot(paths, lot.onResult(), lot.onFinished());
  engine.waitForLot();
  ASSERT_EQ(lot.results.size(), paths.size());
  EXPECT_FALSE(lot.cancelled);
  for (const QueryResult& r : lot.results) {
    const bool shouldWork = r.index == 0 || r.index == 4;
    EXPECT_EQ(r.scored(), shouldWork) << r.path << " " << r.error;
    if (!shouldWork) {
      EXPECT_EQ(r.error.rfind(paths[r.index] + ": ", 0), 0u) << r.error;
    }
  }
}

TEST(QueryEngine, CancellationStopsWithinABatchAndKeepsFinishedResults) {
  constexpr int kBatch = 2;
  engine::QueryEngine engine(tinyOptions(kBatch));
  engine.setReferences(goldenReferences()).get();
  LotRecorder lot;
  std::atomic<std::size_t> resultsAtCancel{0};
  engine.startLot(
      repeatedQueries(60),
      [&](const QueryResult& r) {
        lot.onResult()(r);
        std::lock_guard lock(lot.mutex);
        if (lot.results.size() == 3) {
          resultsAtCancel = 3;
          engine.cancel();
        }
      },
      lot.onFinished());
  engine.waitForLot();
  EXPECT_TRUE(lot.finished);
  EXPECT_TRUE(lot.cancelled);
  // The batch being scored when cancel() came still reports; nothing after it.
  EXPECT_GE(lot.results.size(), resultsAtCancel.load());
  EXPECT_LE(lot.results.size(), resultsAtCancel.load() + kBatch);
  for (const auto& r : lot.results) EXPECT_TRUE(r.scored());
}

TEST(QueryEngine, PriorityRequestOvertakesTheQueue) {
  engine::QueryEngine engine(tinyOptions(1));
  engine.setReferences(goldenReferences()).get();
  LotRecorder lot;
  constexpr std::size_t kCount = 30;
  engine.startLot(repeatedQueries(kCount), lot.onResult(), lot.onFinished());
  engine.prioritize(kCount - 1);
  engine.waitForLot();
  ASSERT_EQ(lot.results.size(), kCount);
  std::size_t position = kCount;
  for (std::size_t i = 0; i < lot.results.size(); ++i)
    if (lot.results[i].index == kCount - 1) position = i;
  // Without priority it would come last; it may trail only what was already decoded.
  EXPECT_LT(position, 5u);
}

TEST(QueryEngine, ReferencesAreReEncodedOnlyWhenTheyChange) {
  const auto dir = scratchDir("engine_cache");
  std::filesystem::copy_file(goldenImage("abnormal_0_mask"), dir / "mask.png");
  engine::QueryEngine engine(tinyOptions(1));
  engine::ReferenceSet set = goldenReferences();
  set.abnormals[0].mask = (dir / "mask.png").string();
  engine.setReferences(set).get();
  EXPECT_EQ(engine.status().referenceImagesEncoded, 2u);
  EXPECT_EQ(engine.status().referenceContextsBuilt, 1u);

  engine.setReferences(set).get();  // unchanged: nothing recomputed
  EXPECT_EQ(engine.status().referenceImagesEncoded, 2u);
  EXPECT_EQ(engine.status().referenceContextsBuilt, 1u);

  // An edited mask (another mask of the same size under the same name; a
  // PGM, recognised by content): model::Residual Mining reruns, no backbone pass.
  std::string edited = "P5 224 224 255\n" + std::string(224 * 224, '\0');
  for (int y = 20; y < 80; ++y)
    for (int x = 100; x < 180; ++x) edited[15 + y * 224 + x] = '\xff';
  writeBytes(dir / "mask.png", edited);
  engine.setReferences(set).get();
  EXPECT_EQ(engine.status().referenceImagesEncoded, 2u);
  EXPECT_EQ(engine.status().referenceContextsBuilt, 2u);

  set.normals.push_back(goldenImage("normal_1"));  // one more image: one more pass
  engine.setReferences(set).get();
  EXPECT_EQ(engine.status().referenceImagesEncoded, 3u);
  EXPECT_EQ(engine.status().referenceContextsBuilt, 3u);
}

// A defective reference's mask in memory (an edit in the workstation): no
// file is read, the scores equal the file's, the digest is the cache key.
TEST(QueryEngine, AMaskInMemoryIsUsedWithoutAFile) {
  auto scoreOf = [](engine::QueryEngine& engine) {
    LotRecorder lot;
    engine.startLot({goldenImage("query_0")}, lot.onResult(), lot.onFinished());
    engine.waitForLot();
    EXPECT_EQ(lot.results.size(), 1u);
    return lot.results.empty() ? -1.0f : static_cast<float>(lot.results[0].score);
  };
  engine::QueryEngine engine(tinyOptions(1));
  engine.setReferences(goldenReferences()).get();
  const float fromFile = scoreOf(engine);

  engine::ReferenceSet set = goldenReferences();
  set.abnormals[0].mask = "/no/such/mask.png";
  set.abnormals[0].maskImage = std::make_shared<const Image8>(imaging::decodeMask(goldenImage("abnormal_0_mask")));
  set.abnormals[0].maskDigest = 41;
  engine.setReferences(set).get();
  EXPECT_EQ(engine.status().referenceContextsBuilt, 2u);  // another key: the digest
  EXPECT_EQ(scoreOf(engine), fromFile);
  engine.setReferences(set).get();  // the same digest: the same context
  EXPECT_EQ(engine.status().referenceContextsBuilt, 2u);
  EXPECT_EQ(engine.status().referenceImagesEncoded, 2u);

  Image8 larger = *set.abnormals[0].maskImage;
  std::fill(larger.pixels.begin(), larger.pixels.begin() + static_cast<std::ptrdiff_t>(larger.pixels.size() / 2), 255);
  set.abnormals[0].maskImage = std::make_shared<const Image8>(larger);
  set.abnormals[0].maskDigest = 42;
  engine.setReferences(set).get();
  EXPECT_EQ(engine.status().referenceContextsBuilt, 3u);
  EXPECT_NE(scoreOf(engine), fromFile);

  // Errors name the image whose edited mask is wrong.
  set.abnormals[0].maskImage = std::make_shared<const Image8>(larger.width, larger.height, 1);
  set.abnormals[0].maskDigest = 43;
  try {
    engine.setReferences(set).get();
    FAIL() << "expected an error";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find(goldenImage("abnormal_0") + " (edited mask): the mask marks no defect"),
              std::string::npos)
        << e.what();
  }
}

TEST(QueryEngine, BadReferenceFailsTheFutureWithTheFileName) {
  engine::QueryEngine engine(tinyOptions(1));
  engine::ReferenceSet set = goldenReferences();
  set.normals.push_back("/no/such/normal.png");
  try {
    engine.setReferences(set).get();
    FAIL() << "expected an error";
  } catch (const std::exception& e) {
    EXPECT_EQ(std::string(e.what()), "/no/such/normal.png: file not found");
  }
}

TEST(QueryEngine, LotWithoutReferencesMarksEveryRow) {
  engine::QueryEngine engine(tinyOptions(1));
  LotRecorder lot;
  engine.startLot({goldenImage("query_0")}, lot.onResult(), lot.onFinished());
  engine.waitForLot();
  ASSERT_EQ(lot.results.size(), 1u);
  EXPECT_FALSE(lot.results[0].scored());
  EXPECT_NE(lot.results[0].error.find("no reference images"), std::string::npos);
}

}  // namespace
}  // namespace nagl::test
