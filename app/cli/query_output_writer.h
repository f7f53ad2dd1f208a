#pragma once
// One finished query's outputs, in the order that keeps DIR consistent after
// a kill or a full disk: patch/<stem>.tiff, maps/<stem>.tiff (<stem> may hold
// sub-folders, made as needed; each written
// atomically and synced), then its scores.csv row. When any step fails the
// query's files are removed again, so a row never exists without its files
// and files never without their row (unless the process dies in between).
#include <filesystem>
#include <string>

#include "cli/scores_journal.h"
#include "nagl/vision/image.h"

namespace nagl::cli {

class QueryOutputWriter {
 public:
  QueryOutputWriter(std::filesystem::path outDir, ScoresJournal& journal);

  // Throws exporting::ExportError naming the file and the system's reason.
  void writeScored(const std::string& stem, const ScoreRow& row, const FloatImage& patchGrid, const FloatImage& map);
  // A query that could not be scored: its "nan" row only.
  void writeFailed(const ScoreRow& row);

 private:
  std::filesystem::path outDir_;
  ScoresJournal& journal_;
};

// A write failure after which every further write will fail too (disk or
// quota full, read-only or failing storage): the run stops.
bool isStorageFailure(int systemError);

}  // namespace nagl::cli
