#pragma once
// DIR/run.json, the manifest of one `nagl infer` run: what was scored with
// what. It decides whether a run may be resumed (same model, references,
// settings and lot) and which shard runs may be merged into one.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nagl::cli {

struct DigestedFile {
  std::string path;    // as given on the command line
  std::string sha256;  // of the content; what comparisons use
  bool operator==(const DigestedFile& o) const { return sha256 == o.sha256; }
};

struct ManifestReference {
  DigestedFile image;
  std::optional<DigestedFile> mask;  // abnormal references only
  bool operator==(const ManifestReference& o) const { return image == o.image && mask == o.mask; }
};

enum class RunStatus { Running, Stopped, Complete };
const char* toString(RunStatus status);

struct RunManifest {
  std::string program;  // "nagl 0.1.0"
  std::string started;  // UTC, ISO 8601
  std::optional<DigestedFile> backbone, head;
  std::string modelDescription;
  std::vector<ManifestReference> normals, abnormals;
  int imageSize = 0;
  std::string precision;
  std::string tiling = "off";
  std::size_t lotQueries = 0;  // the whole lot, before sharding
  std::string lotSha256;       // digest of the whole lot's query list, in order
  int shardIndex = 1, shardCount = 1;
  std::size_t shardQueries = 0;          // this run's share of the lot
  int shardBlock = 1;                    // the lot is split in blocks of this many queries (the batch size)
  std::optional<float> exportThreshold;  // the fail threshold
  std::optional<float> exportReview;     // when below the fail threshold
  std::size_t exportMinDefectArea = 0;
  std::string exportThresholdSource;  // where the thresholds came from, for the reports (empty: not recorded)
  std::string exportRecipe;           // the recipe's product name, for the reports (empty: none)
  std::vector<std::string> exportFormats;
  RunStatus status = RunStatus::Running;
};

// "what differs" lines between two runs' settings (model, references, image
// size, precision, tiling, exports, lot); empty when they may share a folder
// (resume) or be merged. `sameShard`: also the shard's index and count.
std::vector<std::string> manifestDifferences(const RunManifest& a, const RunManifest& b, bool sameShard);

// The digest `lotSha256` holds: SHA-256 over the paths, each ended by NUL.
std::string queryListDigest(const std::vector<std::string>& queries);

std::string manifestPath(const std::filesystem::path& outDir);

// Atomic write (temporary + fsync + rename); throws std::runtime_error
// naming the file and the system's reason.
void writeRunManifest(const std::filesystem::path& outDir, const RunManifest& manifest);

// Empty when DIR has no run.json; throws std::runtime_error naming the file
// when it exists but is not a manifest we can read.
std::optional<RunManifest> readRunManifest(const std::filesystem::path& outDir);

}  // namespace nagl::cli
