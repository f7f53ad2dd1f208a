#include "weights_check.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace nagl::model {

std::string shapeToString(at::IntArrayRef shape) {
  std::ostringstream s;
  s << '[';
  for (std::size_t i = 0; i < shape.size(); ++i) s << (i ? ", " : "") << shape[i];
  s << ']';
  return s.str();
}

namespace {

std::string joinLimited(const std::vector<std::string>& items) {
  constexpr std::size_t kShown = 12;  // enough to diagnose, short enough to read
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < kShown; ++i) out += (i ? ", " : "") + items[i];
  if (items.size() > kShown) out += " and " + std::to_string(items.size() - kShown) + " more";
  return out;
}

}  // namespace

void checkStateDict(const checkpoint::TensorMap& tensors, const std::vector<ExpectedTensor>& expected,
                    const std::vector<std::string>& ignored, const std::string& path, const std::string& kind) {
  std::vector<std::string> missing, mismatched, unexpected;
  for (const auto& e : expected) {
    auto it = tensors.find(e.name);
    if (it == tensors.end()) {
      missing.push_back(e.name);
    } else if (it->second.sizes() != at::IntArrayRef(e.shape)) {
      mismatched.push_back(e.name + " is " + shapeToString(it->second.sizes()) + ", expected " +
                           shapeToString(e.shape));
    } else if (!it->second.is_floating_point()) {
      mismatched.push_back(e.name + " is not a floating-point tensor");
    }
  }
  for (const auto& [name, tensor] : tensors) {
    const bool known =
        std::any_of(expected.begin(), expected.end(), [&](const ExpectedTensor& e) { return e.name == name; });
    const bool skip = std::find(ignored.begin(), ignored.end(), name) != ignored.end();
    if (!known && !skip) unexpected.push_back(name);
  }
  if (missing.empty() && mismatched.empty() && unexpected.empty()) {
    // NaN or infinite weights (a diverged training run, a corrupted file)
    // would make every score NaN without a word. A float64 sum is non-finite
    // exactly when an element is: finite float weights cannot overflow it.
    std::vector<std::string> nonFinite;
    for (const auto& e : expected) {
      const at::Tensor& t = tensors.at(e.name);
      if (t.numel() > 0 && !std::isfinite(t.sum(at::kDouble).item<double>())) nonFinite.push_back(e.name);
    }
    if (nonFinite.empty()) return;
    throw checkpoint::CheckpointError(
        path + ": " + kind + " checkpoint is unusable: tensor " + nonFinite.front() + " holds NaN or infinite values" +
        (nonFinite.size() > 1 ? " (and " + std::to_string(nonFinite.size() - 1) + " more tensors)" : ""));
  }
  std::string message = path + ": " + kind + " checkpoint does not match the architecture:";
  if (!missing.empty()) message += " missing " + joinLimited(missing) + ";";
  if (!unexpected.empty()) message += " unexpected " + joinLimited(unexpected) + ";";
  if (!mismatched.empty()) message += " shape of " + joinLimited(mismatched) + ";";
  message.pop_back();
  throw checkpoint::CheckpointError(message);
}

at::Tensor requireTensor(const checkpoint::TensorMap& tensors, const std::string& name) {
  auto it = tensors.find(name);
  if (it == tensors.end()) throw checkpoint::CheckpointError("internal: tensor " + name + " missing after validation");
  return it->second.to(at::kFloat).contiguous();
}

}  // namespace nagl::model
