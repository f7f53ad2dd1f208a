#include "nagl/evaluation/reference_plan.h"

#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>

#include "nagl/evaluation/evaluation_error.h"

namespace nagl::evaluation {
namespace {

std::string folderOf(const std::string& file) { return std::filesystem::path(file).parent_path().string(); }

void requireCount(std::size_t available, std::size_t needed, const std::string& folder, int seed, const char* what) {
  if (available < needed)
    throw EvaluationError(folder + ": seed " + std::to_string(seed) + " needs " + std::to_string(needed) + " " + what +
                          " images but the folder has " + std::to_string(available));
}

std::vector<std::string> normalBlock(const CategoryLayout& layout, int nShot, int seed) {
  const std::size_t first = static_cast<std::size_t>(seed) * static_cast<std::size_t>(nShot);
  requireCount(layout.trainGood.size(), first + static_cast<std::size_t>(nShot), folderOf(layout.trainGood.front()),
               seed, "normal");
  return {layout.trainGood.begin() + static_cast<std::ptrdiff_t>(first),
          layout.trainGood.begin() + static_cast<std::ptrdiff_t>(first + static_cast<std::size_t>(nShot))};
}

engine::AbnormalReference referenceOf(const TestImage& t) { return {t.path, t.mask}; }

SeedPlan planHonest(const CategoryLayout& layout, int aShot, SeedPlan plan) {
  QueryGroup group{"all", {}, {}};
  const std::size_t types = layout.defectTypes.size();
  for (int k = 0; k < aShot; ++k) {
    const std::size_t j =
        static_cast<std::size_t>(plan.seed) * static_cast<std::size_t>(aShot) + static_cast<std::size_t>(k);
    const std::string& defect = layout.defectTypes[j % types];
    const auto images = layout.testsOf(defect);
    requireCount(images.size(), j / types + 1, folderOf(images.front()->path), plan.seed, "abnormal");
    group.abnormals.push_back(referenceOf(*images[j / types]));
  }
  std::set<std::string> references(plan.normals.begin(), plan.normals.end());
  for (const auto& a : group.abnormals) references.insert(a.image);
  for (std::size_t i = 0; i < layout.tests.size(); ++i) {
    if (references.count(layout.tests[i].path))
      plan.excluded.push_back(layout.tests[i].path);
    else
      group.queries.push_back(i);
  }
  plan.groups.push_back(std::move(group));
  return plan;
}

SeedPlan planReference(const CategoryLayout& layout, int aShot, SeedPlan plan) {
  const std::size_t first = static_cast<std::size_t>(plan.seed) * static_cast<std::size_t>(aShot);
  std::map<std::string, std::size_t> groupOf{{"good", 0}};  // the first defect type also scores the good queries
  for (const std::string& defect : layout.defectTypes) {
    const auto images = layout.testsOf(defect);
    requireCount(images.size(), first + static_cast<std::size_t>(aShot), folderOf(images.front()->path), plan.seed,
                 "abnormal");
    QueryGroup group{plan.groups.empty() ? defect + "+good" : defect, {}, {}};
    for (int k = 0; k < aShot; ++k)
      group.abnormals.push_back(referenceOf(*images[first + static_cast<std::size_t>(k)]));
    groupOf[defect] = plan.groups.size();
    plan.groups.push_back(std::move(group));
  }
  for (std::size_t i = 0; i < layout.tests.size(); ++i)
    plan.groups[groupOf.at(layout.tests[i].defect)].queries.push_back(i);
  return plan;
}

}  // namespace

Protocol parseProtocol(const std::string& text) {
  if (text == "honest") return Protocol::Honest;
  if (text == "reference") return Protocol::Reference;
  throw std::invalid_argument("unknown protocol '" + text + "' (expected honest or reference)");
}

const char* toString(Protocol protocol) { return protocol == Protocol::Honest ? "honest" : "reference"; }

std::string protocolRules(Protocol protocol) {
  const std::string normals = "Normal references: train/good sorted by name, seed s takes images [s*n, s*n+n). ";
  if (protocol == Protocol::Honest)
    return normals +
           "Abnormal references (honest): fixed per category and seed, chosen without looking at any query's label: "
           "reference k of seed s is pick j = s*a+k, round-robin over the sorted defect types (type j mod D, its "
           "(j div D)-th image by name) with its mask. Every reference image is removed from the queries; all other "
           "test images are scored with the same references.";
  return normals +
         "Abnormal references (reference protocol, as the paper's code): for each defect type, images [s*a, s*a+a) of "
         "that same type score that type's queries, and stay among the queries. The good queries are scored once, with "
         "the abnormal references of the first defect type (sorted by name). No query is excluded.";
}

std::size_t SeedPlan::queryCount() const {
  std::size_t n = 0;
  for (const auto& g : groups) n += g.queries.size();
  return n;
}

SeedPlan planSeed(const CategoryLayout& layout, Protocol protocol, int nShot, int aShot, int seed) {
  if (nShot < 1 || aShot < 1 || seed < 0) throw std::invalid_argument("n-shot and a-shot must be >= 1, seeds >= 0");
  if (layout.defectTypes.empty() || layout.trainGood.empty())
    throw EvaluationError("category '" + layout.name + "': no defect types or no train/good images");
  SeedPlan plan;
  plan.seed = seed;
  plan.normals = normalBlock(layout, nShot, seed);
  return protocol == Protocol::Honest ? planHonest(layout, aShot, std::move(plan))
                                      : planReference(layout, aShot, std::move(plan));
}

}  // namespace nagl::evaluation
