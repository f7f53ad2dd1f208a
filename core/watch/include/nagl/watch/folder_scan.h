#pragma once
// One look at a hot folder: its image files (recursively) with the size and
// modification time that tell whether a file is still being written
// (settle_tracker.h) and which version of it results.csv scored.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace nagl::watch {

// A file as one scan saw it.
struct FileVersion {
  std::string path;  // the folder as given, joined with the path below it
  std::uintmax_t size = 0;
  std::int64_t mtimeNs = 0;  // nanoseconds since the epoch
  bool operator==(const FileVersion&) const = default;
};

// Names a writer is still filling: "*.part", "*.tmp" (any case) and hidden
// names (".name", as rsync and many cameras write them before a rename).
bool isTemporaryName(std::string_view fileName);

// The regular files under `folder` with an image extension
// (nagl/foundation/image_extensions.h), sorted by path, leaving out
// temporary names (and hidden folders) and the `skip` folders (e.g. the
// output folder inside the hot folder). Files that vanish during the scan
// are left out. Throws std::runtime_error naming the folder when it cannot
// be listed.
std::vector<FileVersion> scanFolder(const std::filesystem::path& folder,
                                    const std::vector<std::filesystem::path>& skip = {});

// The file's version now; false when it is gone (or not a regular file).
bool statFile(const std::string& path, FileVersion& version);

}  // namespace nagl::watch
