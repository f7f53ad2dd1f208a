#include "nagl/model/torch/device_selection.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>

#include <malloc.h>

#include <algorithm>
#include <array>

#include <mutex>
#include <new>
#include <stdexcept>
#include <thread>

// Set by CMake when the LibTorch found has CUDA (its headers need the toolkit).
#ifdef NAGL_TORCH_HAS_CUDA
#include <ATen/cuda/CUDAContext.h>
#include <c10/cuda/CUDACachingAllocator.h>
#endif

#include "nagl/foundation/enum_names.h"

namespace nagl::model {
namespace {

constexpr std::array<foundation::EnumName<DeviceChoice>, 3> kDeviceNames{
    {{DeviceChoice::Auto, "auto"}, {DeviceChoice::Cpu, "cpu"}, {DeviceChoice::Cuda, "cuda"}}};
constexpr std::array<foundation::EnumName<Precision>, 3> kPrecisionNames{
    {{Precision::Float32, "fp32"}, {Precision::Float16, "fp16"}, {Precision::BFloat16, "bf16"}}};

}  // namespace

DeviceChoice parseDeviceChoice(const std::string& text) {
  if (const auto device = foundation::valueNamed(kDeviceNames, text)) return *device;
  throw std::invalid_argument("device must be auto, cpu or cuda, got '" + text + "'");
}

Precision parsePrecision(const std::string& text) {
  if (const auto precision = foundation::valueNamed(kPrecisionNames, text)) return *precision;
  throw std::invalid_argument("precision must be fp32, fp16 or bf16, got '" + text + "'");
}

const char* toString(Precision precision) { return foundation::nameOf(kPrecisionNames, precision, "?"); }

at::ScalarType scalarType(Precision precision) {
  switch (precision) {
    case Precision::Float16:
      return at::kHalf;
    case Precision::BFloat16:
      return at::kBFloat16;
    case Precision::Float32:
      break;
  }
  return at::kFloat;
}

void tuneAllocatorForInference() {
#ifdef __GLIBC__
  // A ViT forward allocates and frees tens of megabytes per block (the
  // attention matrix). glibc's defaults return that memory to the kernel
  // after every free, so each block pays page faults again: measured on
  // ViT-S/14 at 448 px, 2 threads, one backbone pass took 1.23 s with the
  // defaults and 0.86 s with the heap kept (nagl-bench). Keep it.
  static std::once_flag once;
  std::call_once(once, [] {
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);  // glibc's maximum: larger blocks still use mmap
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
    mallopt(M_TOP_PAD, 256 * 1024 * 1024);
  });
#endif
}

int inferenceThreadCount(int threads) {
  return threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

int setInferenceThreads(int threads) {
  at::set_num_threads(inferenceThreadCount(threads));
  return at::get_num_threads();
}

std::string cpuDescription(int threads) { return "CPU, " + std::to_string(threads) + " threads"; }

bool limitCudaMemory(double gib) {
#ifdef NAGL_TORCH_HAS_CUDA
  if (!torch::cuda::is_available() || gib <= 0) return false;
  const double total = static_cast<double>(at::cuda::getDeviceProperties(0)->totalGlobalMem);
  // Same call in LibTorch 1.13 and 2.x: a fraction of the device's memory.
  c10::cuda::CUDACachingAllocator::setMemoryFraction(std::min(1.0, gib * 1024.0 * 1024.0 * 1024.0 / total), 0);
  return true;
#else
  (void)gib;
  return false;
#endif
}

bool isOutOfMemory(const std::exception& error) {
  if (dynamic_cast<const std::bad_alloc*>(&error)) return true;
  const std::string what = error.what();
  // CUDA: "CUDA out of memory. Tried to allocate ..."; cuDNN's own failure;
  // CPU: "DefaultCPUAllocator: can't allocate memory: you tried to allocate ...".
  for (const char* sign : {"out of memory", "CUDNN_STATUS_ALLOC_FAILED", "can't allocate memory"})
    if (what.find(sign) != std::string::npos) return true;
  return false;
}

namespace {

std::string cudaDescription() {
#ifdef NAGL_TORCH_HAS_CUDA
  const auto* props = at::cuda::getDeviceProperties(0);
  const double gib = static_cast<double>(props->totalGlobalMem) / (1024.0 * 1024.0 * 1024.0);
  return std::string(props->name) + ", " + std::to_string(static_cast<int>(gib + 0.5)) + " GiB";
#else
  return "CUDA device 0";
#endif
}

}  // namespace

DeviceInfo selectDevice(DeviceChoice choice, Precision precision) {
  const bool cudaAvailable = torch::cuda::is_available();
  const std::string why = at::hasCUDA() ? "no CUDA GPU is visible" : "this LibTorch build has no CUDA support";
  if (choice == DeviceChoice::Cuda && !cudaAvailable) throw std::runtime_error("device cuda requested, but " + why);
  DeviceInfo info;
  if (choice != DeviceChoice::Cpu && cudaAvailable) {
    info.name = "cuda:0";
    info.isCuda = true;
    info.description = cudaDescription();
  } else {
    info.name = "cpu";
    info.description = cpuDescription(at::get_num_threads());
    if (choice == DeviceChoice::Auto) info.fallbackNote = why;
  }
  if (precision == Precision::Float16 && !info.isCuda)
    throw std::runtime_error(
        "precision fp16 needs a CUDA device (CPU kernels for half floats are missing or slow); use fp32 or bf16");
  return info;
}

}  // namespace nagl::model
