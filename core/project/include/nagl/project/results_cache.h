#pragma once
// The results cache of a project: one row per lot image (status, score,
// size, closest normal, G x G patch scores) in one binary file, so that a
// 10,000-image project shows its results at once without inference.
//
// Layout (little endian): "NAGLRES\0", u32 version (1), u32 row count, u64
// payload size, the rows, u64 checksum (FNV-1a over the payload, 8 bytes at
// a time). A row: u32 path length + UTF-8 path, u8 status, f64 score, u32
// error length + UTF-8, i32 width, height, closest normal, grid width, grid
// height, then grid width * grid height f32.
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

#include "nagl/vision/result_status.h"

namespace nagl::project {

struct CachedResult {
  QString path;
  ResultStatus status = ResultStatus::Pending;
  double score = 0.0;
  QString error;
  int width = 0;
  int height = 0;
  int closestNormal = -1;
  int gridWidth = 0;
  int gridHeight = 0;
  std::vector<float> grid;
  bool operator==(const CachedResult&) const = default;
};

class ResultsCache {
 public:
  static constexpr std::uint32_t kVersion = 1;
  static QByteArray encode(const QList<CachedResult>& rows);
  // nullopt (and *error) for a truncated, corrupt or foreign buffer.
  static std::optional<QList<CachedResult>> decode(const QByteArray& bytes, QString* error);
  // Atomic (QSaveFile).
  static bool write(const QString& path, const QList<CachedResult>& rows, QString* error);
  static std::optional<QList<CachedResult>> read(const QString& path, QString* error);
};

}  // namespace nagl::project
