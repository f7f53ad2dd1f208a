#include "cli/recipe_infer.h"

#include <cstdio>

#include "nagl/recipe/recipe_check.h"
#include "nagl/recipe/recipe_store.h"

namespace nagl::cli {

const std::vector<std::string>& recipeOwnedFlags() {
  static const std::vector<std::string> flags = [] {
    std::vector<std::string> f = {"--backbone",  "--head",         "--no-head",         "--image-size",
                                  "--precision", "--normal",       "--abnormal",        "--abnormal-mask",
                                  "--tile",      "--tile-overlap", "--tile-references", "--min-defect-px"};
    for (const char* v : kVerdictOptionNames) f.push_back(v);
    return f;
  }();
  return flags;
}

void refuseFlagsTheRecipeGives(const CLI::App& app) {
  for (const std::string& flag : recipeOwnedFlags())
    if (app.count(flag) > 0)
      throw UsageError(flag +
                       " conflicts with --recipe, which gives the model, references, tiling and thresholds "
                       "(leave " +
                       flag + " out, or make a recipe with it: 'nagl recipe create')");
}

std::string fillFromRecipe(const std::string& recipeFile, RecipeInputs in) {
  const recipe::Recipe r = recipe::readRecipe(recipeFile);
  if (const std::vector<std::string> problems = recipe::referenceProblems(recipeFile, r); !problems.empty()) {
    std::string text;
    for (const std::string& p : problems) text += "\n  " + p;
    throw std::runtime_error(recipeFile + ": the recipe's references do not match their digests:" + text);
  }
  const recipe::StoreLookup store = recipe::modelStoreLookup();
  model::ModelOptions& m = in.model.engine.model;
  const recipe::ResolvedModel backbone = recipe::resolveModel(r.backbone, "backbone", store);
  m.backbonePath = backbone.file.string();
  if (r.head) {
    m.headPath = recipe::resolveModel(*r.head, "head", store).file.string();
  } else {
    in.model.noHead = true;  // the recipe is normal-only: no store default head either
  }
  m.imageSize = r.imageSize;
  m.precision = model::parsePrecision(r.precision);
  if (r.tiling) in.tiling = {r.tiling->tile, r.tiling->overlap, r.tiling->references, r.tiling->minDefectPx};
  for (const recipe::ReferenceFile& n : r.normals)
    in.references.normals.push_back(recipe::referencePath(recipeFile, n).string());
  for (const recipe::AbnormalReference& a : r.abnormals) {
    in.references.abnormals.push_back(recipe::referencePath(recipeFile, a.image).string());
    in.references.abnormalMasks.push_back(recipe::referencePath(recipeFile, a.mask).string());
  }
  const auto review = static_cast<float>(r.thresholds.review), fail = static_cast<float>(r.thresholds.fail);
  if (review == fail) {
    in.verdict.threshold = fail;
  } else {
    in.verdict.review = review;
    in.verdict.fail = fail;
  }
  if (r.minDefectArea) in.verdict.minDefectArea = static_cast<int>(r.minDefectArea);
  in.verdict.source = "recipe '" + r.product + "' (" + recipeFile + ")";
  std::fprintf(stderr, "recipe: '%s' from %s (backbone '%s'%s%s)\n", r.product.c_str(), recipeFile.c_str(),
               r.backbone.name.c_str(), backbone.fromStore ? " from the model store" : "",
               r.head ? (", head '" + r.head->name + "'").c_str() : ", normal-only");
  return r.product;
}

std::string applyRecipe(const CLI::App& app, const std::string& recipeFile, RecipeInputs inputs) {
  if (recipeFile.empty()) return {};
  refuseFlagsTheRecipeGives(app);
  return fillFromRecipe(recipeFile, inputs);
}

}  // namespace nagl::cli
