#pragma once
// VisA-layout roots written at test time from the real samples under
// ../shared/real-samples (never copied into the repository: their licence is
// non-commercial):
//   <root>/split_csv/1cls.csv
//   <root>/<object>/Data/Images/Normal/0000.JPG ...   (train/good, then test/good)
//   <root>/<object>/Data/Images/Anomaly/000.JPG ...   (every defect folder)
//   <root>/<object>/Data/Masks/Anomaly/000.png ...    (defect pixels are 1, as VisA's)
// JPEG samples get VisA's upper-case .JPG; PNG samples keep .png.
#include <filesystem>
#include <string>
#include <vector>

namespace nagl::test {

// Objects: hazelnut, magnetic_tile, grid, tire (the real-sample categories).
std::filesystem::path realSampleCategory(const std::string& object);

struct VisaCsvStyle {
  bool byteOrderMark = false;
  bool crlf = false;
  bool quoted = false;  // every field in double quotes
};

std::filesystem::path writeVisaRoot(const std::string& name, const std::vector<std::string>& objects,
                                    VisaCsvStyle style = {});

}  // namespace nagl::test
