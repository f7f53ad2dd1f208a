// A category gathered image by image, the mean and the report formats.
#include <gtest/gtest.h>

#include <vector>

#include "nagl/metrics/category_metrics.h"
#include "nagl/metrics/metrics_error.h"
#include "nagl/metrics/metrics_report.h"

namespace nagl::metrics {
namespace {

void addImage(CategoryEvaluator& e, float score, bool defective, std::vector<float> map,
              std::vector<std::uint8_t> mask) {
  e.addImage(score, defective, map, mask, static_cast<int>(map.size()), 1);
}

TEST(CategoryMetrics, CombinesImageAndPixelLevels) {
  CategoryEvaluator e;
  addImage(e, 0.2f, false, {0.1f, 0.2f, 0.0f}, {0, 0, 0});
  addImage(e, 0.3f, false, {0.3f, 0.1f, 0.0f}, {0, 0, 0});
  addImage(e, 0.9f, true, {0.9f, 0.1f, 0.0f}, {255, 0, 0});
  addImage(e, 0.25f, true, {0.25f, 0.8f, 0.0f}, {0, 255, 0});
  EXPECT_EQ(e.imageCount(), 4u);
  const CategoryMetrics m = e.compute();
  // By hand: image pairs (0.9 beats both, 0.25 beats 0.2 only) -> 3/4.
  EXPECT_DOUBLE_EQ(m.imageAuroc, 0.75);
  // Pixels: defects 0.9, 0.8 above every normal pixel -> perfect.
  EXPECT_DOUBLE_EQ(m.pixelAuroc, 1.0);
  EXPECT_DOUBLE_EQ(m.auPro, 1.0);
  EXPECT_DOUBLE_EQ(m.pixelF1Max, 1.0);
}

TEST(CategoryMetrics, CategoryWithoutDefectsIsAClearError) {
  CategoryEvaluator e;
  addImage(e, 0.2f, false, {0.1f, 0.2f}, {0, 0});
  addImage(e, 0.3f, false, {0.3f, 0.1f}, {0, 0});
  try {
    e.compute();
    FAIL() << "expected MetricsError";
  } catch (const MetricsError& ex) {
    EXPECT_NE(std::string(ex.what()).find("AUROC is undefined: there are no defective"), std::string::npos)
        << ex.what();
  }
}

TEST(CategoryMetrics, MeanIsPerKey) {
  const std::vector<CategoryMetrics> all{{1.0, 0.5, 0.25, 0.0, 1.0, 0.5}, {0.5, 0.5, 0.75, 1.0, 0.0, 0.25}};
  const CategoryMetrics mean = meanMetrics(all);
  EXPECT_DOUBLE_EQ(mean.imageAuroc, 0.75);
  EXPECT_DOUBLE_EQ(mean.imageF1Max, 0.5);
  EXPECT_DOUBLE_EQ(mean.pixelAuroc, 0.5);
  EXPECT_DOUBLE_EQ(mean.auPro, 0.375);
  EXPECT_THROW(meanMetrics({}), MetricsError);
}

TEST(MetricsReport, JsonHasTheContractsShape) {
  const std::string json =
      metricsJson({{"bottle", {1.0, 0.5, 0.25, 0.0, 1.0, 0.5}}, {"we\"ird", {0.5, 0.5, 0.75, 1.0, 0.0, 0.25}}});
  EXPECT_EQ(json,
            "{\n  \"categories\": {\n"
            "    \"bottle\": {\"image_auroc\": 1, \"image_ap\": 0.5, \"image_f1_max\": 0.25, \"pixel_auroc\": 0, "
            "\"pixel_f1_max\": 1, \"au_pro\": 0.5},\n"
            "    \"we\\\"ird\": {\"image_auroc\": 0.5, \"image_ap\": 0.5, \"image_f1_max\": 0.75, \"pixel_auroc\": 1, "
            "\"pixel_f1_max\": 0, \"au_pro\": 0.25}\n  },\n"
            "  \"mean\": {\"image_auroc\": 0.75, \"image_ap\": 0.5, \"image_f1_max\": 0.5, \"pixel_auroc\": 0.5, "
            "\"pixel_f1_max\": 0.5, \"au_pro\": 0.375}\n}\n");
}

TEST(MetricsReport, TableHasARowPerCategoryAndTheMean) {
  const std::string table = metricsTable({{"bottle", {1.0, 0.5, 0.25, 0.0, 1.0, 0.5}}});
  EXPECT_NE(table.find("I-AUROC"), std::string::npos);
  EXPECT_NE(table.find("AU-PRO"), std::string::npos);
  EXPECT_NE(table.find("bottle      100.00     50.00     25.00      0.00    100.00     50.00"), std::string::npos)
      << table;
  EXPECT_NE(table.find("mean  "), std::string::npos);
}

}  // namespace
}  // namespace nagl::metrics
