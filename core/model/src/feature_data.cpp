#include "nagl/model/feature_data.h"

#include <stdexcept>

#include "nagl/model/torch/device_selection.h"
#include "nagl/model/torch/nagl_model_impl.h"

namespace nagl::model {

std::size_t elementBytes(Precision dtype) { return dtype == Precision::Float32 ? 4 : 2; }

std::size_t FeatureShape::bytes() const {
  return static_cast<std::size_t>(rows) * static_cast<std::size_t>(channels) * elementBytes(dtype);
}

FeatureData featureData(const ImageFeatures& features) {
  if (!features.impl()) throw std::invalid_argument("featureData: empty features");
  c10::InferenceMode guard;
  const at::Tensor& tokens = features.impl()->tokens;
  if (tokens.dim() != 2) throw std::invalid_argument("featureData: features are not (M, C)");
  auto host = std::make_shared<at::Tensor>(tokens.to(at::kCPU).contiguous());
  FeatureData out;
  switch (host->scalar_type()) {
    case at::kFloat:
      out.shape.dtype = Precision::Float32;
      break;
    case at::kHalf:
      out.shape.dtype = Precision::Float16;
      break;
    case at::kBFloat16:
      out.shape.dtype = Precision::BFloat16;
      break;
    default:
      throw std::invalid_argument("featureData: features of an unexpected element type");
  }
  out.shape.rows = host->size(0);
  out.shape.channels = host->size(1);
  out.data = host->data_ptr();
  out.owner = std::move(host);
  return out;
}

ImageFeatures featuresFromBuffer(const FeatureShape& shape, void* data, std::function<void()> release,
                                 const std::string& device) {
  if (!release) release = [] {};
  if (!data || shape.rows < 1 || shape.channels < 1) {
    release();
    throw std::invalid_argument("featuresFromBuffer: empty buffer or shape");
  }
  at::Device target(at::kCPU);
  try {
    target = at::Device(device);
  } catch (const std::exception&) {
    release();
    throw std::invalid_argument("featuresFromBuffer: unknown device '" + device + "'");
  }
  c10::InferenceMode guard;
  // from_blob with a deleter exists in LibTorch 1.13 and 2.x alike; the
  // deleter owns `release` from here on, whatever happens next.
  at::Tensor host = at::from_blob(
      data, {shape.rows, shape.channels}, [release = std::move(release)](void*) { release(); },
      at::TensorOptions().dtype(scalarType(shape.dtype)).device(at::kCPU));
  at::Tensor tokens = target.is_cpu() ? host : host.to(target);
  return ImageFeatures(std::make_shared<const ImageFeatures::Impl>(ImageFeatures::Impl{std::move(tokens)}));
}

}  // namespace nagl::model
