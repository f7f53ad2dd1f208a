#pragma once
// The folder of cache entries: one file per entry, DIR/<key>.naglfeat, a
// 64-byte header (magic, format version, element type, rows, columns, the
// original image's size, payload bytes) and the raw row-major payload.
// Written atomically (foundation::AtomicFile), read with mmap(2) and checked:
// a file that is not a complete entry of this format is a miss (said through
// the note) and the caller writes it again. Entries are mapped only while
// used, so resident memory does not grow with the cache. Thread-safe.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace nagl::cache {

enum class ElementType : std::uint32_t { Float32 = 1, Float16 = 2, BFloat16 = 3, UInt8 = 4 };
std::size_t elementSize(ElementType type);

struct EntryShape {
  ElementType type = ElementType::Float32;
  std::int64_t rows = 0;
  std::int64_t columns = 0;
  std::int32_t width = 0;  // the original image's size (features) or mask's size (masks)
  std::int32_t height = 0;
  std::size_t payloadBytes() const;
};

inline constexpr std::size_t kEntryHeaderBytes = 64;
inline constexpr const char* kEntrySuffix = ".naglfeat";

// One entry mapped into memory (private, copy-on-write: the file is never
// changed through it); unmapped when the last owner goes.
class MappedEntry {
 public:
  MappedEntry(void* base, std::size_t length, const EntryShape& shape) : base_(base), length_(length), shape_(shape) {}
  ~MappedEntry();
  MappedEntry(const MappedEntry&) = delete;
  MappedEntry& operator=(const MappedEntry&) = delete;

  const EntryShape& shape() const { return shape_; }
  void* data() const { return static_cast<char*>(base_) + kEntryHeaderBytes; }
  std::size_t fileBytes() const { return length_; }

 private:
  void* base_;
  std::size_t length_;
  EntryShape shape_;
};

class FeatureStore {
 public:
  using Note = std::function<void(const std::string& line)>;
  // Creates DIR (and its CACHEDIR.TAG, which `nagl cache clean` looks for)
  // when missing; throws std::runtime_error naming DIR when it cannot.
  explicit FeatureStore(std::filesystem::path dir, Note note = {});

  const std::filesystem::path& dir() const { return dir_; }
  std::filesystem::path entryPath(const std::string& key) const;

  // The entry mapped, or null on a miss (no file, or one that is not a valid
  // entry: said through the note, and the next write replaces it).
  std::shared_ptr<const MappedEntry> open(const std::string& key) const;
  // Writes or replaces the entry atomically; throws foundation::WriteError.
  void write(const std::string& key, const EntryShape& shape, const void* payload) const;
  // Marks an entry as used now (its modification time), for `clean --older-than`.
  void touch(const std::string& key) const;

 private:
  void note(const std::string& line) const;
  std::filesystem::path dir_;
  Note note_;
  mutable std::mutex noteMutex_;
};

// True for an entry's file name: 64 lowercase hex digits + ".naglfeat".
bool isEntryFileName(const std::string& name);
// Reads the first bytes of `path`: true when they are an entry's magic.
bool hasEntryMagic(const std::filesystem::path& path);

}  // namespace nagl::cache
