#include "cli/query_outputs.h"

#include <cstdio>

#include "nagl/export/atomic_write.h"
#include "nagl/foundation/csv_field.h"

namespace nagl::cli {

std::string scoreLine(const ScoreRow& row) {
  char number[32] = "nan";
  if (row.imageScore) std::snprintf(number, sizeof number, "%.9g", static_cast<double>(*row.imageScore));
  return foundation::csvField(row.path) + ',' + number + '\n';
}

void writeScoresCsv(const std::string& csvPath, const std::vector<ScoreRow>& rows) {
  std::string text = "path,image_score\n";
  for (const ScoreRow& row : rows) text += scoreLine(row);
  exporting::writeFileAtomically(csvPath, text);
}

}  // namespace nagl::cli
