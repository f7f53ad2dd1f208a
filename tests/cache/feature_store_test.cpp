// cache::FeatureStore and its keys: an entry's bytes come back exactly
// (features in fp32 and fp16, masks), a truncated or foreign file is a miss
// that the next write replaces, and every part of the key changes it.
#include <gtest/gtest.h>

#include <cstring>
#include <numeric>
#include <vector>

#include "../support/scratch_files.h"
#include "nagl/cache/cache_folder.h"
#include "nagl/cache/cached_features.h"
#include "nagl/cache/feature_key.h"
#include "nagl/cache/feature_store.h"
#include "nagl/model/feature_data.h"

namespace nagl::cache {
namespace {
namespace fs = std::filesystem;

const std::string kKey(64, 'a');

std::vector<float> ramp(std::size_t n) {
  std::vector<float> v(n);
  for (std::size_t i = 0; i < n; ++i) v[i] = 0.25f * static_cast<float>(i) - 3.0f;
  return v;
}

TEST(FeatureStore, FeaturesRoundTripByteForByteAndAreUnmappedWithTheLastCopy) {
  const FeatureStore store(test::scratchDir("store_roundtrip"));
  std::vector<float> values = ramp(16 * 8);
  const model::ImageFeatures original =
      model::featuresFromBuffer({model::Precision::Float32, 16, 8}, values.data(), {}, "cpu");
  writeFeatures(store, kKey, original, 640, 480);
  EXPECT_EQ(fs::file_size(store.entryPath(kKey)), kEntryHeaderBytes + values.size() * 4);
  auto entry = store.open(kKey);
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->shape().width, 640);
  EXPECT_EQ(entry->shape().height, 480);
  std::weak_ptr<const MappedEntry> watch = entry;
  {
    const auto loaded = featuresOf(std::move(entry), "cpu", 16);
    ASSERT_TRUE(loaded);
    const model::FeatureData d = model::featureData(*loaded);
    EXPECT_EQ(d.shape.rows, 16);
    EXPECT_EQ(d.shape.channels, 8);
    EXPECT_EQ(std::memcmp(d.data, values.data(), values.size() * 4), 0);
    EXPECT_FALSE(watch.expired());
  }
  EXPECT_TRUE(watch.expired());                           // unmapped with the features
  EXPECT_FALSE(featuresOf(store.open(kKey), "cpu", 15));  // another grid: not these features
}

TEST(FeatureStore, MasksRoundTrip) {
  const FeatureStore store(test::scratchDir("store_mask"));
  Image8 mask(32, 32, 1);
  std::iota(mask.pixels.begin(), mask.pixels.end(), 0);
  writeMask(store, kKey, mask, 100, 90);
  const auto entry = store.open(kKey);
  ASSERT_TRUE(entry);
  const auto back = maskOf(*entry, 32);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->pixels, mask.pixels);
  EXPECT_EQ(entry->shape().width, 100);
  EXPECT_FALSE(maskOf(*entry, 16));
}

TEST(FeatureStore, DamagedFilesAreMissesWithANoteAndAreWrittenAgain) {
  std::vector<std::string> notes;
  const FeatureStore store(test::scratchDir("store_damaged"), [&](const std::string& l) { notes.push_back(l); });
  EXPECT_FALSE(store.open(kKey));  // no file: a miss without a note
  EXPECT_TRUE(notes.empty());
  std::vector<float> values = ramp(12);
  store.write(kKey, {ElementType::Float32, 3, 4, 10, 10}, values.data());
  const std::string bytes = test::readBytes(store.entryPath(kKey));
  for (const std::string& damaged : {bytes.substr(0, bytes.size() - 1), bytes.substr(0, 10), std::string(),
                                     "NOTFEAT!" + bytes.substr(8), bytes + "x"}) {
    test::writeBytes(store.entryPath(kKey), damaged);
    EXPECT_FALSE(store.open(kKey)) << damaged.size();
  }
  EXPECT_EQ(notes.size(), 5u);
  EXPECT_NE(notes.back().find(store.entryPath(kKey).string()), std::string::npos) << notes.back();
  store.write(kKey, {ElementType::Float32, 3, 4, 10, 10}, values.data());
  EXPECT_TRUE(store.open(kKey));
  EXPECT_EQ(test::readBytes(store.entryPath(kKey)), bytes);
}

TEST(FeatureKey, EveryPartChangesTheKey) {
  const FeatureKeyParts base{std::string(64, '1'), std::string(64, '2'), 448, model::Precision::Float32,
                             model::Precision::Float32};
  const std::string k = featureKey(base);
  EXPECT_EQ(k.size(), 64u);
  EXPECT_EQ(featureKey(base), k);
  auto changed = [&](auto edit) {
    FeatureKeyParts p = base;
    edit(p);
    return featureKey(p);
  };
  EXPECT_NE(changed([](FeatureKeyParts& p) { p.contentSha256[0] = '3'; }), k);
  EXPECT_NE(changed([](FeatureKeyParts& p) { p.backboneSha256[0] = '3'; }), k);
  EXPECT_NE(changed([](FeatureKeyParts& p) { p.imageSize = 112; }), k);
  EXPECT_NE(changed([](FeatureKeyParts& p) { p.backbonePrecision = model::Precision::BFloat16; }), k);
  EXPECT_NE(changed([](FeatureKeyParts& p) { p.storage = model::Precision::Float16; }), k);
  EXPECT_NE(maskKey(base.contentSha256, 448), maskKey(base.contentSha256, 112));
  EXPECT_NE(maskKey(base.contentSha256, 448), k);
}

TEST(CacheFolder, CleanRemovesEntriesOnlyAndRefusesAFolderThatIsNoCache) {
  const fs::path dir = test::scratchDir("store_clean");
  const FeatureStore store(dir);
  std::vector<float> values = ramp(12);
  store.write(kKey, {ElementType::Float32, 3, 4, 10, 10}, values.data());
  store.write(std::string(64, 'b'), {ElementType::Float32, 3, 4, 10, 10}, values.data());
  test::writeBytes(dir / "notes.txt", "mine");
  test::writeBytes(dir / (std::string(64, 'c') + kEntrySuffix), "named like one, but not an entry");
  CacheInfo info = inspectCacheFolder(dir);
  EXPECT_EQ(info.entries, 2u);
  EXPECT_EQ(info.bytes, 2 * (kEntryHeaderBytes + 48));
  EXPECT_EQ(info.foreign, 2u);
  // Recently used entries survive --older-than.
  CleanResult r = cleanCacheFolder(dir, 1.0);
  EXPECT_EQ(r.removed, 0u);
  EXPECT_EQ(r.kept, 2u);
  fs::last_write_time(store.entryPath(kKey), fs::file_time_type::clock::now() - std::chrono::hours(49));
  r = cleanCacheFolder(dir, 2.0);
  EXPECT_EQ(r.removed, 1u);
  EXPECT_FALSE(fs::exists(store.entryPath(kKey)));
  r = cleanCacheFolder(dir);
  EXPECT_EQ(r.removed, 1u);
  EXPECT_EQ(r.foreign, 2u);
  EXPECT_TRUE(fs::exists(dir / "notes.txt"));
  EXPECT_TRUE(fs::exists(dir / (std::string(64, 'c') + kEntrySuffix)));
  EXPECT_EQ(inspectCacheFolder(dir).entries, 0u);
  // A folder without the tag is refused, its files untouched.
  const fs::path other = test::scratchDir("store_not_a_cache");
  fs::copy_file(dir / "notes.txt", other / (kKey + kEntrySuffix));
  EXPECT_THROW(cleanCacheFolder(other), CacheFolderError);
  EXPECT_TRUE(fs::exists(other / (kKey + kEntrySuffix)));
}

}  // namespace
}  // namespace nagl::cache
