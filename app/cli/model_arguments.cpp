#include "cli/model_arguments.h"

#include "cli/store_defaults.h"

namespace nagl::cli {

void addModelOptions(CLI::App& app, ModelArguments& a, const std::string& threadsHelp) {
  model::ModelOptions& model = a.engine.model;
  app.add_option("--backbone", model.backbonePath,
                 "DINOv2 checkpoint (.pth or safetensors, official or Hugging Face names; default: the model store's)")
      ->option_text("FILE");
  CLI::Option* head =
      app.add_option("--head", model.headPath,
                     "NAGL head checkpoint (.pth from the reference train.py, or ours; default: the model store's; "
                     "with none: normal-only mode)")
          ->option_text("FILE");
  app.add_flag("--no-head", a.noHead, "no NAGL head, even if the model store has a default one (normal-only mode)")
      ->excludes(head);
  app.add_option("--image-size", model.imageSize, "side the images are resized to (default 448)")
      ->option_text("N")
      ->transform(wholeNumber(14, 4096));
  addChoiceOption(app, "--device", model.device, model::parseDeviceChoice, "auto|cpu|cuda",
                  "compute device (default auto: CUDA if present, else CPU)");
  addChoiceOption(app, "--precision", model.precision, model::parsePrecision, "fp32|fp16|bf16",
                  "backbone arithmetic (default fp32; fp16 needs CUDA)");
  app.add_option("--threads", a.engine.threads, threadsHelp)->option_text("N")->transform(wholeNumber(0, 1024));
  app.add_option("--batch-size", a.engine.batchSize,
                 "queries (with --tile: tiles) per backbone pass (default 4; halved on GPU out-of-memory)")
      ->option_text("N")
      ->transform(wholeNumber(1, 1024));
}

engine::EngineOptions withStoreDefaults(const ModelArguments& a) {
  engine::EngineOptions engine = a.engine;
  fillFromModelStore(engine.model.backbonePath, a.noHead ? nullptr : &engine.model.headPath);
  return engine;
}

}  // namespace nagl::cli
