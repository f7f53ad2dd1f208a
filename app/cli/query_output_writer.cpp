#include "cli/query_output_writer.h"

#include <cerrno>
#include <string_view>

#include "nagl/export/atomic_write.h"
#include "nagl/imaging/float_tiff.h"

namespace nagl::cli {
namespace {

void writeTiff(const std::filesystem::path& path, const FloatImage& image) {
  const std::vector<unsigned char> bytes = imaging::encodeFloatTiff(image);
  exporting::createFolder(path.parent_path());  // a stem keeps the lot's sub-folders (output_stems.h)
  exporting::writeFileAtomically(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

}  // namespace

QueryOutputWriter::QueryOutputWriter(std::filesystem::path outDir, ScoresJournal& journal)
    : outDir_(std::move(outDir)), journal_(journal) {}

void QueryOutputWriter::writeScored(const std::string& stem, const ScoreRow& row, const FloatImage& patchGrid,
                                    const FloatImage& map) {
  const std::filesystem::path patchPath = outDir_ / "patch" / (stem + ".tiff");
  const std::filesystem::path mapPath = outDir_ / "maps" / (stem + ".tiff");
  try {
    writeTiff(patchPath, patchGrid);
    writeTiff(mapPath, map);
    journal_.append(row);
  } catch (...) {
    std::error_code ec;
    std::filesystem::remove(mapPath, ec);
    std::filesystem::remove(patchPath, ec);
    throw;
  }
}

void QueryOutputWriter::writeFailed(const ScoreRow& row) { journal_.append(row); }

bool isStorageFailure(int systemError) {
  return systemError == ENOSPC || systemError == EDQUOT || systemError == EROFS || systemError == EIO;
}

}  // namespace nagl::cli
