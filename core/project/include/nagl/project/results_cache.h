#pragma once
// The results cache of a project: one row per lot image (status, score,
// size, closest normal, G x G patch scores) in one binary file, so that a
// 10,000-image project shows its results at once without inference.
//
// Layout (little endian): "NAGLRES\0", u32 version (1), u32 row count, u64
// payload size, the rows, u64 checksum (FNV-1a over the payload, 8 bytes at
// a time). A row: u32 path length + UTF-8 path, u8 status, f64 score, u32
// error length + UTF-8, i32 width, height, closest normal, grid width, grid
// height, then grid width * grid height f32. Paths are stored as UTF-8
// (Qt's file name decoding of the result's path bytes), errors as they are.
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

#include "nagl/vision/query_result.h"

namespace nagl::project {

// One row per lot image, in lot order (QueryResult::index is not stored).
using CachedResults = QList<QueryResult>;

class ResultsCache {
 public:
  static constexpr std::uint32_t kVersion = 2;  // 2: rows carry their tile side and overlap; 1 still reads
  static QByteArray encode(const CachedResults& rows);
  // nullopt (and *error) for a truncated, corrupt or foreign buffer.
  static std::optional<CachedResults> decode(const QByteArray& bytes, QString* error);
  // Atomic (QSaveFile).
  static bool write(const QString& path, const CachedResults& rows, QString* error);
  static std::optional<CachedResults> read(const QString& path, QString* error);
};

}  // namespace nagl::project
