// The recipe file and its data folder: what is written reads back equal,
// references are copied with their digests, a changed or missing copy and
// a missing model are named.
#include <gtest/gtest.h>

#include "../support/scratch_files.h"
#include "nagl/foundation/sha256.h"
#include "nagl/recipe/recipe_check.h"
#include "nagl/recipe/recipe_writer.h"

namespace nagl::recipe {
namespace {

namespace fs = std::filesystem;

struct Sources {
  fs::path dir;
  ReferenceSources references;
  fs::path model;
};

Sources makeSources(const std::string& name) {
  Sources s{test::scratchDir(name), {}, {}};
  fs::create_directories(s.dir / "other");
  test::writeBytes(s.dir / "good.png", "good bytes");
  test::writeBytes(s.dir / "other/good.png", "another good image, same name");
  test::writeBytes(s.dir / "bad.png", "bad bytes");
  test::writeBytes(s.dir / "bad_mask.png", "mask bytes");
  test::writeBytes(s.dir / "backbone.pth", "weights");
  s.references.normals = {s.dir / "good.png", s.dir / "other/good.png"};
  s.references.abnormals = {{s.dir / "bad.png", s.dir / "bad_mask.png"}};
  s.model = s.dir / "backbone.pth";
  return s;
}

Recipe sampleRecipe(const Sources& s) {
  Recipe r;
  r.product = "widget \"A\"";
  r.notes = "line one\nline two";
  r.backbone = {"backbone", foundation::sha256File(s.model), s.model.string()};
  r.head = ModelRef{"head", std::string(64, 'a'), (s.dir / "head.pth").string()};
  r.imageSize = 112;
  r.precision = "bf16";
  r.tiling = TilingSettings{"auto", 40, "pooled", 16};
  r.thresholds = {0.3f, 0.35f};  // floats, as the command line reads them
  r.minDefectArea = 25;
  r.created = "2026-12-02T10:00:00Z";
  r.modified = "2026-12-02T11:00:00Z";
  return r;
}

TEST(RecipeFile, WrittenRecipeReadsBackEqualWithCopiedReferences) {
  const Sources s = makeSources("recipe_round_trip");
  const fs::path file = s.dir / "widget.naglrecipe";
  const Recipe written = writeRecipe(file, sampleRecipe(s), s.references);
  EXPECT_EQ(readRecipe(file), written);
  EXPECT_EQ(recipeFromJson(recipeToJson(written), "x"), written);
  ASSERT_EQ(written.normals.size(), 2u);
  ASSERT_EQ(written.abnormals.size(), 1u);
  EXPECT_NE(written.normals[0].file, written.normals[1].file);  // same name, both kept
  EXPECT_EQ(test::readBytes(referencePath(file, written.normals[1])), "another good image, same name");
  EXPECT_EQ(test::readBytes(referencePath(file, written.abnormals[0].mask)), "mask bytes");
  EXPECT_EQ(written.abnormals[0].image.sha256, foundation::sha256Hex("bad bytes"));
  EXPECT_EQ(static_cast<float>(written.thresholds.fail), 0.35f);
  EXPECT_TRUE(referenceProblems(file, written).empty());

  // Copied elsewhere with its folder, it still checks out.
  const fs::path moved = s.dir / "moved";
  fs::create_directories(moved);
  fs::copy(file, moved / "w.naglrecipe");
  fs::copy(dataFolderOf(file), dataFolderOf(moved / "w.naglrecipe"), fs::copy_options::recursive);
  EXPECT_TRUE(referenceProblems(moved / "w.naglrecipe", readRecipe(moved / "w.naglrecipe")).empty());

  Recipe plain = sampleRecipe(s);  // no head, no tiling
  plain.head.reset();
  plain.tiling.reset();
  EXPECT_EQ(readRecipe(file), writeRecipe(file, plain, s.references));  // replaced in place
}

TEST(RecipeFile, ChangedAndMissingReferencesAreNamed) {
  const Sources s = makeSources("recipe_digests");
  const fs::path file = s.dir / "widget.naglrecipe";
  const Recipe r = writeRecipe(file, sampleRecipe(s), s.references);
  test::writeBytes(referencePath(file, r.normals[0]), "edited");
  fs::remove(referencePath(file, r.abnormals[0].mask));
  const std::vector<std::string> problems = referenceProblems(file, r);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].find(r.normals[0].file), std::string::npos) << problems[0];
  EXPECT_NE(problems[0].find("changed"), std::string::npos) << problems[0];
  EXPECT_NE(problems[0].find(foundation::sha256Hex("edited")), std::string::npos) << problems[0];
  EXPECT_NE(problems[1].find("mask"), std::string::npos) << problems[1];
  EXPECT_NE(problems[1].find("missing"), std::string::npos) << problems[1];
}

TEST(RecipeFile, ModelsResolveByPathThenByTheStoreElseNameTheFile) {
  const Sources s = makeSources("recipe_models");
  const ModelRef model{"backbone", foundation::sha256File(s.model), s.model.string()};
  const fs::path stored = s.dir / "store-copy.safetensors";
  StoreLookup store = [&](const std::string& sha) {
    return sha == model.sha256 ? std::optional(stored) : std::nullopt;
  };
  EXPECT_EQ(resolveModel(model, "backbone", store).file, s.model);
  EXPECT_FALSE(resolveModel(model, "backbone", store).fromStore);
  test::writeBytes(s.model, "other weights");
  EXPECT_EQ(resolveModel(model, "backbone", store).file, stored);
  EXPECT_TRUE(resolveModel(model, "backbone", store).fromStore);
  fs::remove(s.model);
  try {
    resolveModel(model, "backbone", {});
    FAIL() << "a missing model was resolved";
  } catch (const RecipeError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find(s.model.string() + " is missing"), std::string::npos) << what;
    EXPECT_NE(what.find("nagl models import"), std::string::npos) << what;
  }
}

TEST(RecipeFile, OtherFilesAndVersionsAreRefused) {
  EXPECT_THROW(recipeFromJson("{\"format\": \"nagl-project\"}", "p"), RecipeError);
  EXPECT_THROW(recipeFromJson("not json", "p"), RecipeError);
  EXPECT_THROW(recipeFromJson("{\"format\": \"nagl-recipe\", \"version\": 2}", "p"), RecipeError);
  EXPECT_THROW(readRecipe(fs::path(NAGL_TEST_TMP_DIR) / "no-such.naglrecipe"), RecipeError);
}

}  // namespace
}  // namespace nagl::recipe
