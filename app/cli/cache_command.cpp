// `nagl cache info` and `nagl cache clean`: the on-disk feature cache that
// `nagl train` fills and `nagl eval --cache-dir` reuses.
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "cli/command_group.h"
#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "nagl/cache/cache_folder.h"
#include "nagl/cache/cache_location.h"

namespace nagl::cli {
namespace {

constexpr const char* kCacheHelp =
    "The cache: DIR/<key>.naglfeat, one file per image's backbone features (and per resized\n"
    "defect mask), named by a SHA-256 over the file's content, the backbone, the image size and\n"
    "the precision; a CACHEDIR.TAG marks the folder. Default folder: $XDG_CACHE_HOME/\n"
    "nagl-inspector/features, else ~/.cache/nagl-inspector/features.\n\n";
constexpr const char* kCacheExitHelp =
    "Exit codes: 0 success; 1 failure (a folder that is not a feature cache: nothing removed);\n"
    "2 usage error.\n";

struct CacheArguments {
  std::string dir;
  double olderThanDays = -1;  // < 0: not given
};

std::string folderOf(const CacheArguments& a) { return a.dir.empty() ? cache::defaultCacheDir().string() : a.dir; }

std::string mib(std::uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

int info(const CacheArguments& a) {
  const std::string dir = folderOf(a);
  const cache::CacheInfo i = cache::inspectCacheFolder(dir);
  if (!i.exists) {
    std::printf("feature cache: %s does not exist (empty)\n", dir.c_str());
    return kExitOk;
  }
  std::printf("feature cache: %s\nentries: %zu\nbytes: %llu (%s)\n", dir.c_str(), i.entries,
              static_cast<unsigned long long>(i.bytes), mib(i.bytes).c_str());
  if (i.foreign) std::printf("other files: %zu (not cache entries; 'clean' leaves them)\n", i.foreign);
  return kExitOk;
}

int clean(const CacheArguments& a) {
  const std::string dir = folderOf(a);
  if (!cache::inspectCacheFolder(dir).exists) {
    std::printf("feature cache: %s does not exist: nothing to remove\n", dir.c_str());
    return kExitOk;
  }
  const std::optional<double> olderThan = a.olderThanDays >= 0 ? std::optional<double>(a.olderThanDays) : std::nullopt;
  const cache::CleanResult r = cache::cleanCacheFolder(dir, olderThan);
  std::printf("feature cache: %s: removed %zu entries (%s)", dir.c_str(), r.removed, mib(r.bytesRemoved).c_str());
  if (olderThan) std::printf(", kept %zu used in the last %g days", r.kept, *olderThan);
  std::printf("\n");
  if (r.foreign) std::printf("left %zu files that are not cache entries\n", r.foreign);
  return kExitOk;
}

void addCommon(CLI::App& app, CacheArguments& a) {
  app.add_option("--cache-dir", a.dir, "the cache folder (default $XDG_CACHE_HOME/nagl-inspector/features)")
      ->option_text("DIR")
      ->check(notEmpty());
}

}  // namespace

int runCache(const std::vector<std::string>& args) {
  return runCommandGroup(
      {.name = "cache",
       .description = "The on-disk backbone feature cache of 'nagl train' and 'nagl eval --cache-dir'.",
       .commands = {{"info", "the folder, its entries and their size",
                     [](const std::vector<std::string>& args) {
                       return runCommand<CacheArguments>(
                           "nagl cache info", args,
                           [](CLI::App& app, CacheArguments& a) {
                             describeCommand(app, "nagl cache info [--cache-dir DIR]",
                                             std::string("Prints the cache folder, its entries and their bytes.\n\n") +
                                                 kCacheHelp + kCacheExitHelp);
                             addCommon(app, a);
                           },
                           info);
                     }},
                    {"clean", "remove cache entries (all, or those not used for --older-than DAYS)",
                     [](const std::vector<std::string>& args) {
                       return runCommand<CacheArguments>(
                           "nagl cache clean", args,
                           [](CLI::App& app, CacheArguments& a) {
                             describeCommand(
                                 app, "nagl cache clean [--cache-dir DIR] [--older-than DAYS]",
                                 std::string(
                                     "Removes the cache's entries: every one, or with --older-than those not used\n"
                                     "for DAYS days. Only files that are cache entries are removed; anything else\n"
                                     "in the folder is left alone, and a folder without the cache's CACHEDIR.TAG\n"
                                     "is refused (exit 1, nothing removed).\n\n") +
                                     kCacheHelp + kCacheExitHelp);
                             addCommon(app, a);
                             app.add_option("--older-than", a.olderThanDays,
                                            "only entries not used for DAYS days (fractions allowed)")
                                 ->option_text("DAYS")
                                 ->transform(finiteDouble(0));
                           },
                           clean);
                     }}},
       .footer = std::string(kCacheHelp) + kCacheExitHelp},
      args);
}

}  // namespace nagl::cli
