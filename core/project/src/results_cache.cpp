#include "nagl/project/results_cache.h"
#include "save_file.h"

#include <QDir>
#include <QFile>
#include <bit>
#include <cstring>

namespace nagl::project {

static_assert(std::endian::native == std::endian::little, "the results cache is written little endian");

namespace {

constexpr char kMagic[8] = {'N', 'A', 'G', 'L', 'R', 'E', 'S', '\0'};
constexpr std::size_t kHeader = 8 + 4 + 4 + 8;
// The smallest row: the lengths of two empty strings, status, score, five
// ints (version 1) or seven (version 2 adds the tile side and overlap).
constexpr std::size_t kMinRowBytes = 4 + 1 + 8 + 4 + 5 * 4;
constexpr std::uint32_t kVersionBeforeTiles = 1;

std::uint64_t checksum(const char* data, std::size_t size) {
  std::uint64_t h = 1469598103934665603ull;
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, data + i, 8);
    h = (h ^ w) * 1099511628211ull;
  }
  for (; i < size; ++i) h = (h ^ static_cast<unsigned char>(data[i])) * 1099511628211ull;
  return h;
}

template <class T>
void put(QByteArray& out, T value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void putBytes(QByteArray& out, const QByteArray& bytes) {
  put<std::uint32_t>(out, static_cast<std::uint32_t>(bytes.size()));
  out.append(bytes);
}

QByteArray utf8Path(const std::string& pathBytes) {
  return QFile::decodeName(QByteArray(pathBytes.data(), static_cast<qsizetype>(pathBytes.size()))).toUtf8();
}

struct Reader {
  const char* p;
  const char* end;
  bool ok = true;
  template <class T>
  T get() {
    T v{};
    if (static_cast<std::size_t>(end - p) < sizeof v) {
      ok = false;
      return v;
    }
    std::memcpy(&v, p, sizeof v);
    p += sizeof v;
    return v;
  }
  std::string getBytes() {
    const auto n = get<std::uint32_t>();
    if (!ok || static_cast<std::size_t>(end - p) < n) {
      ok = false;
      return {};
    }
    std::string s(p, n);
    p += n;
    return s;
  }
  std::string getPath() {
    const std::string utf8 = getBytes();
    return QFile::encodeName(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()))).toStdString();
  }
};

}  // namespace

QByteArray ResultsCache::encode(const CachedResults& rows) {
  std::size_t estimate = kHeader + 8;
  for (const QueryResult& r : rows) estimate += 64 + r.path.size() * 3 + r.patchGrid.data.size() * 4;
  QByteArray out;
  out.reserve(static_cast<qsizetype>(estimate));
  out.append(kMagic, 8);
  put<std::uint32_t>(out, kVersion);
  put<std::uint32_t>(out, static_cast<std::uint32_t>(rows.size()));
  put<std::uint64_t>(out, 0);  // payload size, filled below
  for (const QueryResult& r : rows) {
    putBytes(out, utf8Path(r.path));
    put<std::uint8_t>(out, static_cast<std::uint8_t>(r.status));
    put<double>(out, r.score);
    putBytes(out, QByteArray(r.error.data(), static_cast<qsizetype>(r.error.size())));
    put<std::int32_t>(out, r.width);
    put<std::int32_t>(out, r.height);
    put<std::int32_t>(out, r.closestNormal);
    put<std::int32_t>(out, r.tileSide);
    put<std::int32_t>(out, r.tileOverlap);
    const FloatImage& grid = r.patchGrid;
    const bool gridOk =
        grid.width > 0 && grid.height > 0 && grid.data.size() == static_cast<std::size_t>(grid.width) * grid.height;
    put<std::int32_t>(out, gridOk ? grid.width : 0);
    put<std::int32_t>(out, gridOk ? grid.height : 0);
    if (gridOk)
      out.append(reinterpret_cast<const char*>(grid.data.data()), static_cast<qsizetype>(grid.data.size()) * 4);
  }
  const std::uint64_t payload = static_cast<std::uint64_t>(out.size()) - kHeader;
  std::memcpy(out.data() + 16, &payload, 8);
  put<std::uint64_t>(out, checksum(out.constData() + kHeader, payload));
  return out;
}

std::optional<CachedResults> ResultsCache::decode(const QByteArray& bytes, QString* error) {
  auto fail = [error](const QString& why) {
    if (error) *error = why;
    return std::nullopt;
  };
  if (bytes.size() < static_cast<qsizetype>(kHeader) + 8 || std::memcmp(bytes.constData(), kMagic, 8) != 0)
    return fail(QStringLiteral("not a NAGL results cache"));
  Reader header{bytes.constData() + 8, bytes.constData() + kHeader};
  const auto version = header.get<std::uint32_t>();
  const auto count = header.get<std::uint32_t>();
  const auto payload = header.get<std::uint64_t>();
  if (version != kVersion && version != kVersionBeforeTiles)
    return fail(QStringLiteral("unsupported results cache version %1").arg(version));
  if (payload != static_cast<std::uint64_t>(bytes.size()) - kHeader - 8)
    return fail(
        QStringLiteral("truncated results cache (%1 of %2 bytes)").arg(bytes.size()).arg(payload + kHeader + 8));
  std::uint64_t stored;
  std::memcpy(&stored, bytes.constData() + kHeader + payload, 8);
  if (stored != checksum(bytes.constData() + kHeader, payload))
    return fail(QStringLiteral("results cache checksum mismatch (corrupt file)"));

  // The checksum covers the rows, not the header: a 40-byte file claiming
  // 2^32 rows would otherwise reserve half a terabyte.
  if (count > payload / kMinRowBytes)
    return fail(QStringLiteral("malformed results cache (%1 rows cannot fit in %2 bytes)").arg(count).arg(payload));
  CachedResults rows;
  rows.reserve(count);
  Reader in{bytes.constData() + kHeader, bytes.constData() + kHeader + payload};
  for (std::uint32_t i = 0; i < count && in.ok; ++i) {
    QueryResult r;
    r.path = in.getPath();
    const auto status = in.get<std::uint8_t>();
    if (status > static_cast<std::uint8_t>(ResultStatus::Cancelled))
      return fail(QStringLiteral("bad status in row %1").arg(i));
    r.status = static_cast<ResultStatus>(status);
    r.score = in.get<double>();
    r.error = in.getBytes();
    r.width = in.get<std::int32_t>();
    r.height = in.get<std::int32_t>();
    r.closestNormal = in.get<std::int32_t>();
    if (version != kVersionBeforeTiles) {
      r.tileSide = in.get<std::int32_t>();
      r.tileOverlap = in.get<std::int32_t>();
      if (r.tileSide < 0 || r.tileOverlap < 0 || (r.tileSide > 0 && r.tileOverlap >= r.tileSide))
        return fail(QStringLiteral("bad tile side or overlap in row %1").arg(i));
    }
    const auto gridWidth = in.get<std::int32_t>();
    const auto gridHeight = in.get<std::int32_t>();
    if (gridWidth < 0 || gridHeight < 0 || gridWidth > 65536 || gridHeight > 65536)
      return fail(QStringLiteral("bad patch grid size in row %1").arg(i));
    const std::size_t n = static_cast<std::size_t>(gridWidth) * static_cast<std::size_t>(gridHeight);
    if (static_cast<std::size_t>(in.end - in.p) < n * 4) return fail(QStringLiteral("truncated row %1").arg(i));
    if (n) {
      r.patchGrid = FloatImage(gridWidth, gridHeight);
      std::memcpy(r.patchGrid.data.data(), in.p, n * 4);
    }
    in.p += n * 4;
    rows.append(std::move(r));
  }
  if (!in.ok || in.p != in.end) return fail(QStringLiteral("malformed results cache"));
  return rows;
}

bool ResultsCache::write(const QString& path, const CachedResults& rows, QString* error) {
  return saveFileAtomically(path, encode(rows), error);
}

std::optional<CachedResults> ResultsCache::read(const QString& path, QString* error) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    if (error) *error = QStringLiteral("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString());
    return std::nullopt;
  }
  QString why;
  auto rows = decode(f.readAll(), &why);
  if (!rows && error) *error = QDir::toNativeSeparators(path) + QStringLiteral(": ") + why;
  return rows;
}

}  // namespace nagl::project
