#!/usr/bin/python3
"""nagl-bench and the plain-PyTorch baseline in one run, as ratios (issue 17).

  bench/side_by_side.py [--nagl-bench build/bench/nagl-bench] [--rounds 3]
                        [--queries 10] [--image-size 448] [--threads 2]
                        [--precision fp32|bf16] [--batch-sizes 1,2,4,8]

Runs the two programs alternately, --rounds times each, so load from other
work on a shared machine falls on both alike; each program reports medians
over its queries, and the ratios below use the median over the rounds.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def last_json(output):
    for line in reversed(output.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError("no JSON line in:\n" + output)


def run(cmd):
    print("$ " + " ".join(cmd), flush=True)
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    sys.stdout.write(done.stdout)
    if done.returncode != 0:
        raise SystemExit(f"{cmd[0]} exited with {done.returncode}")
    return last_json(done.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nagl-bench", default=os.path.join(HERE, "..", "build", "bench", "nagl-bench"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--queries", type=int, default=10)
    ap.add_argument("--image-size", type=int, default=448)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--precision", default="fp32")
    ap.add_argument("--batch-sizes", default="1")
    args = ap.parse_args()

    common = ["--queries", str(args.queries), "--image-size", str(args.image_size), "--threads", str(args.threads)]
    nagl_cmd = [args.nagl_bench, *common, "--precision", args.precision, "--batch-sizes", args.batch_sizes]
    torch_cmd = [sys.executable, os.path.join(HERE, "pytorch_baseline.py"), *common]
    nagl, base = [], []
    for _ in range(args.rounds):
        base.append(run(torch_cmd))
        nagl.append(run(nagl_cmd))

    def med(rows, key):
        return statistics.median(r[key] for r in rows)

    tb, tr = med(base, "backbone_s"), med(base, "reference_s")
    nb, nc, nr = med(nagl, "backbone_s"), med(nagl, "cached_s"), med(nagl, "reference_s")
    cached_target = 12.0 if args.precision == "bf16" else 6.0
    print(f"\nmedians over {args.rounds} rounds, {args.threads} threads, {args.image_size} px, nagl {args.precision}:")
    print(f"  PyTorch backbone pass          {tb:.3f} s   reference way per query {tr:.3f} s")
    print(f"  nagl-bench backbone pass       {nb:.3f} s   cached query {nc:.3f} s   references re-encoded {nr:.3f} s")
    print(f"  backbone nagl / PyTorch        {nb / tb:.3f}  (target <= 0.55)")
    print(f"  PyTorch reference way / cached {tr / nc:.2f} x (target >= {cached_target:g})")
    summary = {"torch_backbone_s": tb, "torch_reference_s": tr, "nagl_backbone_s": nb, "nagl_cached_s": nc,
               "backbone_ratio": nb / tb, "cached_speedup": tr / nc, "precision": args.precision,
               "threads": args.threads, "rounds": args.rounds}
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
