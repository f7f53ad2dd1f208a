// Scanning an MVTec-layout category: order, masks, and the errors that name
// the path at fault (VisA as released: visa_layout_test.cpp).
#include <gtest/gtest.h>

#include "../support/thrown_message.h"
#include "layout_fixture.h"
#include "nagl/evaluation/dataset_layout.h"
#include "nagl/evaluation/evaluation_error.h"

namespace nagl::test {
namespace {

namespace fs = std::filesystem;
using evaluation::EvaluationError;
using evaluation::scanCategory;

TEST(DatasetLayout, ScansSortedWithMasks) {
  const fs::path root = writeToyDataset("layout_scan");
  const auto layout = scanCategory(root, "toy");
  EXPECT_EQ(layout.trainGood.size(), 4u);
  EXPECT_EQ(fs::path(layout.trainGood[2]).filename(), "002.png");
  EXPECT_EQ(layout.defectTypes, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(layout.tests.size(), 8u);
  // Folder order a, b, good; file names sorted inside.
  EXPECT_EQ(layout.tests[0].defect, "a");
  EXPECT_EQ(layout.tests[2].defect, "b");
  EXPECT_EQ(layout.tests[5].defect, "good");
  EXPECT_EQ(layout.tests[3].stem, "001");
  EXPECT_EQ(layout.tests[3].mask, (root / "toy" / "ground_truth" / "b" / "001_mask.png").string());
  EXPECT_TRUE(layout.tests[5].mask.empty());
  EXPECT_FALSE(layout.tests[5].defective());
  EXPECT_EQ(evaluation::listCategories(root), (std::vector<std::string>{"toy"}));
}

TEST(DatasetLayout, MissingTrainGoodNamesThePath) {
  const fs::path root = writeToyDataset("layout_no_train");
  fs::remove_all(root / "toy" / "train");
  const std::string message = messageOf<EvaluationError>([&] { scanCategory(root, "toy"); });
  EXPECT_NE(message.find((root / "toy" / "train" / "good").string()), std::string::npos) << message;
}

TEST(DatasetLayout, CategoryWithoutDefectsNamesTheTestFolder) {
  const fs::path root = writeToyDataset("layout_no_defects");
  fs::remove_all(root / "toy" / "test" / "a");
  fs::remove_all(root / "toy" / "test" / "b");
  const std::string message = messageOf<EvaluationError>([&] { scanCategory(root, "toy"); });
  EXPECT_NE(message.find((root / "toy" / "test").string()), std::string::npos) << message;
  EXPECT_NE(message.find("no defect"), std::string::npos) << message;
}

TEST(DatasetLayout, DefectImageWithoutMaskNamesTheMask) {
  const fs::path root = writeToyDataset("layout_no_mask");
  const fs::path mask = root / "toy" / "ground_truth" / "b" / "002_mask.png";
  fs::remove(mask);
  const std::string message = messageOf<EvaluationError>([&] { scanCategory(root, "toy"); });
  EXPECT_NE(message.find(mask.string()), std::string::npos) << message;
  EXPECT_NE(message.find("002.png"), std::string::npos) << message;
}

TEST(DatasetLayout, VisaStyleMaskWithTheImageStemIsFound) {
  const fs::path root = writeToyDataset("layout_visa");
  const fs::path mvtecMask = root / "toy" / "ground_truth" / "b" / "002_mask.png";
  const fs::path visaMask = root / "toy" / "ground_truth" / "b" / "002.png";
  fs::rename(mvtecMask, visaMask);
  const auto layout = scanCategory(root, "toy");
  EXPECT_EQ(layout.testsOf("b")[2]->mask, visaMask.string());
  EXPECT_EQ(layout.testsOf("b")[1]->mask, (root / "toy" / "ground_truth" / "b" / "001_mask.png").string());
}

TEST(DatasetLayout, MaskOfAnotherSizeThanItsImageNamesBoth) {
  const fs::path root = writeToyDataset("layout_mask_size");
  const fs::path mask = root / "toy" / "ground_truth" / "a" / "001_mask.png";
  writeTestPng(mask, 255, 20);
  const std::string message = messageOf<EvaluationError>([&] { scanCategory(root, "toy"); });
  EXPECT_NE(message.find(mask.string() + ": the mask is 20 x 20 pixels but its image " +
                         (root / "toy" / "test" / "a" / "001.png").string() + " is 16 x 16"),
            std::string::npos)
      << message;
}

TEST(DatasetLayout, MissingCategoryNamesIt) {
  const fs::path root = writeToyDataset("layout_missing");
  const std::string message = messageOf<EvaluationError>([&] { scanCategory(root, "nope"); });
  EXPECT_NE(message.find((root / "nope").string()), std::string::npos) << message;
}

TEST(DatasetLayout, SameStemTwiceInOneFolderIsRefused) {
  const fs::path root = writeToyDataset("layout_same_stem");
  writeTestPng(root / "toy" / "test" / "good" / "001.bmp", 100);
  const std::string message = messageOf<EvaluationError>([&] { scanCategory(root, "toy"); });
  EXPECT_NE(message.find("001"), std::string::npos) << message;
}

}  // namespace
}  // namespace nagl::test
