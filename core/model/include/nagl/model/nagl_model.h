#pragma once
// Public, LibTorch-free entry point of the model library: load a DINOv2
// backbone (+ optional NAGL head), encode a reference set once, score queries.
#include <memory>
#include <string>
#include <vector>

#include "nagl/model/image.h"

namespace nagl {

enum class DeviceChoice { Auto, Cpu, Cuda };

struct ModelOptions {
  std::string backbonePath;
  std::string headPath;  // empty: normal-only mode, no head
  int imageSize = 448;
  DeviceChoice device = DeviceChoice::Auto;
};

struct DeviceInfo {
  std::string name;          // "cpu" or "cuda:0"
  bool isCuda = false;
  std::string fallbackNote;  // why CPU was chosen under Auto; empty otherwise
};

// Reference images as the caller decoded them. Masks are grey, already
// nearest-resized to imageSize x imageSize, raw 0/255 values.
struct ReferenceImages {
  std::vector<Image8> normals;
  std::vector<Image8> abnormals;
  std::vector<Image8> abnormalMasks;
};

enum class ScoringMode { NormalOnly, NormalAndAbnormal, AbnormalOnly };
const char* toString(ScoringMode mode);

// The encoded reference set (features, masks, residual proxies): computed
// once, shared by every query.
class ReferenceContext {
 public:
  struct Impl;
  ReferenceContext() = default;
  explicit ReferenceContext(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  ScoringMode mode() const;
  const Impl* impl() const { return impl_.get(); }

 private:
  std::shared_ptr<const Impl> impl_;
};

struct PatchScores {
  int grid = 0;               // G: scores has G*G entries, row-major
  std::vector<float> scores;  // patch anomaly scores in [0, 1]
  float imageScore = 0.0f;    // mean of the top 1 %
  FloatImage asImage() const;
};

class NaglModel {
 public:
  // Throws std::runtime_error with "<file>: <problem>" for unusable files and
  // for an unavailable device.
  explicit NaglModel(const ModelOptions& options);
  ~NaglModel();
  NaglModel(NaglModel&&) noexcept;
  NaglModel& operator=(NaglModel&&) noexcept;

  int imageSize() const;
  int inputSide() const;  // imageSize cropped to a multiple of the patch size
  int grid() const;
  bool hasHead() const;
  const DeviceInfo& device() const;
  std::string describe() const;  // backbone architecture and head, one line

  // Abnormal references require a head and one mask each.
  ReferenceContext encodeReferences(const ReferenceImages& references) const;

  // queries: RGB images already resized to imageSize x imageSize.
  std::vector<PatchScores> score(const ReferenceContext& context, const std::vector<Image8>& resizedQueries) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// Sets the CPU thread count for inference (0: all hardware threads).
void setInferenceThreads(int threads);

}  // namespace nagl
