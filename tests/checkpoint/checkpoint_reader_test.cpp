#include "nagl/checkpoint/checkpoint_reader.h"

#include <fstream>

#include "checkpoint_test_support.h"
#include "nagl/checkpoint/safetensors.h"

namespace nagl {
using namespace nagl::checkpoint;  // the checkpoint library under test
namespace {

using test::expectCheckpointError;
using test::tmpPath;

TEST(CheckpointReader, SniffsContentNotExtension) {
  // A .pth under a safetensors name...
  const std::string pthAsSt = tmpPath("weights.safetensors");
  std::filesystem::copy_file(test::tinyBackbone(), pthAsSt);
  const TensorMap a = readCheckpoint(pthAsSt);
  EXPECT_EQ(a.size(), 35u);
  EXPECT_EQ(a.at("pos_embed").sizes(), at::IntArrayRef({1, 1370, 384}));
  // ...and safetensors under .pth and extension-less names.
  for (const char* name : {"weights.pth", "weights"}) {
    const std::string p = tmpPath(name);
    writeSafetensors(p, a);
    const TensorMap b = readCheckpoint(p);
    ASSERT_EQ(b.size(), a.size()) << name;
    for (const auto& [k, t] : a) EXPECT_TRUE(test::bitIdentical(b.at(k), t)) << k;
  }
}

// A safetensors header whose length starts with the byte 0x80 (pickle's
// PROTO opcode) is still a safetensors file: it was once read as a legacy
// torch.save pickle and refused.
TEST(CheckpointReader, ASafetensorsHeaderLengthStartingWith0x80IsNotAPickle) {
  TensorMap tensors;
  tensors.emplace("w", at::arange(4, at::kFloat));
  const std::string path = tmpPath("proto_byte.safetensors");
  bool found = false;
  for (int pad = 0; pad < 512 && !found; ++pad) {
    writeSafetensors(path, tensors, {{"note", std::string(static_cast<std::size_t>(pad), 'x')}});
    std::ifstream in(path, std::ios::binary);
    found = in.get() == 0x80;
  }
  ASSERT_TRUE(found) << "no padding gave a header length with the low byte 0x80";
  const TensorMap read = readCheckpoint(path);
  ASSERT_EQ(read.count("w"), 1u);
  EXPECT_TRUE(test::bitIdentical(read.at("w"), tensors.at("w")));
}

TEST(CheckpointReader, ErrorsNameTheFile) {
  std::string zipJunk(100, 'z');  // a zip signature and nothing zip-like after it
  zipJunk.insert(0, "PK\x03\x04", 4);
  const std::vector<test::RefusedFile> cases = {
      {"empty.bin", "", "file is empty"},
      {"text.bin", "hello world, these are not weights", "not a checkpoint"},
      {"legacy.pt", std::string("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19.", 15), "torch >= 1.6"},
      {"zip.bin", zipJunk, "not a valid PyTorch zip checkpoint"},
  };
  test::expectEachRefused(
      cases, [](const std::string& path) { readCheckpoint(path); }, "/nonexistent/w.safetensors");
}

}  // namespace
}  // namespace nagl
