#pragma once
// Public, LibTorch-free entry point of the model library: load a DINOv2
// backbone (+ optional NAGL head), encode a reference set once, score queries.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "nagl/vision/image.h"

namespace nagl::model {

enum class DeviceChoice { Auto, Cpu, Cuda };
DeviceChoice parseDeviceChoice(const std::string& text);  // "auto" | "cpu" | "cuda"; throws std::invalid_argument

// Arithmetic of the backbone. The head and the scores always run in float32.
enum class Precision { Float32, Float16, BFloat16 };
Precision parsePrecision(const std::string& text);  // "fp32" | "fp16" | "bf16"; throws std::invalid_argument
const char* toString(Precision precision);

struct ModelOptions {
  std::string backbonePath;
  std::string headPath;  // empty: normal-only mode, no head
  int imageSize = 448;
  DeviceChoice device = DeviceChoice::Auto;
  Precision precision = Precision::Float32;
};

struct DeviceInfo {
  std::string name;         // "cpu" or "cuda:0"
  std::string description;  // e.g. "NVIDIA H200, 139 GiB" or "CPU, 2 threads"
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
  std::size_t bytes() const;  // memory its tensors hold (reference tokens, proxies); 0 when empty
  const Impl* impl() const { return impl_.get(); }

 private:
  std::shared_ptr<const Impl> impl_;
};

// Backbone features of one image, on the model's device. Cheap to copy.
class ImageFeatures {
 public:
  struct Impl;
  ImageFeatures() = default;
  explicit ImageFeatures(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  const Impl* impl() const { return impl_.get(); }

 private:
  std::shared_ptr<const Impl> impl_;
};

struct PatchScores {
  int grid = 0;               // G: scores has G*G entries, row-major
  std::vector<float> scores;  // patch anomaly scores in [0, 1]
  float imageScore = 0.0f;    // mean of the top 1 %
  // The normal reference image (index in the order given) with the highest
  // mean, over the query's patches, of the best similarity to its patches;
  // -1 without normal references (abnormal-only mode).
  int closestNormal = -1;
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

  // The two halves of encodeReferences, so callers can cache features per
  // image: backbone passes, then mask downsampling + Residual Mining.
  std::vector<ImageFeatures> encodeImages(const std::vector<Image8>& resizedImages) const;
  ReferenceContext buildReferenceContext(const std::vector<ImageFeatures>& normals,
                                         const std::vector<ImageFeatures>& abnormals,
                                         const std::vector<Image8>& abnormalMasks) const;

  // queries: RGB images already resized to imageSize x imageSize.
  std::vector<PatchScores> score(const ReferenceContext& context, const std::vector<Image8>& resizedQueries) const;
  // The same for queries already encoded (encodeImages): tiled inference
  // encodes an image's tiles once and scores each against its own context.
  std::vector<PatchScores> scoreFeatures(const ReferenceContext& context,
                                         const std::vector<ImageFeatures>& queryFeatures) const;

  struct Impl;

 private:
  friend class HeadTrainer;  // trains a head on this model's backbone and device
  std::unique_ptr<Impl> impl_;
};

// Sets the CPU thread count for inference (0: all hardware threads) and
// returns the count in effect.
int setInferenceThreads(int threads);

// Caps what LibTorch's CUDA allocator may take on GPU 0 at `gib` GiB (a GPU
// shared with other programs; the out-of-memory check). False without CUDA.
bool limitCudaMemory(double gib);

// True when `error` is an out-of-memory failure of the device (CUDA or the
// CPU allocator, std::bad_alloc included): the caller may retry with a
// smaller batch (see batch_halving.h).
bool isOutOfMemory(const std::exception& error);

}  // namespace nagl::model
