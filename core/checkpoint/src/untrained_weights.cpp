#include "nagl/checkpoint/untrained_weights.h"

#include <ATen/CPUGeneratorImpl.h>

#include "nagl/checkpoint/safetensors.h"

namespace nagl::checkpoint {
namespace {

// Scales chosen like the golden tiny weights: activations stay in a sane
// range through many blocks, so timings and scores are representative.
at::Tensor normal(at::Generator& g, at::IntArrayRef shape, double std, double mean = 0.0) {
  return at::normal(mean, std, shape, g);
}

}  // namespace

void writeUntrainedBackbone(const std::string& path, const UntrainedBackboneSpec& spec) {
  at::Generator g = at::detail::createCPUGenerator(spec.seed);
  const int64_t C = spec.embedDim, hidden = 4 * C, patch = 14, grid = 37;
  TensorMap t;
  t["cls_token"] = normal(g, {1, 1, C}, 0.5);
  t["pos_embed"] = normal(g, {1, grid * grid + 1, C}, 0.3);
  t["mask_token"] = at::zeros({1, C});
  t["patch_embed.proj.weight"] = normal(g, {C, 3, patch, patch}, 0.02);
  t["patch_embed.proj.bias"] = normal(g, {C}, 0.1);
  if (spec.registerTokens > 0) t["register_tokens"] = normal(g, {1, spec.registerTokens, C}, 0.5);
  for (int i = 0; i < spec.depth; ++i) {
    const std::string b = "blocks." + std::to_string(i) + ".";
    t[b + "norm1.weight"] = normal(g, {C}, 0.1, 1.0);
    t[b + "norm1.bias"] = normal(g, {C}, 0.05);
    t[b + "attn.qkv.weight"] = normal(g, {3 * C, C}, 0.05);
    t[b + "attn.qkv.bias"] = normal(g, {3 * C}, 0.05);
    t[b + "attn.proj.weight"] = normal(g, {C, C}, 0.05);
    t[b + "attn.proj.bias"] = normal(g, {C}, 0.05);
    t[b + "ls1.gamma"] = normal(g, {C}, 0.1, 0.25);
    t[b + "norm2.weight"] = normal(g, {C}, 0.1, 1.0);
    t[b + "norm2.bias"] = normal(g, {C}, 0.05);
    t[b + "mlp.fc1.weight"] = normal(g, {hidden, C}, 0.05);
    t[b + "mlp.fc1.bias"] = normal(g, {hidden}, 0.05);
    t[b + "mlp.fc2.weight"] = normal(g, {C, hidden}, 0.025);
    t[b + "mlp.fc2.bias"] = normal(g, {C}, 0.05);
    t[b + "ls2.gamma"] = normal(g, {C}, 0.1, 0.25);
  }
  t["norm.weight"] = normal(g, {C}, 0.1, 1.0);
  t["norm.bias"] = normal(g, {C}, 0.05);
  writeSafetensors(path, t, {{"nagl.kind", "backbone"}, {"nagl.untrained", "true"}});
}

void writeUntrainedHead(const std::string& path, int embedDim, int proxies, std::uint64_t seed) {
  at::Generator g = at::detail::createCPUGenerator(seed);
  const int64_t C = embedDim;
  TensorMap t;
  t["learnable_proxies.weight"] = normal(g, {proxies, C}, 1.0);
  for (const auto& [layer, attn] : {std::pair{"rm_ca", "multihead_attn"}, std::pair{"rm_sa", "self_attn"},
                                    std::pair{"afl_ca", "multihead_attn"}, std::pair{"afl_sa", "self_attn"}}) {
    const std::string a = std::string(layer) + "." + attn;
    t[a + ".in_proj_weight"] = normal(g, {3 * C, C}, 0.05);
    t[a + ".in_proj_bias"] = normal(g, {3 * C}, 0.05);
    t[a + ".out_proj.weight"] = normal(g, {C, C}, 0.05);
    t[a + ".out_proj.bias"] = normal(g, {C}, 0.05);
    t[std::string(layer) + ".norm.weight"] = normal(g, {C}, 0.1, 1.0);
    t[std::string(layer) + ".norm.bias"] = normal(g, {C}, 0.1);
  }
  writeSafetensors(path, t, {{"nagl.kind", "head"}, {"nagl.untrained", "true"}});
}

}  // namespace nagl::checkpoint
