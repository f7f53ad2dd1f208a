// The results cache: a 10,000-image lot with 32 x 32 patch grids (448 px,
// ViT-*/14) round trips exactly and loads fast (time printed); truncated,
// damaged and foreign files are refused with a reason.
#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QFileInfo>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "nagl/project/results_cache.h"
#include "project_test_support.h"

namespace nagl::project {
namespace {

using test::fileBytes;
using test::freshDir;
using test::writeBytes;

CachedResults bigLot(int n, int grid) {
  CachedResults rows;
  rows.reserve(n);
  for (int i = 0; i < n; ++i) {
    QueryResult r;
    r.path =
        QStringLiteral("/lots/2025-03/line %1/image_%2.png").arg(i % 7).arg(i, 5, 10, QLatin1Char('0')).toStdString();
    if (i % 997 == 13) {
      r.status = ResultStatus::Failed;
      r.error = "cannot decode " + r.path;
    } else if (i % 1009 == 5) {
      r.status = ResultStatus::Cancelled;
    } else {
      r.status = ResultStatus::Done;
      r.score = std::sin(i * 0.37) * 0.5 + 0.5;
      r.width = 1024 + i % 3;
      r.height = 768;
      r.closestNormal = i % 5;
      r.patchGrid = FloatImage(grid, grid);
      for (int k = 0; k < grid * grid; ++k)
        r.patchGrid.data[static_cast<std::size_t>(k)] = static_cast<float>(i) * 1e-3f + k * 1e-5f;
    }
    rows.append(std::move(r));
  }
  return rows;
}

TEST(ResultsCache, TenThousandResultsRoundTripAndLoadAtOnce) {
  const QString dir = freshDir(QStringLiteral("results-10k"));
  const QString path = dir + QStringLiteral("/results.bin");
  const CachedResults rows = bigLot(10000, 32);
  QString error;
  QElapsedTimer timer;
  timer.start();
  ASSERT_TRUE(ResultsCache::write(path, rows, &error)) << error.toStdString();
  const qint64 writeMs = timer.elapsed();
  timer.restart();
  const auto back = ResultsCache::read(path, &error);
  const qint64 readMs = timer.elapsed();
  ASSERT_TRUE(back) << error.toStdString();
  std::printf("[ results cache ] 10000 results (32x32 patch grids), %.1f MB: write %lld ms, load %lld ms\n",
              QFileInfo(path).size() / 1e6, static_cast<long long>(writeMs), static_cast<long long>(readMs));
  ASSERT_EQ(back->size(), rows.size());
  EXPECT_EQ(*back, rows);
  // "At once": generous for a loaded CI machine; measured ~0.1 s.
  EXPECT_LT(readMs, 5000);
}

TEST(ResultsCache, EmptyAndGridlessRowsRoundTrip) {
  EXPECT_EQ(*ResultsCache::decode(ResultsCache::encode({}), nullptr), CachedResults{});
  QueryResult pending;
  pending.path = QStringLiteral("ä/ö.png").toStdString();
  const CachedResults rows{pending};
  EXPECT_EQ(*ResultsCache::decode(ResultsCache::encode(rows), nullptr), rows);
}

TEST(ResultsCache, TiledRowsKeepTheirTilePlan) {
  CachedResults rows = bigLot(3, 8);
  rows[0].tileSide = 384;
  rows[0].tileOverlap = 96;
  const auto back = ResultsCache::decode(ResultsCache::encode(rows), nullptr);
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, rows);
  EXPECT_EQ((*back)[0].tileSide, 384);
  EXPECT_EQ((*back)[0].tileOverlap, 96);
  EXPECT_EQ((*back)[1].tileSide, 0);
}

// Version 1 (before tiling) as the previous release wrote it: each row
// without the two tile ints. Rebuilt here from a version 2 encoding.
QByteArray asVersionOne(const CachedResults& rows) {
  QByteArray out = ResultsCache::encode({});
  out.chop(8);  // the checksum
  out[8] = 1;
  QByteArray payload;
  for (const QueryResult& r : rows) {
    QueryResult untiled = r;
    untiled.tileSide = untiled.tileOverlap = 0;
    QByteArray one = ResultsCache::encode({untiled});
    one = one.mid(24, one.size() - 24 - 8);  // the row alone
    const qsizetype closest = 4 + static_cast<qsizetype>(QByteArray::fromStdString(r.path).size()) + 1 + 8 + 4 +
                              static_cast<qsizetype>(r.error.size()) + 3 * 4;
    one.remove(closest, 8);
    payload += one;
  }
  const auto count = static_cast<std::uint32_t>(rows.size());
  const auto size = static_cast<std::uint64_t>(payload.size());
  std::memcpy(out.data() + 12, &count, 4);
  std::memcpy(out.data() + 16, &size, 8);
  out += payload;
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a over 8-byte words, then bytes, as the file format says
  qsizetype i = 0;
  for (; i + 8 <= payload.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, payload.constData() + i, 8);
    h = (h ^ w) * 1099511628211ull;
  }
  for (; i < payload.size(); ++i) h = (h ^ static_cast<unsigned char>(payload[i])) * 1099511628211ull;
  out.append(reinterpret_cast<const char*>(&h), 8);
  return out;
}

TEST(ResultsCache, VersionOneFilesStillRead) {
  const CachedResults rows = bigLot(20, 8);
  QString error;
  const auto back = ResultsCache::decode(asVersionOne(rows), &error);
  ASSERT_TRUE(back) << error.toStdString();
  EXPECT_EQ(*back, rows);
}

TEST(ResultsCache, RefusesTruncatedDamagedAndForeignFiles) {
  const QByteArray good = ResultsCache::encode(bigLot(50, 8));
  QString error;
  EXPECT_FALSE(ResultsCache::decode(good.left(good.size() - 100), &error));
  EXPECT_NE(error.indexOf(QStringLiteral("truncated")), -1) << error.toStdString();
  QByteArray damaged = good;
  damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x40);
  EXPECT_FALSE(ResultsCache::decode(damaged, &error));
  EXPECT_NE(error.indexOf(QStringLiteral("checksum")), -1) << error.toStdString();
  EXPECT_FALSE(ResultsCache::decode("PNG and more bytes than a header needs, surely", &error));
  EXPECT_NE(error.indexOf(QStringLiteral("not a NAGL results cache")), -1);

  // Found while fuzzing: the row count is outside the checksum; 2^32 - 1 rows
  // in an empty payload used to reserve ~480 GB (an out-of-memory abort).
  QByteArray claims = ResultsCache::encode({});
  for (int i = 12; i < 16; ++i) claims[i] = '\xFF';
  EXPECT_FALSE(ResultsCache::decode(claims, &error));
  EXPECT_EQ(error, QStringLiteral("malformed results cache (4294967295 rows cannot fit in 0 bytes)"));

  const QString dir = freshDir(QStringLiteral("results-bad"));
  writeBytes(dir + QStringLiteral("/r.bin"), good.left(40));
  EXPECT_FALSE(ResultsCache::read(dir + QStringLiteral("/r.bin"), &error));
  EXPECT_TRUE(error.startsWith(dir + QStringLiteral("/r.bin"))) << error.toStdString();
}

}  // namespace
}  // namespace nagl::project
