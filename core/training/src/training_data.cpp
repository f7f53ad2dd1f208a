#include "nagl/training/training_data.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <stdexcept>

namespace nagl::training {
namespace fs = std::filesystem;

std::vector<TrainingCategory> scanTrainingRoots(const std::vector<std::string>& roots) {
  std::vector<TrainingCategory> out;
  std::map<std::string, int> seen;
  for (const std::string& root : roots)
    for (const std::string& name : evaluation::listCategories(root)) ++seen[name];
  for (const std::string& root : roots) {
    for (const std::string& name : evaluation::listCategories(root)) {
      TrainingCategory c;
      c.root = root;
      c.name = seen[name] > 1 ? fs::path(root).lexically_normal().filename().string() + "/" + name : name;
      c.layout = evaluation::scanCategory(root, name);
      c.normals = c.layout.trainGood;
      for (const evaluation::TestImage& t : c.layout.tests) {
        if (t.defective())
          c.defects[t.defect].push_back({t.path, t.mask});
        else
          c.normals.push_back(t.path);
      }
      out.push_back(std::move(c));
    }
  }
  return out;
}

CategorySplit splitCategories(std::vector<TrainingCategory> categories,
                              const std::vector<std::string>& validationNames) {
  std::set<std::string> held(validationNames.begin(), validationNames.end());
  if (held.empty()) {
    const std::size_t count = std::max<std::size_t>(1, (categories.size() + 4) / 5);
    for (std::size_t i = categories.size() >= count ? categories.size() - count : 0; i < categories.size(); ++i)
      held.insert(categories[i].name);
  }
  for (const std::string& name : held) {
    if (std::none_of(categories.begin(), categories.end(), [&](const TrainingCategory& c) { return c.name == name; })) {
      std::string known;
      for (const TrainingCategory& c : categories) known += (known.empty() ? "" : ", ") + c.name;
      throw std::invalid_argument("validation category '" + name +
                                  "' is not in the training data (categories: " + known + ")");
    }
  }
  CategorySplit split;
  for (TrainingCategory& c : categories) (held.count(c.name) ? split.validation : split.train).push_back(std::move(c));
  if (split.train.empty())
    throw std::invalid_argument("every category is held out for validation: nothing is left to train on");
  if (split.validation.empty()) throw std::invalid_argument("no category is held out for validation");
  return split;
}

std::vector<std::string> imagesOf(const std::vector<TrainingCategory>& categories) {
  std::vector<std::string> out;
  for (const TrainingCategory& c : categories) {
    out.insert(out.end(), c.normals.begin(), c.normals.end());
    for (const auto& [type, images] : c.defects)
      for (const DefectImage& d : images) out.push_back(d.image);
  }
  return out;
}

std::vector<std::string> masksOf(const std::vector<TrainingCategory>& categories) {
  std::vector<std::string> out;
  for (const TrainingCategory& c : categories)
    for (const auto& [type, images] : c.defects)
      for (const DefectImage& d : images) out.push_back(d.mask);
  return out;
}

}  // namespace nagl::training
