#pragma once
// Where `nagl infer` writes each query's outputs, and the scores table.
#include <optional>
#include <string>
#include <vector>

#include "nagl/export/output_stems.h"

namespace nagl::cli {

// One output stem per query (maps/, patch/ and the exports share them).
using exporting::uniqueOutputStems;

struct ScoreRow {
  std::string path;
  std::optional<float> imageScore;  // empty: the query failed
};

// Writes "path,image_score" rows atomically (temporary file + fsync +
// rename). Failed queries get "nan". Throws exporting::ExportError naming the
// file and the system's reason.
void writeScoresCsv(const std::string& csvPath, const std::vector<ScoreRow>& rows);

// One score row's CSV line, newline included ("nan" for a failed query).
std::string scoreLine(const ScoreRow& row);

}  // namespace nagl::cli
