// `nagl infer` with a bad model file from tests/data/bad/checkpoints (issue
// #10): exit 1, one message that names the file and what is wrong with it,
// nothing written, nothing in a pickle executed.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "../support/cli_args.h"
#include "../support/cli_runner.h"
#include "../support/scratch_files.h"
#include "golden_case.h"

namespace nagl::test {
namespace {

namespace fs = std::filesystem;

std::string badCheckpoint(const std::string& name) {
  return std::string(NAGL_SOURCE_DIR) + "/tests/data/bad/checkpoints/" + name;
}

constexpr const char* kPayloadMarker = "/tmp/nagl-bad-checkpoint-payload-ran";  // see generate.py

std::vector<std::string> inferArgs(const std::string& backbone, const std::string& head, const fs::path& out) {
  std::vector<std::string> args = {"infer", "--backbone", backbone, "--head", head};
  append(args, words("--image-size 112 --device cpu --threads 1"));
  return append(args, {"--normal", goldenImage("normal_0"), "--abnormal", goldenImage("abnormal_0"), "--abnormal-mask",
                       goldenImage("abnormal_0_mask"), "--out", out.string(), goldenImage("query_0")});
}

TEST(BadCheckpointCli, ABadModelFileExitsOneWithOneMessageNamingFileAndReason) {
  const std::string golden = goldenDir() + "/dinov2_tiny.pth";
  const std::string goldenHead = goldenDir() + "/nagl_head_tiny.pth";
  struct Case {
    std::string file;
    bool asHead;
    std::string reason;
  };
  const std::vector<Case> cases = {
      {"evil_zip_os_system_global.pth", true,
       "refuses to load: the pickle asks for the global 'os.system', which a state dict never needs"},
      {"evil_legacy_builtins_eval.pth", true, "refuses to load: the pickle asks for the global 'builtins.eval'"},
      {"st_overlapping_offsets.safetensors", true, "tensors \"a\" and \"b\" overlap in the data section"},
      {"head_width_128.pth", true,
       "the NAGL head is for 128-wide features but the backbone produces 384-wide features"},
      {"head_zero_proxies.pth", true, "the head has no proxies (P must be at least 1)"},
      {"backbone_git_lfs_pointer.pth", true, "it is a Git LFS pointer, not the weights"},
      {"backbone_truncated_in_tensor_record.pth", false, "not a valid PyTorch zip checkpoint: the zip is truncated"},
      {"backbone_nan_weights.pth", false, "tensor blocks.0.mlp.fc2.bias holds NaN or infinite values"},
  };
  fs::remove(kPayloadMarker);
  for (const Case& c : cases) {
    SCOPED_TRACE(c.file);
    const fs::path out = scratchDir("bad_checkpoint_cli");
    const fs::path result = out / "result";
    const std::string bad = badCheckpoint(c.file);
    ASSERT_TRUE(fs::exists(bad)) << bad;
    const CliResult r = runCli(c.asHead ? inferArgs(golden, bad, result) : inferArgs(bad, goldenHead, result));
    EXPECT_EQ(r.exitCode, 1) << r.output;
    // Exactly one line, the error: "nagl infer: error: <file>: <reason>".
    const std::string expected = "nagl infer: error: " + bad + ": ";
    EXPECT_EQ(r.output.rfind(expected, 0), 0u) << r.output;
    EXPECT_NE(r.output.find(c.reason), std::string::npos) << r.output;
    ASSERT_FALSE(r.output.empty());
    EXPECT_EQ(r.output.find('\n'), r.output.size() - 1) << r.output;
    EXPECT_FALSE(fs::exists(result / "scores.csv")) << "something was written";
  }
  EXPECT_FALSE(fs::exists(kPayloadMarker)) << "a pickle payload ran";
}

}  // namespace
}  // namespace nagl::test
