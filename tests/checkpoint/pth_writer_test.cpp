// The torch.save writer: what it writes reads back bit-identically through
// our reader and through Python's torch.load (where Debian's python3-torch
// is installed), as nn.Parameters with the given names, order and shapes.
#include "nagl/checkpoint/pth_writer.h"

#include <cstdio>
#include <cstdlib>

#include "checkpoint_test_support.h"
#include "nagl/checkpoint/checkpoint_reader.h"
#include "nagl/checkpoint/pth_reader.h"

namespace nagl {
using namespace nagl::checkpoint;  // the checkpoint library under test
namespace {

std::vector<std::pair<std::string, at::Tensor>> sampleEntries() {
  return {{"module.learnable_proxies.weight", at::arange(15, at::kFloat).reshape({5, 3}) / 7},
          {"module.rm_ca.norm.bias", at::tensor({-1.5f, 0.25f, 3e-8f})},
          {"module.big", at::linspace(-2, 2, 70000, at::kFloat)},  // numel needs a 4-byte int
          {"module.scalar", at::scalar_tensor(4.5f)}};
}

TEST(PthWriter, ReadsBackBitIdenticalThroughOurReader) {
  const std::string path = test::tmpPath("head.pth");
  const auto entries = sampleEntries();
  writeTorchCheckpoint(path, entries);
  const TensorMap read = readCheckpoint(path);
  ASSERT_EQ(read.size(), entries.size());
  for (const auto& [name, tensor] : entries) {
    ASSERT_TRUE(read.count(name)) << name;
    EXPECT_TRUE(test::bitIdentical(read.at(name), tensor)) << name;
  }
}

TEST(PthWriter, NonContiguousAndDoubleInputsAreStoredAsContiguousFloat) {
  const std::string path = test::tmpPath("t.pth");
  const at::Tensor transposed = at::arange(6, at::kDouble).reshape({2, 3}).t();
  writeTorchCheckpoint(path, {{"x", transposed}}, /*asParameters=*/false);
  const TensorMap read = readCheckpoint(path);
  EXPECT_TRUE(test::bitIdentical(read.at("x"), transposed.to(at::kFloat).contiguous()));
}

TEST(PthWriter, FailedWriteLeavesThePreviousFileIntact) {
  const std::string path = test::tmpPath("keep.pth");
  writeTorchCheckpoint(path, sampleEntries());
  const std::string before = test::readBytes(path);
  EXPECT_THROW(writeTorchCheckpoint(path + "/no/such/dir.pth", sampleEntries()), CheckpointError);
  EXPECT_EQ(test::readBytes(path), before);
}

bool pythonTorchAvailable() { return std::system("/usr/bin/python3 -c 'import torch' >/dev/null 2>&1") == 0; }

TEST(PthWriter, PythonTorchLoadSeesParametersWithNamesShapesAndValues) {
  if (!pythonTorchAvailable()) GTEST_SKIP() << "python3-torch is not installed";
  const std::string path = test::tmpPath("py.pth");
  writeTorchCheckpoint(path, sampleEntries());
  const std::string out = test::tmpPath("py.txt");
  const std::string script =
      "import torch,sys\n"
      "d=torch.load(sys.argv[1],map_location='cpu')\n"
      "with open(sys.argv[2],'w') as f:\n"
      "  f.write(type(d).__name__+'\\n')\n"
      "  for k,v in d.items(): f.write('%s %s %s %s "
      "%.9g\\n'%(k,type(v).__name__,v.requires_grad,list(v.shape),v.double().abs().sum()))\n";
  const std::string scriptPath = test::tmpPath("load.py");
  test::writeBytes(scriptPath, script);
  ASSERT_EQ(std::system(("/usr/bin/python3 " + scriptPath + " " + path + " " + out).c_str()), 0);
  std::string expected = "dict\n";
  for (const auto& [name, t] : sampleEntries()) {
    std::string shape = "[";
    for (int64_t i = 0; i < t.dim(); ++i) shape += (i ? ", " : "") + std::to_string(t.size(i));
    char sum[64];
    std::snprintf(sum, sizeof sum, "%.9g", t.to(at::kDouble).abs().sum().item<double>());
    expected += name + " Parameter True " + shape + "] " + sum + "\n";
  }
  EXPECT_EQ(test::readBytes(out), expected);
}

}  // namespace
}  // namespace nagl
