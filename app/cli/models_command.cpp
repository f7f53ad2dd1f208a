// `nagl models`: the model store (list, import, fetch, remove, verify,
// default). The store itself lives in core/store.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

#include "cli/command_group.h"
#include "cli/command_line.h"
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

std::string defaultNote(const store::Manifest& m, const store::ModelEntry& e) {
  const store::ModelEntry* d = m.findDefault(e.kind);
  return d && d->name == e.name ? std::string(" (default ") + toString(e.kind) + ")" : std::string();
}

// ---- list -----------------------------------------------------------------

// What the command line gives a `nagl models` command.
struct ModelsArguments {
  std::string model;  // FILE or NAME
  std::string name, sha256, url;
};

// A head's training sidecar, as `list` shows it: what it was trained on, for
// which backbone, at which image size, and its held-out AUROCs.
void printSidecar(const store::ModelStore& store, const store::ModelEntry& e) {
  if (e.kind != store::ModelKind::Head || e.sidecar.empty()) return;
  std::optional<store::HeadSidecar> s;
  try {
    s = store.sidecarOf(e);
  } catch (const store::StoreError& error) {
    std::printf("    training sidecar unreadable: %s\n", error.what());
    return;
  }
  if (!s) return;
  std::string categories;
  for (const std::string& c : s->trainCategories) categories += (categories.empty() ? "" : ", ") + c;
  const auto auroc = [](const std::optional<double>& v) {
    if (!v) return std::string("not recorded");
    char text[32];
    std::snprintf(text, sizeof text, "%.4f", *v);
    return std::string(text);
  };
  std::printf(
      "    trained at image size %d on %s\n    for backbone %s (%s)\n    held-out image AUROC %s, pixel AUROC %s\n",
      s->imageSize, categories.empty() ? "(categories not recorded)" : categories.c_str(), s->backboneFile.c_str(),
      s->backboneArchitecture.c_str(), auroc(s->imageAuroc).c_str(), auroc(s->pixelAuroc).c_str());
}

int list(const ModelsArguments&) {
  const store::StoreLocation where = store::modelStoreLocation();
  const store::ModelStore store(where.directory);
  const store::Manifest m = store.manifest();
  std::printf("model store: %s (from %s)\n", where.directory.string().c_str(), where.origin.c_str());
  if (m.models.empty()) {
    std::printf("no models yet: 'nagl models import FILE' or 'nagl models fetch dinov2_vits14'\n");
    return kExitOk;
  }
  for (const store::ModelEntry& e : m.models) {
    const bool isDefault = m.findDefault(e.kind) == &e;
    std::printf("%c %-24s %-8s %s\n", isDefault ? '*' : ' ', e.name.c_str(), toString(e.kind), e.architecture.c_str());
    std::printf("    %s, sha256 %s, imported %s\n    from %s\n", megabytes(e.size).c_str(), e.sha256.c_str(),
                e.imported.c_str(), e.source.c_str());
    printSidecar(store, e);
  }
  std::printf("(* = default, used by 'nagl infer' without --backbone/--head)\n");
  return kExitOk;
}

// ---- import ---------------------------------------------------------------

int importFile(const ModelsArguments& a) {
  store::ImportOptions options;
  options.name = a.name;
  options.expectedSha256 = a.sha256;
  store::ModelStore store;
  std::fprintf(stderr, "reading and validating %s ...\n", a.model.c_str());
  const store::ModelEntry e = store.importFile(a.model, options);
  std::printf("imported '%s': %s %s%s\n  sha256 %s, %s, stored as %s\n", e.name.c_str(), toString(e.kind),
              e.architecture.c_str(), defaultNote(store.manifest(), e).c_str(), e.sha256.c_str(),
              megabytes(e.size).c_str(), store.pathOf(e).string().c_str());
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
  bool operator()(const store::DownloadProgress& p) {
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

int fetch(const ModelsArguments& a) {
  const std::string& name = a.model;
  store::FetchOptions options;
  options.url = a.url;
  options.sha256 = a.sha256;
  const store::OfficialModel* official = store::findOfficialModel(name);
  if (!official && options.url.empty())
    throw UsageError("unknown model '" + name + "' (see 'nagl models fetch --help' for the names, or give --url URL)");
  std::fprintf(stderr, "downloading %s\n", (options.url.empty() ? official->url : options.url).c_str());
  installInterruptHandler();
  store::ModelStore store;
  store::ModelEntry e;
  {
    ProgressPrinter printer;
    options.download.progress = std::ref(printer);
    try {
      e = store::fetchModel(store, name, options);
    } catch (const store::DownloadError& error) {
      if (error.reason != store::DownloadError::Reason::Cancelled) throw;
      std::fprintf(stderr, "\nnagl models fetch: %s\n", error.what());
      return kExitInterrupted;
    }
  }
  std::printf("fetched '%s': %s%s\n  sha256 %s (record it to check later copies), %s, stored as %s\n", e.name.c_str(),
              e.architecture.c_str(), defaultNote(store.manifest(), e).c_str(), e.sha256.c_str(),
              megabytes(e.size).c_str(), store.pathOf(e).string().c_str());
  return kExitOk;
}

// ---- remove, default, verify ----------------------------------------------

int remove(const ModelsArguments& a) {
  const std::string& name = a.model;
  const std::string newDefault = store::ModelStore().remove(name);
  std::printf("removed '%s'\n", name.c_str());
  if (!newDefault.empty()) std::printf("'%s' is now the default\n", newDefault.c_str());
  return kExitOk;
}

int setDefault(const ModelsArguments& a) {
  const std::string& name = a.model;
  store::ModelStore store;
  store.setDefault(name);
  std::printf("'%s' is now the default %s\n", name.c_str(), toString(store.manifest().find(name)->kind));
  return kExitOk;
}

int verify(const ModelsArguments&) {
  const std::vector<store::VerifyResult> results = store::ModelStore().verify();
  std::size_t bad = 0;
  for (const store::VerifyResult& r : results) {
    if (r.ok) {
      std::printf("ok        %s\n", r.name.c_str());
    } else {
      ++bad;
      std::printf("MISMATCH  %s: %s\n", r.name.c_str(), r.problem.c_str());
    }
  }
  if (bad) {
    std::fprintf(stderr, "%zu of %zu stored models failed verification: remove and re-import them\n", bad,
                 results.size());
    return kExitFailure;
  }
  std::printf("%zu models verified\n", results.size());
  return kExitOk;
}

// ---- dispatch -------------------------------------------------------------

// One `nagl models` command: its synopsis and text, the model FILE or NAME
// it takes (if any), and which options.
struct Subcommand {
  const char* name;
  const char* summary;
  const char* usage;
  const char* description;                     // the --help text; the exit codes follow it
  std::string (*moreDescription)() = nullptr;  // text made at run time, after `description`
  bool storeHelp = false;                      // says where the store is, before the exit codes
  const char* model = nullptr;                 // "FILE" or "NAME"
  const char* modelHelp = nullptr;
  const char* sha256Help = nullptr;  // --sha256 HEX
  const char* nameHelp = nullptr;    // --name NAME
  const char* urlHelp = nullptr;     // --url URL
  int (*run)(const ModelsArguments&) = nullptr;
};

std::string helpText(const Subcommand& s) {
  std::string text = s.description;
  if (s.moreDescription) text += s.moreDescription();
  if (s.storeHelp) text += kStoreHelp;
  return text + kModelsExitHelp;
}

void addOptions(const Subcommand& s, CLI::App& app, ModelsArguments& a) {
  describeCommand(app, s.usage, helpText(s));
  if (s.model) app.add_option(s.model, a.model, s.modelHelp)->required();
  if (s.nameHelp) app.add_option("--name", a.name, s.nameHelp)->option_text("NAME");
  if (s.urlHelp) app.add_option("--url", a.url, s.urlHelp)->option_text("URL");
  if (s.sha256Help) app.add_option("--sha256", a.sha256, s.sha256Help)->option_text("HEX");
}

std::string officialModelList() {
  std::string s;
  for (const store::OfficialModel& m : store::officialModels())
    s += "  " + m.name + std::string(20 - m.name.size(), ' ') + m.description + "\n";
  return s + "Any other NAME needs --url.\n\n";
}

const std::vector<Subcommand>& subcommands() {
  static const std::vector<Subcommand> table = {
      {.name = "list",
       .summary = "list the stored models (* marks the defaults)",
       .usage = "nagl models list",
       .description = "Lists the stored models.\n\n",
       .storeHelp = true,
       .run = list},
      {.name = "import",
       .summary = "validate a checkpoint file and add it to the store",
       .usage = "nagl models import FILE [--name NAME] [--sha256 HEX]",
       .description = "Adds FILE to the store after validating every tensor: an official DINOv2 .pth,\n"
                      "a Hugging Face DINOv2 safetensors, or a NAGL head (.pth from the reference\n"
                      "train.py, or safetensors). The first backbone and the first head become the\n"
                      "defaults. The SHA-256 of FILE is recorded.\n\n",
       .storeHelp = true,
       .model = "FILE",
       .modelHelp = "the checkpoint to import",
       .sha256Help = "refuse the file unless its SHA-256 is HEX",
       .nameHelp = "name in the store (default: the file name without extension)",
       .run = importFile},
      {.name = "fetch",
       .summary = "download an official DINOv2 checkpoint and import it",
       .usage = "nagl models fetch NAME [--url URL] [--sha256 HEX]",
       .description = "Downloads a checkpoint, verifies it (complete archive, expected architecture,\n"
                      "every tensor) and imports it as NAME. An interrupted download resumes where it\n"
                      "stopped when the command is run again. Proxies come from the usual variables\n"
                      "(https_proxy, HTTPS_PROXY, http_proxy, no_proxy). Official names:\n",
       .moreDescription = officialModelList,
       .storeHelp = true,
       .model = "NAME",
       .modelHelp = "the official name, or the name to store a --url download as",
       .sha256Help = "refuse the download unless its SHA-256 is HEX",
       .urlHelp = "download from URL instead of the official address (a mirror)",
       .run = fetch},
      {.name = "remove",
       .summary = "delete a stored model",
       .usage = "nagl models remove NAME",
       .description = "Deletes NAME from the store.\n\n",
       .model = "NAME",
       .modelHelp = "the stored model",
       .run = remove},
      {.name = "verify",
       .summary = "re-check every stored file against its recorded SHA-256",
       .usage = "nagl models verify",
       .description = "Re-hashes every stored file and compares it with the manifest.\n"
                      "Exits 1 if any file is missing or changed.\n\n",
       .run = verify},
      {.name = "default",
       .summary = "make a stored backbone or head the default",
       .usage = "nagl models default NAME",
       .description = "Makes NAME the default backbone or head (by its kind), used by\n"
                      "'nagl infer' when --backbone / --head are not given.\n\n",
       .model = "NAME",
       .modelHelp = "the stored model",
       .run = setDefault},
  };
  return table;
}

}  // namespace

int runModels(const std::vector<std::string>& args) {
  CommandGroup group{.name = "models", .description = "Manages the local store of DINOv2 backbones and NAGL heads."};
  for (const Subcommand& s : subcommands())
    group.commands.push_back({s.name, s.summary, [&s](const std::vector<std::string>& rest) {
                                return runCommand<ModelsArguments>(
                                    std::string("nagl models ") + s.name, rest,
                                    [&s](CLI::App& app, ModelsArguments& a) { addOptions(s, app, a); }, s.run);
                              }});
  group.footer = std::string(kStoreHelp) + kModelsExitHelp;
  return runCommandGroup(group, args);
}

}  // namespace nagl::cli
