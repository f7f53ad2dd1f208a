#!/usr/bin/python3
"""Plain-PyTorch baseline for nagl-bench (issue 17 item 6).

The DINOv2 ViT architecture (ViT-S/14 by default) with random weights, written
the ordinary way a PyTorch user would: nn.Linear / nn.LayerNorm modules and
attention as matmul + softmax + matmul. Times, on the same input size and
thread count as nagl-bench:

  backbone_s   one backbone pass of one image (median)
  reference_s  the reference implementation's per-query path: the query and
               every reference (1 normal, 1 abnormal with mask) encoded again
               for each query, then nearest-neighbour scores, residual mining
               and anomaly feature learning with nn.MultiheadAttention layers
               (median)

Prints the medians, then one JSON line. Uses Debian's python3-torch, so run
it with /usr/bin/python3 (a pyenv python has no torch).
"""
import argparse
import json
import math
import statistics
import time

import torch
from torch import nn
import torch.nn.functional as F


class Attention(nn.Module):
    def __init__(self, dim, heads):
        super().__init__()
        self.heads = heads
        self.scale = (dim // heads) ** -0.5
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)

    def forward(self, x):
        b, n, c = x.shape
        qkv = self.qkv(x).reshape(b, n, 3, self.heads, c // self.heads).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0] * self.scale, qkv[1], qkv[2]
        attn = (q @ k.transpose(-2, -1)).softmax(dim=-1)
        return self.proj((attn @ v).transpose(1, 2).reshape(b, n, c))


class Block(nn.Module):
    def __init__(self, dim, heads):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim, eps=1e-6)
        self.attn = Attention(dim, heads)
        self.ls1 = nn.Parameter(torch.ones(dim))
        self.norm2 = nn.LayerNorm(dim, eps=1e-6)
        self.mlp = nn.Sequential(nn.Linear(dim, 4 * dim), nn.GELU(), nn.Linear(4 * dim, dim))
        self.ls2 = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        x = x + self.ls1 * self.attn(self.norm1(x))
        return x + self.ls2 * self.mlp(self.norm2(x))


class VisionTransformer(nn.Module):
    def __init__(self, dim=384, depth=12, heads=6, patch=14, grid=37):
        super().__init__()
        self.patch_embed = nn.Conv2d(3, dim, patch, patch)
        self.cls_token = nn.Parameter(torch.randn(1, 1, dim) * 0.02)
        self.pos_embed = nn.Parameter(torch.randn(1, grid * grid + 1, dim) * 0.02)
        self.blocks = nn.ModuleList(Block(dim, heads) for _ in range(depth))
        self.norm = nn.LayerNorm(dim, eps=1e-6)
        self.grid = grid

    def position(self, g):
        table = self.pos_embed
        patches = table[:, 1:].reshape(1, self.grid, self.grid, -1).permute(0, 3, 1, 2)
        factor = (g + 0.1) / self.grid
        patches = F.interpolate(patches, scale_factor=(factor, factor), mode="bicubic", align_corners=False)
        return torch.cat([table[:, :1], patches.permute(0, 2, 3, 1).flatten(1, 2)], dim=1)

    def forward(self, images):
        x = self.patch_embed(images).flatten(2).transpose(1, 2)
        x = torch.cat([self.cls_token.expand(x.shape[0], -1, -1), x], dim=1)
        x = x + self.position(images.shape[-1] // 14)
        for block in self.blocks:
            x = block(x)
        return self.norm(x)[:, 1:]


class AttentionLayer(nn.Module):
    """nn.MultiheadAttention + post-norm, as the NAGL head's four layers."""

    def __init__(self, dim, heads=4):
        super().__init__()
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm = nn.LayerNorm(dim)

    def forward(self, q, k, v, mask=None):
        return self.norm(q + self.attn(q, k, v, attn_mask=mask)[0])


class Head(nn.Module):
    def __init__(self, dim, proxies=25):
        super().__init__()
        self.proxies = nn.Embedding(proxies, dim)
        self.rm_ca, self.rm_sa = AttentionLayer(dim), AttentionLayer(dim)
        self.afl_ca, self.afl_sa = AttentionLayer(dim), AttentionLayer(dim)

    @staticmethod
    def residual(features, normal):
        nearest = (features @ normal.T).argmax(-1)
        return features - normal[nearest]

    def forward(self, query, normal, abnormal, defect):
        normal = normal.flatten(0, 1)
        # Residual mining: proxies attend to the defect patches' residuals.
        abn = abnormal.flatten(0, 1)
        mask = torch.zeros(1, abn.shape[0]).masked_fill(defect.flatten() == 0, -1e9)
        p = self.proxies.weight.unsqueeze(0)
        r = self.rm_ca(p, abn.unsqueeze(0), self.residual(abn, normal).unsqueeze(0), mask.expand(p.shape[1], -1))
        r = self.rm_sa(r, r, r)
        # Anomaly feature learning and the fused scores for the query.
        q = query.flatten(0, 1)
        a = self.afl_ca(r, self.residual(q, normal).unsqueeze(0), q.unsqueeze(0))
        a = self.afl_sa(a, a, a)[0]
        qn = F.normalize(q, dim=-1)
        s_n = ((1 + qn @ F.normalize(normal, dim=-1).T) / 2).max(-1).values
        s_a = ((1 + qn @ F.normalize(a, dim=-1).T) / 2).mean(-1)
        return (s_a + 1 - s_n) / 2


def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--queries", type=int, default=10)
    ap.add_argument("--image-size", type=int, default=448)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--depth", type=int, default=12)
    ap.add_argument("--embed", type=int, default=384)
    ap.add_argument("--no-reference-path", action="store_true", help="time the backbone pass only")
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    dim, size = args.embed, args.image_size // 14 * 14
    backbone = VisionTransformer(dim, args.depth, dim // 64).eval()
    head = Head(dim).eval()
    normal, abnormal = torch.randn(1, 3, size, size), torch.randn(1, 3, size, size)
    defect = torch.zeros(size // 14, size // 14)
    defect[3:6, 4:9] = 1
    queries = [torch.randn(1, 3, size, size) for _ in range(args.queries)]

    def reference_way(q):
        head(backbone(q), backbone(normal), backbone(abnormal), defect)

    backbone_s, reference_s = [], []
    with torch.inference_mode():
        reference_way(queries[0])  # warm-up
        for q in queries:  # interleaved, like nagl-bench
            backbone_s.append(timed(lambda: backbone(q)))
            if not args.no_reference_path:
                reference_s.append(timed(lambda: reference_way(q)))

    result = {"backbone_s": statistics.median(backbone_s), "threads": torch.get_num_threads(),
              "torch": torch.__version__, "image_size": size}
    if reference_s:
        result["reference_s"] = statistics.median(reference_s)
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads, ViT embed {dim} depth {args.depth}, {size} px")
    print(f"backbone pass:                      {result['backbone_s']:.3f} s (median of {len(backbone_s)})")
    if reference_s:
        print(f"reference way, refs re-encoded:     {result['reference_s']:.3f} s/query")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
