#include "nagl/cache/feature_store.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "nagl/foundation/atomic_write.h"
#include "nagl/foundation/sha256.h"
#include "nagl/foundation/unique_fd.h"

namespace nagl::cache {
namespace fs = std::filesystem;
namespace {

constexpr std::array<char, 8> kMagic = {'N', 'A', 'G', 'L', 'F', 'E', 'A', 'T'};

// The header as it lies on disk (native byte order: a cache is local).
struct Header {
  std::array<char, 8> magic;
  std::uint32_t version;
  std::uint32_t type;
  std::int64_t rows;
  std::int64_t columns;
  std::int32_t width;
  std::int32_t height;
  std::uint64_t payloadBytes;
  std::array<char, 16> reserved;
};
static_assert(sizeof(Header) == kEntryHeaderBytes);

constexpr std::uint32_t kVersion = 1;

bool validType(std::uint32_t t) { return t >= 1 && t <= 4; }

// What is wrong with the header for a file of `fileBytes`; empty when nothing.
std::string headerProblem(const Header& h, std::uint64_t fileBytes) {
  if (h.magic != kMagic) return "not a feature cache entry";
  if (h.version != kVersion) return "entry format " + std::to_string(h.version) + ", not " + std::to_string(kVersion);
  if (!validType(h.type) || h.rows < 1 || h.columns < 1 || h.width < 1 || h.height < 1) return "bad header";
  EntryShape s{static_cast<ElementType>(h.type), h.rows, h.columns, h.width, h.height};
  if (h.payloadBytes != s.payloadBytes()) return "header and payload size disagree";
  if (fileBytes != kEntryHeaderBytes + h.payloadBytes)
    return "file is " + std::to_string(fileBytes) + " bytes, expected " +
           std::to_string(kEntryHeaderBytes + h.payloadBytes) + " (truncated?)";
  return {};
}

}  // namespace

std::size_t elementSize(ElementType type) {
  switch (type) {
    case ElementType::Float32:
      return 4;
    case ElementType::Float16:
    case ElementType::BFloat16:
      return 2;
    case ElementType::UInt8:
      break;
  }
  return 1;
}

std::size_t EntryShape::payloadBytes() const {
  return static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns) * elementSize(type);
}

MappedEntry::~MappedEntry() { ::munmap(base_, length_); }

bool isEntryFileName(const std::string& name) {
  const std::string suffix = kEntrySuffix;
  return name.size() == 64 + suffix.size() && name.compare(64, suffix.size(), suffix) == 0 &&
         foundation::isSha256Hex(name.substr(0, 64)) && name.find_first_of("ABCDEF") == std::string::npos;
}

bool hasEntryMagic(const fs::path& path) {
  const foundation::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  std::array<char, 8> magic{};
  return fd.valid() && ::pread(fd.get(), magic.data(), magic.size(), 0) == static_cast<ssize_t>(magic.size()) &&
         magic == kMagic;
}

FeatureStore::FeatureStore(fs::path dir, Note note) : dir_(std::move(dir)), note_(std::move(note)) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (!fs::is_directory(dir_))
    throw std::runtime_error(dir_.string() + ": cannot create the feature cache folder (" + ec.message() + ")");
  const fs::path tag = dir_ / "CACHEDIR.TAG";
  if (!fs::exists(tag)) {
    try {
      foundation::writeFileAtomically(tag,
                                      "Signature: 8a477f597d28d172789f06886806bc55\n"
                                      "# This folder is a cache of NAGL Inspector's backbone features.\n"
                                      "# `nagl cache clean` removes its entries; see `nagl cache --help`.\n");
    } catch (const foundation::WriteError& e) {
      throw std::runtime_error(std::string("feature cache: ") + e.what());
    }
  }
}

fs::path FeatureStore::entryPath(const std::string& key) const { return dir_ / (key + kEntrySuffix); }

void FeatureStore::note(const std::string& line) const {
  std::lock_guard lock(noteMutex_);
  if (note_) note_(line);
}

std::shared_ptr<const MappedEntry> FeatureStore::open(const std::string& key) const {
  const fs::path path = entryPath(key);
  const foundation::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd.valid()) {
    if (errno != ENOENT) note("feature cache: " + path.string() + ": " + std::strerror(errno) + " (recomputed)");
    return nullptr;
  }
  struct stat st {};
  Header h{};
  std::string problem;
  if (::fstat(fd.get(), &st) != 0)
    problem = std::strerror(errno);
  else if (static_cast<std::uint64_t>(st.st_size) < kEntryHeaderBytes ||
           ::pread(fd.get(), &h, sizeof h, 0) != static_cast<ssize_t>(sizeof h))
    problem = "shorter than an entry's header (truncated?)";
  else
    problem = headerProblem(h, static_cast<std::uint64_t>(st.st_size));
  if (!problem.empty()) {
    note("feature cache: " + path.string() + ": " + problem + " (recomputed and written again)");
    return nullptr;
  }
  const auto length = static_cast<std::size_t>(st.st_size);
  void* base = ::mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd.get(), 0);
  if (base == MAP_FAILED) {
    note("feature cache: " + path.string() + ": cannot map it (" + std::strerror(errno) + "), recomputed");
    return nullptr;
  }
  return std::make_shared<const MappedEntry>(
      base, length, EntryShape{static_cast<ElementType>(h.type), h.rows, h.columns, h.width, h.height});
}

void FeatureStore::write(const std::string& key, const EntryShape& shape, const void* payload) const {
  Header h{};
  h.magic = kMagic;
  h.version = kVersion;
  h.type = static_cast<std::uint32_t>(shape.type);
  h.rows = shape.rows;
  h.columns = shape.columns;
  h.width = shape.width;
  h.height = shape.height;
  h.payloadBytes = shape.payloadBytes();
  foundation::AtomicFile file(entryPath(key));
  file.write(&h, sizeof h);
  file.write(payload, shape.payloadBytes());
  file.commit();
}

void FeatureStore::touch(const std::string& key) const {
  std::error_code ec;  // best effort: a read-only cache still serves hits
  fs::last_write_time(entryPath(key), fs::file_time_type::clock::now(), ec);
}

}  // namespace nagl::cache
