#include "nagl/checkpoint/key_layout.h"

#include <ATen/ATen.h>

#include <array>
#include <optional>
#include <regex>

namespace nagl::checkpoint {
namespace {

bool startsWith(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }

// A prefix that every key carries (wrappers such as Lightning modules or
// detection backbones add one).
std::string sharedPrefix(const TensorMap& in) {
  std::string all;
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (const char* p : {"dinov2.", "model.", "backbone."}) {
      const std::string candidate = all + p;
      bool every = !in.empty();
      for (const auto& kv : in) every = every && startsWith(kv.first, candidate);
      if (every) {
        all = candidate;
        stripped = true;
        break;
      }
    }
  }
  return all;
}

// Hugging Face -> official, for names outside the per-block q/k/v split.
std::optional<std::string> renameHf(const std::string& k) {
  static const std::array<std::pair<const char*, const char*>, 7> kWhole{{
      {"embeddings.cls_token", "cls_token"},
      {"embeddings.mask_token", "mask_token"},
      {"embeddings.position_embeddings", "pos_embed"},
      {"embeddings.register_tokens", "register_tokens"},
      {"embeddings.patch_embeddings.projection.weight", "patch_embed.proj.weight"},
      {"embeddings.patch_embeddings.projection.bias", "patch_embed.proj.bias"},
      {"layernorm.weight", "norm.weight"},
  }};
  for (const auto& [hf, official] : kWhole)
    if (k == hf) return official;
  if (k == "layernorm.bias") return "norm.bias";

  static const std::regex kLayer(R"(encoder\.layer\.(\d+)\.(.+))");
  std::smatch m;
  if (!std::regex_match(k, m, kLayer)) return std::nullopt;
  static const std::array<std::pair<const char*, const char*>, 8> kBlock{{
      {"norm1.", "norm1."},
      {"norm2.", "norm2."},
      {"attention.output.dense.", "attn.proj."},
      {"layer_scale1.lambda1", "ls1.gamma"},
      {"layer_scale2.lambda1", "ls2.gamma"},
      {"mlp.fc1.", "mlp.fc1."},
      {"mlp.fc2.", "mlp.fc2."},
      {"mlp.weights_in.", "mlp.w12."},  // SwiGLU (ViT-g)
  }};
  const std::string rest = m[2];
  for (const auto& [hf, official] : kBlock)
    if (startsWith(rest, hf)) return "blocks." + m[1].str() + "." + official + rest.substr(std::string(hf).size());
  if (startsWith(rest, "mlp.weights_out.")) return "blocks." + m[1].str() + ".mlp.w3." + rest.substr(16);
  return std::nullopt;
}

}  // namespace

TensorMap canonicalDinov2Keys(const TensorMap& in, const std::string& pathForErrors) {
  const std::string prefix = sharedPrefix(in);
  auto fail = [&](const std::string& what) -> void { throw CheckpointError(pathForErrors + ": " + what); };

  TensorMap out;
  std::map<std::string, std::string> source;  // output name -> input name, for collisions
  auto put = [&](const std::string& name, const at::Tensor& t, const std::string& from) {
    auto [it, fresh] = source.emplace(name, from);
    if (!fresh)
      fail("keys '" + errorText(it->second) + "' and '" + errorText(from) + "' both map to '" + errorText(name) + "'");
    out.emplace(name, t);
  };

  // q/k/v parts per "<block>.<weight|bias>", filled in q,k,v order.
  static const std::regex kQkv(R"(encoder\.layer\.(\d+)\.attention\.attention\.(query|key|value)\.(weight|bias))");
  static const std::regex kChunked(R"(blocks\.\d+\.(\d+\..+))");
  struct Parts {
    std::string block, param;
    std::array<const at::Tensor*, 3> t{};
  };
  std::map<std::pair<std::string, std::string>, Parts> qkv;

  for (const auto& [fullName, tensor] : in) {
    const std::string k = fullName.substr(prefix.size());
    std::smatch m;
    if (std::regex_match(k, m, kQkv)) {
      Parts& p = qkv[{m[1].str(), m[3].str()}];
      p.block = m[1];
      p.param = m[3];
      p.t[m[2] == "query" ? 0 : m[2] == "key" ? 1 : 2] = &tensor;
    } else if (std::regex_match(k, m, kChunked)) {  // official block_chunks > 0
      put("blocks." + m[1].str(), tensor, fullName);
    } else if (auto official = renameHf(k)) {
      at::Tensor t = tensor;
      // HF keeps mask_token as (1, 1, C); the official model has (1, C).
      if (*official == "mask_token" && t.dim() == 3 && t.size(0) == 1 && t.size(1) == 1) t = t.reshape({1, t.size(2)});
      put(*official, t, fullName);
    } else {
      put(k, tensor, fullName);
    }
  }

  static const std::array<const char*, 3> kRole{"query", "key", "value"};
  for (const auto& [id, p] : qkv) {
    const std::string hfBase = prefix + "encoder.layer." + p.block + ".attention.attention.";
    for (size_t r = 0; r < 3; ++r)
      if (!p.t[r])
        fail("'" + hfBase + kRole[r] + "." + p.param + "' is missing (needed with the other " + p.param +
             "s of block " + p.block + " to build blocks." + p.block + ".attn.qkv." + p.param + ")");
    const at::Tensor &q = *p.t[0], &k = *p.t[1], &v = *p.t[2];
    if (q.sizes() != k.sizes() || q.sizes() != v.sizes() || q.scalar_type() != k.scalar_type() ||
        q.scalar_type() != v.scalar_type() || q.dim() < 1)
      fail("'" + hfBase + "{query,key,value}." + p.param + "' differ in shape or dtype");
    put("blocks." + p.block + ".attn.qkv." + p.param, at::cat({q, k, v}, 0), hfBase + "*." + p.param);
  }
  return out;
}

TensorMap canonicalHeadKeys(const TensorMap& in, const std::string& pathForErrors) {
  TensorMap out;
  for (const auto& [k, t] : in) {
    const std::string name = startsWith(k, "module.") ? k.substr(7) : k;
    if (!out.emplace(name, t).second)
      throw CheckpointError(pathForErrors + ": keys 'module." + errorText(name) + "' and '" + errorText(name) +
                            "' are both present");
  }
  return out;
}

}  // namespace nagl::checkpoint
