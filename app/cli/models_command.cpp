// `nagl models`: the model store (list, import, fetch, remove, verify,
// default). The store itself lives in core/store.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

#include "cli/argument_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/interrupt.h"
#include "nagl/store/fetch.h"
#include "nagl/store/model_store.h"
#include "nagl/store/official_models.h"
#include "nagl/store/store_location.h"

namespace nagl::cli {
namespace {

const char* kStoreHelp =
    "The store is $NAGL_MODEL_STORE if set, else $XDG_DATA_HOME/nagl-inspector/models,\n"
    "else ~/.local/share/nagl-inspector/models.\n\n";

const char* kModelsExitHelp = "Exit codes: 0 success; 1 failure (nothing changed); 2 usage error; 130 interrupted.\n";

std::string megabytes(std::uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return text;
}

std::string defaultNote(const Manifest& m, const ModelEntry& e) {
  const ModelEntry* d = m.findDefault(e.kind);
  return d && d->name == e.name ? std::string(" (default ") + toString(e.kind) + ")" : std::string();
}

// ---- list -----------------------------------------------------------------

void noArguments(const ArgumentParser& p) {
  if (!p.positionals().empty()) throw UsageError("unexpected argument '" + p.positionals()[0] + "'");
}

int list(const ArgumentParser& p) {
  noArguments(p);
  const StoreLocation where = modelStoreLocation();
  const Manifest m = ModelStore(where.directory).manifest();
  std::printf("model store: %s (from %s)\n", where.directory.string().c_str(), where.origin.c_str());
  if (m.models.empty()) {
    std::printf("no models yet: 'nagl models import FILE' or 'nagl models fetch dinov2_vits14'\n");
    return kExitOk;
  }
  for (const ModelEntry& e : m.models) {
    const bool isDefault = m.findDefault(e.kind) == &e;
    std::printf("%c %-24s %-8s %s\n", isDefault ? '*' : ' ', e.name.c_str(), toString(e.kind), e.architecture.c_str());
    std::printf("    %s, sha256 %s, imported %s\n    from %s\n", megabytes(e.size).c_str(), e.sha256.c_str(),
                e.imported.c_str(), e.source.c_str());
  }
  std::printf("(* = default, used by 'nagl infer' without --backbone/--head)\n");
  return kExitOk;
}

// ---- import ---------------------------------------------------------------

int importFile(const ArgumentParser& p) {
  if (p.positionals().size() != 1) throw UsageError("give exactly one FILE to import");
  ImportOptions options;
  options.name = p.value("--name").value_or("");
  options.expectedSha256 = p.value("--sha256").value_or("");
  ModelStore store;
  std::fprintf(stderr, "reading and validating %s ...\n", p.positionals()[0].c_str());
  const ModelEntry e = store.importFile(p.positionals()[0], options);
  std::printf("imported '%s': %s %s%s\n  sha256 %s, %s, stored as %s\n", e.name.c_str(), toString(e.kind),
              e.architecture.c_str(), defaultNote(store.manifest(), e).c_str(), e.sha256.c_str(), megabytes(e.size).c_str(),
              store.pathOf(e).string().c_str());
  return kExitOk;
}

// ---- fetch ----------------------------------------------------------------

// Progress on stderr: one updating line on a terminal, a line per 10 %
// otherwise (logs, CI).
class ProgressPrinter {
 public:
  ProgressPrinter() : terminal_(::isatty(STDERR_FILENO) == 1) {}
  ~ProgressPrinter() {
    if (printed_ && terminal_) std::fputc('\n', stderr);
  }
  bool operator()(const DownloadProgress& p) {
    const auto now = std::chrono::steady_clock::now();
    const int percent = p.total ? static_cast<int>(100 * p.received / p.total) : -1;
    const bool due = terminal_ ? now - last_ > std::chrono::milliseconds(250) : percent / 10 != lastDecile_;
    if (due && p.received > 0) {
      if (!printed_ && p.resumedFrom > 0) std::fprintf(stderr, "resuming after %s\n", megabytes(p.resumedFrom).c_str());
      std::fprintf(stderr, terminal_ ? "\r%s / %s  (%d %%)   " : "%s / %s (%d %%)\n", megabytes(p.received).c_str(),
                   p.total ? megabytes(p.total).c_str() : "?", std::max(percent, 0));
      last_ = now;
      lastDecile_ = percent / 10;
      printed_ = true;
    }
    return !interruptRequested();
  }

 private:
  bool terminal_;
  bool printed_ = false;
  int lastDecile_ = -1;
  std::chrono::steady_clock::time_point last_{};
};

int fetch(const ArgumentParser& p) {
  if (p.positionals().size() != 1) throw UsageError("give exactly one model NAME to fetch");
  const std::string name = p.positionals()[0];
  FetchOptions options;
  options.url = p.value("--url").value_or("");
  options.sha256 = p.value("--sha256").value_or("");
  const OfficialModel* official = findOfficialModel(name);
  if (!official && options.url.empty())
    throw UsageError("unknown model '" + name + "' (see 'nagl models fetch --help' for the names, or give --url URL)");
  std::fprintf(stderr, "downloading %s\n", (options.url.empty() ? official->url : options.url).c_str());
  installInterruptHandler();
  ModelStore store;
  ModelEntry e;
  {
    ProgressPrinter printer;
    options.download.progress = std::ref(printer);
    try {
      e = fetchModel(store, name, options);
    } catch (const DownloadError& error) {
      if (error.reason != DownloadError::Reason::Cancelled) throw;
      std::fprintf(stderr, "\nnagl models fetch: %s\n", error.what());
      return kExitInterrupted;
    }
  }
  std::printf("fetched '%s': %s%s\n  sha256 %s (record it to check later copies), %s, stored as %s\n", e.name.c_str(),
              e.architecture.c_str(), defaultNote(store.manifest(), e).c_str(), e.sha256.c_str(), megabytes(e.size).c_str(),
              store.pathOf(e).string().c_str());
  return kExitOk;
}

// ---- remove, default, verify ----------------------------------------------

std::string onlyName(const ArgumentParser& p) {
  if (p.positionals().size() != 1) throw UsageError("give exactly one model NAME");
  return p.positionals()[0];
}

int remove(const ArgumentParser& p) {
  const std::string name = onlyName(p);
  const std::string newDefault = ModelStore().remove(name);
  std::printf("removed '%s'\n", name.c_str());
  if (!newDefault.empty()) std::printf("'%s' is now the default\n", newDefault.c_str());
  return kExitOk;
}

int setDefault(const ArgumentParser& p) {
  const std::string name = onlyName(p);
  ModelStore store;
  store.setDefault(name);
  std::printf("'%s' is now the default %s\n", name.c_str(), toString(store.manifest().find(name)->kind));
  return kExitOk;
}

int verify(const ArgumentParser& p) {
  noArguments(p);
  const std::vector<VerifyResult> results = ModelStore().verify();
  std::size_t bad = 0;
  for (const VerifyResult& r : results) {
    if (r.ok) {
      std::printf("ok        %s\n", r.name.c_str());
    } else {
      ++bad;
      std::printf("MISMATCH  %s: %s\n", r.name.c_str(), r.problem.c_str());
    }
  }
  if (bad) {
    std::fprintf(stderr, "%zu of %zu stored models failed verification: remove and re-import them\n", bad, results.size());
    return kExitFailure;
  }
  std::printf("%zu models verified\n", results.size());
  return kExitOk;
}

// ---- dispatch -------------------------------------------------------------

struct Subcommand {
  const char* name;
  const char* summary;
  std::function<ArgumentParser()> parser;
  std::function<int(const ArgumentParser&)> run;
};

std::string fetchDescription() {
  std::string s =
      "Downloads a checkpoint, verifies it (complete archive, expected architecture,\n"
      "every tensor) and imports it as NAME. An interrupted download resumes where it\n"
      "stopped when the command is run again. Proxies come from the usual variables\n"
      "(https_proxy, HTTPS_PROXY, http_proxy, no_proxy). Official names:\n";
  for (const OfficialModel& m : officialModels()) s += "  " + m.name + std::string(20 - m.name.size(), ' ') + m.description + "\n";
  return s + "Any other NAME needs --url.\n\n" + kStoreHelp + kModelsExitHelp;
}

const std::vector<Subcommand>& subcommands() {
  static const std::vector<Subcommand> table = {
      {"list", "list the stored models (* marks the defaults)",
       [] { return ArgumentParser("nagl models list", std::string("Lists the stored models.\n\n") + kStoreHelp + kModelsExitHelp); },
       list},
      {"import", "validate a checkpoint file and add it to the store",
       [] {
         ArgumentParser p("nagl models import FILE [--name NAME] [--sha256 HEX]",
                          std::string("Adds FILE to the store after validating every tensor: an official DINOv2 .pth,\n"
                                      "a Hugging Face DINOv2 safetensors, or a NAGL head (.pth from the reference\n"
                                      "train.py, or safetensors). The first backbone and the first head become the\n"
                                      "defaults. The SHA-256 of FILE is recorded.\n\n") +
                              kStoreHelp + kModelsExitHelp);
         p.addOption("--name", "NAME", "name in the store (default: the file name without extension)");
         p.addOption("--sha256", "HEX", "refuse the file unless its SHA-256 is HEX");
         return p;
       },
       importFile},
      {"fetch", "download an official DINOv2 checkpoint and import it",
       [] {
         ArgumentParser p("nagl models fetch NAME [--url URL] [--sha256 HEX]", fetchDescription());
         p.addOption("--url", "URL", "download from URL instead of the official address (a mirror)");
         p.addOption("--sha256", "HEX", "refuse the download unless its SHA-256 is HEX");
         return p;
       },
       fetch},
      {"remove", "delete a stored model",
       [] { return ArgumentParser("nagl models remove NAME", std::string("Deletes NAME from the store.\n\n") + kModelsExitHelp); },
       remove},
      {"verify", "re-check every stored file against its recorded SHA-256",
       [] {
         return ArgumentParser("nagl models verify", std::string("Re-hashes every stored file and compares it with the manifest.\n"
                                                                 "Exits 1 if any file is missing or changed.\n\n") +
                                                         kModelsExitHelp);
       },
       verify},
      {"default", "make a stored backbone or head the default",
       [] {
         return ArgumentParser("nagl models default NAME",
                               std::string("Makes NAME the default backbone or head (by its kind), used by\n"
                                           "'nagl infer' when --backbone / --head are not given.\n\n") +
                                   kModelsExitHelp);
       },
       setDefault},
  };
  return table;
}

void printOverview(std::FILE* to) {
  std::fprintf(to, "Usage: nagl models <command> [options]\n\nManages the local store of DINOv2 backbones and NAGL heads.\n\nCommands:\n");
  for (const Subcommand& s : subcommands()) std::fprintf(to, "  %-8s %s\n", s.name, s.summary);
  std::fprintf(to, "\nRun 'nagl models <command> --help' for its options.\n%s%s", kStoreHelp, kModelsExitHelp);
}

}  // namespace

int runModels(const std::vector<std::string>& args) {
  if (args.empty()) {
    printOverview(stderr);
    return kExitUsage;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    printOverview(stdout);
    return kExitOk;
  }
  for (const Subcommand& s : subcommands()) {
    if (args[0] != s.name) continue;
    const std::string label = std::string("nagl models ") + s.name;
    ArgumentParser parser = s.parser();
    try {
      parser.parse({args.begin() + 1, args.end()});
      if (parser.flag("--help")) {
        std::printf("%s", parser.help().c_str());
        return kExitOk;
      }
      return s.run(parser);
    } catch (const UsageError& e) {
      std::fprintf(stderr, "%s: %s\n(see '%s --help')\n", label.c_str(), e.what(), label.c_str());
      return kExitUsage;
    } catch (const std::exception& e) {
      std::fprintf(stderr, "%s: error: %s\n", label.c_str(), e.what());
      return kExitFailure;
    }
  }
  std::fprintf(stderr, "nagl models: unknown command '%s' (see 'nagl models --help')\n", args[0].c_str());
  return kExitUsage;
}

}  // namespace nagl::cli
