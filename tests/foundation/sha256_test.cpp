#include "nagl/foundation/sha256.h"

#include <gtest/gtest.h>

#include "../support/scratch_files.h"

namespace nagl::foundation {
namespace {

// FIPS 180-4 / NIST example vectors.
TEST(Sha256, KnownVectors) {
  EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256Hex(std::string(1000000, 'a')), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// 1 MiB of bytes i % 251; digest from Python's hashlib:
//   hashlib.sha256(bytes(i % 251 for i in range(1 << 20))).hexdigest()
std::string megabytePattern() {
  std::string s(std::size_t(1) << 20, '\0');
  for (std::size_t i = 0; i < s.size(); ++i) s[i] = static_cast<char>(i % 251);
  return s;
}
constexpr const char* kPatternDigest = "631b84027d6b9e52b539c4e8373622d23032dfadc64d60af87339c9037e4f769";

TEST(Sha256, MegabytePatternInOneGoAndInOddChunks) {
  const std::string data = megabytePattern();
  EXPECT_EQ(sha256Hex(data), kPatternDigest);
  Sha256 h;
  std::size_t at = 0;
  for (std::size_t chunk = 1; at < data.size(); chunk = chunk * 7 % 1000 + 1) {
    const std::size_t n = std::min(chunk, data.size() - at);
    h.update(data.data() + at, n);
    at += n;
  }
  EXPECT_EQ(h.finishHex(), kPatternDigest);
}

TEST(Sha256, PaddingBoundaries) {
  // Lengths around the 56- and 64-byte padding edges, against one-byte updates.
  for (std::size_t n : {55u, 56u, 57u, 63u, 64u, 65u, 119u, 120u, 128u}) {
    const std::string data(n, 'x');
    Sha256 h;
    for (const char c : data) h.update(&c, 1);
    EXPECT_EQ(h.finishHex(), sha256Hex(data)) << n;
  }
  EXPECT_EQ(sha256Hex(std::string(64, 'a')), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST(Sha256File, HashesAFileAndReportsItsSize) {
  const auto dir = test::scratchDir("sha256_file");
  const auto path = dir / "pattern.bin";
  test::writeBytes(path, megabytePattern());
  std::uint64_t size = 0;
  EXPECT_EQ(sha256File(path, &size), kPatternDigest);
  EXPECT_EQ(size, std::uint64_t(1) << 20);
  try {
    sha256File(dir / "missing.bin");
    FAIL();
  } catch (const DigestError& e) {
    EXPECT_NE(std::string(e.what()).find("missing.bin"), std::string::npos) << e.what();
  }
}

TEST(Sha256, HexDigestSyntax) {
  EXPECT_TRUE(isSha256Hex(std::string(64, 'a')));
  EXPECT_TRUE(isSha256Hex(std::string(64, 'F')));
  EXPECT_FALSE(isSha256Hex(std::string(63, 'a')));
  EXPECT_FALSE(isSha256Hex(std::string(64, 'g')));
}

}  // namespace
}  // namespace nagl::foundation
