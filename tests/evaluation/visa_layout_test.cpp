// Scanning VisA as released (split_csv/1cls.csv) built from the real
// samples: objects, splits, masks with small labels, the CSV details real
// files have (BOM, CRLF, quotes), and the errors that name the file and line.
#include <gtest/gtest.h>

#include <algorithm>
#include <opencv2/imgcodecs.hpp>

#include "../support/scratch_files.h"
#include "../support/thrown_message.h"
#include "nagl/evaluation/dataset_layout.h"
#include "nagl/evaluation/evaluation_error.h"
#include "nagl/imaging/image_decode.h"
#include "visa_fixture.h"

namespace nagl::test {
namespace {

namespace fs = std::filesystem;
using evaluation::EvaluationError;
using evaluation::listCategories;
using evaluation::scanCategory;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::size_t filesIn(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

// The split file's text with `from` replaced by `to` (first occurrence).
void editSplit(const fs::path& root, const std::string& from, const std::string& to) {
  const fs::path csv = root / "split_csv" / "1cls.csv";
  std::string text = readBytes(csv);
  const auto at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
  writeBytes(csv, text);
}

class VisaLayout : public ::testing::Test {
 protected:
  // One root for the tests that only read it.
  static void SetUpTestSuite() {
    root_ = new fs::path(writeVisaRoot("visa_layout", {"tire", "hazelnut"}, {true, true, true}));
  }
  static void TearDownTestSuite() { delete root_; }
  static fs::path* root_;
};
fs::path* VisaLayout::root_ = nullptr;

TEST_F(VisaLayout, ObjectsAreTheSortedCategoriesOfAQuotedCrlfCsvWithBom) {
  EXPECT_EQ(evaluation::detectLayout(*root_), evaluation::DatasetLayout::Visa);
  EXPECT_EQ(listCategories(*root_), (std::vector<std::string>{"hazelnut", "tire"}));
}

TEST_F(VisaLayout, TrainRowsAreReferencesAndTestRowsGoodOrAnomalyWithMasks) {
  const fs::path source = realSampleCategory("hazelnut");
  const auto layout = scanCategory(*root_, "hazelnut");
  EXPECT_EQ(layout.name, "hazelnut");
  EXPECT_EQ(layout.trainGood.size(), filesIn(source / "train" / "good"));
  EXPECT_EQ(layout.trainGood.front(), (*root_ / "hazelnut/Data/Images/Normal/0000.JPG").string());
  EXPECT_EQ(layout.defectTypes, (std::vector<std::string>{"anomaly"}));
  const auto good = layout.testsOf("good");
  const auto anomalies = layout.testsOf("anomaly");
  EXPECT_EQ(good.size(), filesIn(source / "test" / "good"));
  EXPECT_EQ(anomalies.size(), filesIn(source / "test" / "colour"));
  EXPECT_EQ(layout.tests.size(), good.size() + anomalies.size());
  EXPECT_TRUE(std::all_of(good.begin(), good.end(), [](const auto* t) { return !t->defective(); }));
  // Sorted by kind, then path: anomaly before good, as MVTec folder order.
  EXPECT_EQ(layout.tests.front().defect, "anomaly");
  const evaluation::TestImage& first = *anomalies.front();
  EXPECT_EQ(first.path, (*root_ / "hazelnut/Data/Images/Anomaly/000.JPG").string());
  EXPECT_EQ(first.stem, "000");
  EXPECT_EQ(first.mask, (*root_ / "hazelnut/Data/Masks/Anomaly/000.png").string());
  // The mask marks its defect with 1, as VisA does.
  const Image8 mask = imaging::decodeMask(first.mask);
  EXPECT_EQ(*std::max_element(mask.pixels.begin(), mask.pixels.end()), 1);
  EXPECT_GT(std::count(mask.pixels.begin(), mask.pixels.end(), 1), 0);
  // PNG samples keep their extension.
  EXPECT_EQ(fs::path(scanCategory(*root_, "tire").trainGood.front()).extension(), ".png");
}

TEST_F(VisaLayout, AnObjectTheCsvDoesNotListNamesTheCsv) {
  const std::string message = messageOf<EvaluationError>([&] { scanCategory(*root_, "candle"); });
  EXPECT_TRUE(contains(message, (*root_ / "split_csv" / "1cls.csv").string())) << message;
  EXPECT_TRUE(contains(message, "candle")) << message;
}

TEST(VisaLayoutErrors, AMissingImageNamesTheFileAndTheCsvLine) {
  const fs::path root = writeVisaRoot("visa_missing_image", {"tire"});
  const fs::path image = root / "tire/Data/Images/Anomaly/001.png";
  fs::remove(image);
  const std::string message = messageOf<EvaluationError>([&] { scanCategory(root, "tire"); });
  EXPECT_TRUE(contains(message, image.string() + ": image listed in")) << message;
  EXPECT_TRUE(contains(message, "1cls.csv line ")) << message;
  EXPECT_TRUE(contains(message, "not found")) << message;
}

TEST(VisaLayoutErrors, AMissingMaskNamesIt) {
  const fs::path root = writeVisaRoot("visa_missing_mask", {"tire"});
  const fs::path mask = root / "tire/Data/Masks/Anomaly/002.png";
  fs::remove(mask);
  const std::string message = messageOf<EvaluationError>([&] { scanCategory(root, "tire"); });
  EXPECT_TRUE(contains(message, mask.string() + ": mask listed in")) << message;
}

TEST(VisaLayoutErrors, ABadHeaderNamesTheFileAndLineOne) {
  const fs::path root = writeVisaRoot("visa_bad_header", {"tire"});
  editSplit(root, "object,split", "category,split");
  const std::string csv = (root / "split_csv" / "1cls.csv").string();
  const std::string message = messageOf<EvaluationError>([&] { listCategories(root); });
  EXPECT_TRUE(contains(message, csv + ":1:")) << message;
  EXPECT_TRUE(contains(message, "'object'")) << message;
}

TEST(VisaLayoutErrors, BadRowsNameTheFileAndTheirLine) {
  const fs::path root = writeVisaRoot("visa_bad_rows", {"tire"});
  const std::string csv = (root / "split_csv" / "1cls.csv").string();
  const std::string original = readBytes(csv);
  struct Case {
    std::string from, to, says;
  };
  // Line 2 is tire's first train row; the first anomaly row follows the
  // train and good-test rows.
  const std::string anomalyRow = "tire,test,anomaly,tire/Data/Images/Anomaly/000.png,tire/Data/Masks/Anomaly/000.png";
  const std::size_t anomalyLine =
      static_cast<std::size_t>(std::count(original.begin(), original.begin() + original.find(anomalyRow), '\n')) + 1;
  for (const Case& c :
       {Case{"tire,train,normal", "tire,val,normal", ":2: split 'val'"},
        Case{"tire,train,normal", "tire,train,good", ":2: label 'good'"},
        Case{"tire,train,normal", "tire,train,anomaly", ":2: an anomaly in the train split"},
        Case{"tire,train,normal,", "tire,train,normal,,", ":2: 6 fields but the header has 5"},
        Case{anomalyRow, "tire,test,anomaly,tire/Data/Images/Anomaly/000.png,",
             ":" + std::to_string(anomalyLine) + ": an anomaly row without a mask"},
        Case{"tire,train,normal,", "tire,train,normal,\"unclosed", ":2: a quoted field is never closed"}}) {
    writeBytes(csv, original);
    editSplit(root, c.from, c.to);
    const std::string message = messageOf<EvaluationError>([&] { scanCategory(root, "tire"); });
    EXPECT_TRUE(contains(message, csv + c.says)) << c.says << " / " << message;
  }
}

TEST(VisaLayoutErrors, AMaskOfAnotherSizeThanItsImageNamesBoth) {
  const fs::path root = writeVisaRoot("visa_mask_size", {"tire"});
  const fs::path mask = root / "tire/Data/Masks/Anomaly/001.png";
  ASSERT_TRUE(cv::imwrite(mask.string(), cv::Mat(100, 90, CV_8UC1, cv::Scalar(1))));
  const std::string message = messageOf<EvaluationError>([&] { scanCategory(root, "tire"); });
  EXPECT_TRUE(contains(message, mask.string() + ": the mask is 90 x 100 pixels but its image")) << message;
  EXPECT_TRUE(contains(message, (root / "tire/Data/Images/Anomaly/001.png").string())) << message;
}

TEST(VisaLayoutErrors, ARootOfNeitherLayoutSaysWhichLayoutsWereLookedFor) {
  const fs::path root = scratchDir("visa_unknown_layout");
  fs::create_directories(root / "candle" / "Data" / "Images");
  const std::string message = messageOf<EvaluationError>([&] { listCategories(root); });
  EXPECT_TRUE(contains(message, root.string() + ": not a dataset layout")) << message;
  EXPECT_TRUE(contains(message, "MVTec AD")) << message;
  EXPECT_TRUE(contains(message, "VisA")) << message;
  EXPECT_TRUE(contains(message, "split_csv/1cls.csv")) << message;
  // A split_csv folder without 1cls.csv names the file it lacks.
  fs::create_directories(root / "split_csv");
  const std::string lacks = messageOf<EvaluationError>([&] { listCategories(root); });
  EXPECT_TRUE(contains(lacks, (root / "split_csv" / "1cls.csv").string() + ": not found")) << lacks;
}

}  // namespace
}  // namespace nagl::test
