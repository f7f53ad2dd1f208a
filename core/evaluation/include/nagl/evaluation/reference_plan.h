#pragma once
// Which reference images score which queries, per protocol and seed.
//
// Normal references (both protocols): train/good sorted by name; seed s
// takes images [s*n, s*n + n).
//
// Honest (default): the abnormal references are fixed per category and seed
// and never depend on a query's label. Reference k (k < a) of seed s is
// pick j = s*a + k, taken round-robin over the sorted defect types: defect
// type j mod D, its (j div D)-th image (sorted by name), with its mask. One
// group scores every test image, minus every reference image (removed from
// the queries and counted as excluded).
//
// Reference (the paper's code): per defect type, the abnormal references are
// images [s*a, s*a + a) of that same type; they score that type's queries and
// stay among them. The good queries are scored once, with the references of
// the first defect type (sorted by name). Nothing is excluded.
#include <cstddef>
#include <string>
#include <vector>

#include "nagl/engine/reference_set.h"
#include "nagl/evaluation/dataset_layout.h"

namespace nagl::evaluation {

enum class Protocol { Honest, Reference };
Protocol parseProtocol(const std::string& text);  // "honest" | "reference"; throws std::invalid_argument
const char* toString(Protocol protocol);
// The rule above in a few sentences, for the reports.
std::string protocolRules(Protocol protocol);

struct QueryGroup {
  std::string label;  // "all" or the defect types it scores, e.g. "crack+good"
  std::vector<engine::AbnormalReference> abnormals;
  std::vector<std::size_t> queries;  // indices into CategoryLayout::tests
};

struct SeedPlan {
  int seed = 0;
  std::vector<std::string> normals;
  std::vector<QueryGroup> groups;     // every remaining test image in exactly one group
  std::vector<std::string> excluded;  // test images removed from the queries (reference images)
  std::size_t queryCount() const;
};

// Throws EvaluationError naming the folder when it has too few images for
// the seed (e.g. train/good with 4 images and seed 2 at n-shot 2 needs 6).
SeedPlan planSeed(const CategoryLayout& layout, Protocol protocol, int nShot, int aShot, int seed);

}  // namespace nagl::evaluation
