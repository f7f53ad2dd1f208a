#pragma once
// Training data: categories of dataset roots in either layout nagl reads
// (MVTec AD and those sharing it; VisA as released: see
// evaluation/dataset_layout.h), several roots at once, and the
// split into training and held-out validation categories.
#include <map>
#include <string>
#include <vector>

#include "nagl/evaluation/dataset_layout.h"

namespace nagl::training {

struct DefectImage {
  std::string image;
  std::string mask;
};

struct TrainingCategory {
  std::string name;  // unique across roots ("<root folder>/<category>" when two roots share a name)
  std::string root;
  std::vector<std::string> normals;                         // train/good + test/good
  std::map<std::string, std::vector<DefectImage>> defects;  // defect type -> images with masks
  evaluation::CategoryLayout layout;                        // as scanned (validation uses its test set)
};

// Every category of every root, in root order then name order. Throws
// evaluation::EvaluationError naming the folder or file at fault.
std::vector<TrainingCategory> scanTrainingRoots(const std::vector<std::string>& roots);

struct CategorySplit {
  std::vector<TrainingCategory> train;
  std::vector<TrainingCategory> validation;
};

// validationNames empty: the last ceil(20 %) of the categories (at least
// one) are held out. Throws std::invalid_argument for an unknown name, or
// when nothing would be left to train on or to validate with.
CategorySplit splitCategories(std::vector<TrainingCategory> categories,
                              const std::vector<std::string>& validationNames);

// Every image and mask file the categories use, each once.
std::vector<std::string> imagesOf(const std::vector<TrainingCategory>& categories);
std::vector<std::string> masksOf(const std::vector<TrainingCategory>& categories);

}  // namespace nagl::training
