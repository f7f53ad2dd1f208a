// `nagl recipe create | show | verify`: inspection recipes (issue 21).
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "cli/command_group.h"
#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/model_arguments.h"
#include "cli/reference_arguments.h"
#include "cli/tiling_arguments.h"
#include "cli/verdict_arguments.h"
#include "nagl/foundation/utc_time.h"
#include "nagl/recipe/recipe_check.h"
#include "nagl/recipe/recipe_store.h"
#include "nagl/recipe/recipe_writer.h"

namespace nagl::cli {
namespace {

constexpr const char* kRecipeHelp =
    "A recipe is FILE (JSON, format nagl-recipe/1) plus the folder FILE.d/ next to it,\n"
    "which holds copies of the reference images and masks with their SHA-256: copy both\n"
    "to move a recipe. It records the product name and notes, the backbone and head (name,\n"
    "SHA-256 and the file's absolute path), image size, precision, tiling, the review and\n"
    "fail thresholds (--threshold T: both T), the minimum defect area and when it was made.\n"
    "'nagl infer --recipe FILE' uses the recorded model file when its digest still\n"
    "matches, else the model store's model with that digest.\n\n";

struct CreateArguments {
  ModelArguments model;
  TilingArguments tiling;
  VerdictArguments verdict;
  ReferenceArguments references;
  std::string out, name, notes;
};

void addCreateOptions(CLI::App& app, CreateArguments& a) {
  describeCommand(app,
                  "nagl recipe create --out FILE [--backbone FILE] [--head FILE | --no-head] [--image-size 448]\n"
                  "                          [--precision fp32|fp16|bf16] --normal IMG [--normal IMG ...]\n"
                  "                          [--abnormal IMG --abnormal-mask MASK ...]\n"
                  "                          [--tile SIZE|auto [--tile-overlap PX] [--tile-references ...]]\n"
                  "                          (--threshold T | --review T1 --fail T2) [--min-defect-area PX]\n"
                  "                          [--name NAME] [--notes TEXT]",
                  std::string("Makes a recipe from the model, reference and threshold flags of 'nagl infer'\n"
                              "(without --backbone / --head: the model store's defaults). --device, --threads\n"
                              "and --batch-size are accepted and not recorded. An existing FILE and its\n"
                              "folder are replaced.\n\n") +
                      kRecipeHelp + kExitCodeHelp);
  app.add_option("--out", a.out, "the recipe file to write (by convention NAME.naglrecipe)")
      ->option_text("FILE")
      ->required()
      ->check(notEmpty());
  addModelOptions(app, a.model, "accepted for 'nagl infer' command lines; not recorded");
  addReferenceOptions(app, a.references);
  addTilingOptions(app, a.tiling);
  addVerdictOptions(app, a.verdict, "one threshold: fail at or above T, pass below (review = fail = T)");
  app.add_option("--name", a.name, "product name (default: FILE's name without extension)")->option_text("NAME");
  app.add_option("--notes", a.notes, "free text for the people who use the recipe")->option_text("TEXT");
}

// The threshold as the user wrote it (0.35, not 0.349999994): the shortest
// decimal that reads back as the same float, which `infer --recipe` uses.
double asWritten(float threshold) {
  char text[32];
  const auto end = std::to_chars(text, text + sizeof text, threshold).ptr;
  return std::strtod(std::string(text, end).c_str(), nullptr);
}

int create(const CreateArguments& a) {
  const std::optional<VerdictRule> rule = checkedVerdictRule(a.verdict);
  if (!rule) throw UsageError("give the thresholds: --threshold T, or --review T1 --fail T2");
  const engine::ReferenceSet references = checkedReferences(a.references);
  const engine::EngineOptions engine = withStoreDefaults(a.model);
  if (!references.abnormals.empty() && engine.model.headPath.empty())
    throw UsageError("--abnormal references need a NAGL head (--head FILE)");
  checkedTiling(a.tiling, engine.model.imageSize);  // refused here, not at the first infer

  recipe::Recipe r;
  r.product = a.name.empty() ? std::filesystem::path(a.out).stem().string() : a.name;
  r.notes = a.notes;
  r.backbone = recipe::modelRefOf(engine.model.backbonePath);
  if (!engine.model.headPath.empty()) r.head = recipe::modelRefOf(engine.model.headPath);
  r.imageSize = engine.model.imageSize;
  r.precision = model::toString(engine.model.precision);
  if (!a.tiling.tile.empty())
    r.tiling = recipe::TilingSettings{a.tiling.tile, a.tiling.overlap, a.tiling.references, a.tiling.minDefectPx};
  r.thresholds = {asWritten(rule->review), asWritten(rule->fail)};
  r.minDefectArea = rule->minDefectArea;
  r.created = r.modified = foundation::utcTimestamp();
  recipe::ReferenceSources sources;
  for (const std::string& n : references.normals) sources.normals.emplace_back(n);
  for (const engine::AbnormalReference& d : references.abnormals) sources.abnormals.emplace_back(d.image, d.mask);
  const recipe::Recipe written = recipe::writeRecipe(a.out, r, sources);
  std::fprintf(stderr, "recipe '%s' written to %s (%zu normal, %zu defective references in %s)\n",
               written.product.c_str(), a.out.c_str(), written.normals.size(), written.abnormals.size(),
               recipe::dataFolderOf(a.out).string().c_str());
  return kExitOk;
}

struct FileArguments {
  std::string file;
  bool json = false;
};

std::string modelLine(const recipe::ModelRef& m) { return "'" + m.name + "' sha256 " + m.sha256 + " (" + m.path + ")"; }

int show(const FileArguments& a) {
  const recipe::Recipe r = recipe::readRecipe(a.file);
  if (a.json) {
    std::fputs(recipe::recipeToJson(r).c_str(), stdout);
    return kExitOk;
  }
  std::printf("recipe:      %s (%s/%d)\nproduct:     %s\n", a.file.c_str(), recipe::kRecipeFormat.data(),
              recipe::kRecipeVersion, r.product.c_str());
  if (!r.notes.empty()) std::printf("notes:       %s\n", r.notes.c_str());
  std::printf("created:     %s\nmodified:    %s\n", r.created.c_str(), r.modified.c_str());
  std::printf("backbone:    %s\n", modelLine(r.backbone).c_str());
  std::printf("head:        %s\n", r.head ? modelLine(*r.head).c_str() : "none (normal-only)");
  std::printf("image size:  %d\nprecision:   %s\n", r.imageSize, r.precision.c_str());
  if (r.tiling)
    std::printf("tiling:      --tile %s, overlap %s, references %s%s\n", r.tiling->tile.c_str(),
                r.tiling->overlap < 0 ? "default" : std::to_string(r.tiling->overlap).c_str(),
                r.tiling->references.empty() ? "auto" : r.tiling->references.c_str(),
                r.tiling->minDefectPx < 0 ? "" : (", min defect px " + std::to_string(r.tiling->minDefectPx)).c_str());
  else
    std::printf("tiling:      off\n");
  if (r.thresholds.review == r.thresholds.fail)
    std::printf("threshold:   %.9g (fail at or above, else pass)\n", r.thresholds.fail);
  else
    std::printf("thresholds:  review %.9g, fail %.9g\n", r.thresholds.review, r.thresholds.fail);
  std::printf("min defect area: %zu px%s\n", r.minDefectArea, r.minDefectArea ? "" : " (the score alone decides)");
  std::printf("normal references (%zu):\n", r.normals.size());
  for (const recipe::ReferenceFile& n : r.normals) std::printf("  %s  sha256 %s\n", n.file.c_str(), n.sha256.c_str());
  std::printf("defective references (%zu):\n", r.abnormals.size());
  for (const recipe::AbnormalReference& d : r.abnormals)
    std::printf("  %s  sha256 %s\n    mask %s  sha256 %s\n", d.image.file.c_str(), d.image.sha256.c_str(),
                d.mask.file.c_str(), d.mask.sha256.c_str());
  return kExitOk;
}

int verify(const FileArguments& a) {
  const recipe::Recipe r = recipe::readRecipe(a.file);
  std::vector<std::string> problems = recipe::referenceProblems(a.file, r);
  const recipe::StoreLookup store = recipe::modelStoreLookup();
  auto checkModel = [&](const recipe::ModelRef& m, const char* kind) {
    try {
      const recipe::ResolvedModel found = recipe::resolveModel(m, kind, store);
      std::printf("ok: %s '%s' %s\n", kind, m.name.c_str(),
                  found.fromStore ? ("from the model store: " + found.file.string()).c_str() : found.file.c_str());
    } catch (const recipe::RecipeError& e) {
      problems.push_back(e.what());
    }
  };
  checkModel(r.backbone, "backbone");
  if (r.head) checkModel(*r.head, "head");
  const std::size_t references = r.normals.size() + 2 * r.abnormals.size();
  for (const std::string& p : problems) std::fprintf(stderr, "nagl recipe verify: %s\n", p.c_str());
  if (!problems.empty()) {
    std::fprintf(stderr, "%s: %zu problem(s)\n", a.file.c_str(), problems.size());
    return kExitFailure;
  }
  std::printf("ok: %zu reference files match their SHA-256\n%s: ok\n", references, a.file.c_str());
  return kExitOk;
}

void addFileOptions(CLI::App& app, FileArguments& a, const std::string& usage, const std::string& description,
                    bool withJson) {
  describeCommand(app, usage, description + kRecipeHelp + kExitCodeHelp);
  app.add_option("FILE", a.file, "the recipe file")->required()->check(notEmpty());
  if (withJson) app.add_flag("--json", a.json, "print the recipe's JSON instead");
}

}  // namespace

int runRecipe(const std::vector<std::string>& args) {
  return runCommandGroup(
      {.name = "recipe",
       .description = "Inspection recipes: a product's model, references, thresholds and minimum defect area.",
       .commands = {{"create", "make a recipe from the flags of 'nagl infer'",
                     [](const std::vector<std::string>& args) {
                       return runCommand<CreateArguments>("nagl recipe create", args, addCreateOptions, create);
                     }},
                    {"show", "print a recipe",
                     [](const std::vector<std::string>& args) {
                       return runCommand<FileArguments>(
                           "nagl recipe show", args,
                           [](CLI::App& app, FileArguments& a) {
                             addFileOptions(app, a, "nagl recipe show FILE [--json]", "Prints the recipe FILE.\n\n",
                                            true);
                           },
                           show);
                     }},
                    {"verify", "re-hash the recipe's references and find its models (exit 1 when not)",
                     [](const std::vector<std::string>& args) {
                       return runCommand<FileArguments>(
                           "nagl recipe verify", args,
                           [](CLI::App& app, FileArguments& a) {
                             addFileOptions(
                                 app, a, "nagl recipe verify FILE",
                                 "Re-hashes every reference file in FILE.d/ against its recorded SHA-256 and finds\n"
                                 "the backbone and head (recorded path with the recorded digest, else the model\n"
                                 "store). Names each missing or changed file; exit 1 when there is one.\n\n",
                                 false);
                           },
                           verify);
                     }}},
       .beforeRunHint = "Use one with 'nagl infer --recipe FILE --out DIR QUERY...'.\n",
       .footer = std::string("\n") + kRecipeHelp + kExitCodeHelp},
      args);
}

}  // namespace nagl::cli
