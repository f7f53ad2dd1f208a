#pragma once
// Episodic training of the NAGL head on cached backbone features (the
// backbone is frozen, so features are computed once per image). LibTorch-free
// interface; the arithmetic follows ../shared/docs/nagl-algorithm.md §4.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "nagl/model/nagl_model.h"

namespace nagl::model {

// One episode: references of one class (abnormal ones of one defect type,
// with masks) and one query that is none of them. Masks are grey 0/255,
// already nearest-resized to imageSize x imageSize.
struct TrainingEpisode {
  std::vector<ImageFeatures> normals;
  std::vector<ImageFeatures> abnormals;
  std::vector<Image8> abnormalMasks;
  ImageFeatures query;
  Image8 queryMask;  // all zero for a normal query
  bool queryAbnormal = false;
};

// The same features stored at another precision (Float16 halves a training
// feature cache; the head always computes in float32). Size in bytes below.
ImageFeatures storedAs(const ImageFeatures& features, Precision storage);
std::size_t featureBytes(const ImageFeatures& features);

struct TrainingLosses {
  double image = 0.0;  // cross-entropy on [1 - t, t], t = mean of the top-k patch scores
  double focal = 0.0;  // sigmoid focal loss on the upsampled [s_n, s_a]
  double dice = 0.0;   // Dice on their channel softmax, both channels summed
  double total() const { return image + focal + dice; }
};

struct HeadTrainerOptions {
  int proxies = 25;
  std::uint64_t seed = 0;       // initialisation of a fresh head
  std::string initialHeadPath;  // start from this head instead (.pth or .safetensors)
  double learningRate = 1e-5;
  double weightDecay = 0.01;
  double beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8;
  int imageTopK = 20;  // patches averaged into the image logit
  double focalAlpha = 0.25, focalGamma = 2.0;
};

class HeadTrainer {
 public:
  // The model provides the backbone width, the image size and the device.
  // A fresh head is initialised as PyTorch initialises the reference modules
  // (proxies N(0,1), xavier-uniform in_proj, zero biases, unit LayerNorms).
  HeadTrainer(const NaglModel& model, const HeadTrainerOptions& options);
  ~HeadTrainer();
  HeadTrainer(const HeadTrainer&) = delete;
  HeadTrainer& operator=(const HeadTrainer&) = delete;

  // One AdamW step on the mean loss of the batch; returns the batch means.
  // Throws std::invalid_argument for an episode without normal or abnormal
  // references, or with masks of the wrong size.
  TrainingLosses step(const std::vector<TrainingEpisode>& batch);
  // The same losses without a gradient step.
  TrainingLosses losses(const std::vector<TrainingEpisode>& batch) const;

  // Patch anomaly scores of the episode's query with the current head.
  PatchScores score(const TrainingEpisode& episode) const;

  double learningRate() const;
  void setLearningRate(double learningRate);
  std::int64_t stepsTaken() const;
  int proxyCount() const;

  // The head as the reference's train.py saves it: a torch.save zip of
  // {"module.<name>": nn.Parameter}, loadable by test.py and `nagl infer`.
  void saveHead(const std::string& path) const;
  // Head + AdamW moments + step count, with caller metadata (safetensors).
  void saveState(const std::string& path, const std::map<std::string, std::string>& metadata) const;
  // Restores what saveState wrote; returns its metadata. Throws
  // std::runtime_error "<path>: ..." when it does not fit this model.
  std::map<std::string, std::string> loadState(const std::string& path);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace nagl::model
