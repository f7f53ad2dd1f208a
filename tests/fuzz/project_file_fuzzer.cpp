// libFuzzer target: arbitrary bytes as a project file (ProjectFile::parse:
// JSON, schema checks, migrations) and as a results cache
// (ResultsCache::decode: binary rows with a checksum). Both must answer with
// a value or a described refusal, never crash, hang or over-allocate.
#include <QByteArray>
#include <cstdint>

#include "nagl/project/project.h"
#include "nagl/project/results_cache.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  nagl::project::ReadError error;
  (void)nagl::project::ProjectFile::parse(bytes, QStringLiteral("/fuzz/project.nagl"), &error);
  QString cacheError;
  (void)nagl::project::ResultsCache::decode(bytes, &cacheError);
  return 0;
}
