#pragma once
// VisA as released: <root>/split_csv/1cls.csv lists every image,
//   object,split,label,image,mask
//   candle,train,normal,candle/Data/Images/Normal/0000.JPG,
//   candle,test,anomaly,candle/Data/Images/Anomaly/000.JPG,candle/Data/Masks/Anomaly/000.png
// with paths relative to the root. Each object is a category: train/normal
// rows are its normal references, test/normal rows its "good" test images,
// and test/anomaly rows one defect type, "anomaly", with their masks (whose
// defect pixels carry small labels such as 1, not 255: any non-zero value is
// defect, as everywhere in nagl).
#include <filesystem>
#include <string>
#include <vector>

#include "nagl/evaluation/dataset_layout.h"

namespace nagl::evaluation {

inline constexpr const char* kVisaSplitFile = "split_csv/1cls.csv";
inline constexpr const char* kVisaDefect = "anomaly";

// True when root has split_csv/1cls.csv.
bool isVisaRoot(const std::filesystem::path& root);

// The CSV's objects, sorted. Throws EvaluationError naming the file and
// line for a bad header or row.
std::vector<std::string> visaCategories(const std::filesystem::path& root);

// Throws EvaluationError naming the file for: an object the CSV does not
// list, a listed image or mask that is missing or not an image file, an
// anomaly row without a mask, a mask whose size (read from the headers)
// differs from its image's, no train, good-test or anomaly rows, and two
// test images of one kind with the same stem.
CategoryLayout scanVisaCategory(const std::filesystem::path& root, const std::string& object);

}  // namespace nagl::evaluation
