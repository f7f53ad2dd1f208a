#!/usr/bin/env bash
# GPU check, one command (< 5 minutes): builds only the model library and the
# benchmarks against the LibTorch bundled with the machine's PyTorch (no Qt,
# no OpenCV needed), runs the golden conformance on CUDA in fp32 and bf16,
# a real CUDA out-of-memory during a lot (memory capped), and prints
# throughput at batch 1/8/32/64.
#   bench/gpu-check.sh            (from the repository root)
#   NAGL_SHARED_DIR=/path/to/shared bench/gpu-check.sh   (golden data elsewhere)
#   CMAKE_INCLUDE_PATH=/path/to/dir bench/gpu-check.sh    (no libcli11-dev: dir holds CLI/CLI.hpp)
set -euo pipefail
cd "$(dirname "$0")/.."
torch_dir=$(python3 -c 'import os, torch; print(os.path.join(torch.utils.cmake_prefix_path, "Torch"))')
echo "LibTorch from PyTorch: $torch_dir"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || true
generator=$(command -v ninja >/dev/null && echo Ninja || echo "Unix Makefiles")
cmake -S . -B build-gpu -G "$generator" -DCMAKE_BUILD_TYPE=Release -DNAGL_MODEL_ONLY=ON -DNAGL_BUILD_TESTS=OFF \
  -DTorch_DIR="$torch_dir" -DNAGL_SHARED_DIR="${NAGL_SHARED_DIR:-$(pwd)/../shared}" > build-gpu.log 2>&1 || { tail -30 build-gpu.log; exit 1; }
cmake --build build-gpu -j "$(nproc)" --target nagl-bench nagl-golden-check nagl-oom-check >> build-gpu.log 2>&1 || { tail -30 build-gpu.log; exit 1; }
status=0
./build-gpu/bench/nagl-golden-check --device cuda --precision fp32 || status=1
./build-gpu/bench/nagl-golden-check --device cuda --precision bf16 || true
./build-gpu/bench/nagl-oom-check --queries 64 --batch 64 --cap-gib 2 || status=1
./build-gpu/bench/nagl-bench --device cuda --queries 64 --batch-sizes 1,8,32,64
./build-gpu/bench/nagl-bench --device cuda --queries 64 --batch-sizes 32 --precision bf16 | tail -3
exit $status
