// The header reader against OpenCV itself: for every header layout below,
// the size we read must be the size OpenCV's decoder takes from the same
// bytes (or both must refuse it). OpenCV's size is observed without
// decoding: under imaging::DecodeAllocationLimit(1) its first pixel buffer fails,
// and the error names the buffer's size.
#include <gtest/gtest.h>

#include <cstring>
#include <opencv2/imgcodecs.hpp>
#include <regex>
#include <thread>

#include "../support/scratch_files.h"
#include "../support/thrown_message.h"
#include "nagl/imaging/decode_allocation_limit.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/imaging/image_header.h"
#include "nagl/imaging/image_limits.h"

namespace nagl::test {
namespace {

using Size = std::optional<std::pair<std::uint64_t, std::uint64_t>>;

Size ours(const std::string& path) {
  const auto d = imaging::readImageDimensions(path);
  return d ? Size({d->width, d->height}) : std::nullopt;
}

// The size of the first pixel buffer OpenCV asks for, or nullopt when its
// decoder gets no size from the header (or no decoder takes the file).
Size opencvs(const std::string& path) {
  const imaging::DecodeAllocationLimit limit(1);
  try {
    const cv::Mat image = cv::imread(path, cv::IMREAD_UNCHANGED);
    if (!image.empty()) ADD_FAILURE() << path << ": decoded under a one-pixel limit";
  } catch (const cv::Exception& e) {
    std::smatch m;
    if (std::regex_search(e.err, m, std::regex(R"(buffer of (\d+) x (\d+) pixels)")))
      return Size({std::stoull(m[1]), std::stoull(m[2])});
    ADD_FAILURE() << path << ": " << e.err;
  }
  return std::nullopt;
}

std::string errorOf(const std::string& path) {
  return messageOf<imaging::ImageError>([&] { imaging::decodeQueryImage(path); });
}

std::string encoded(const char* ext, const cv::Mat& image, const std::vector<int>& params = {}) {
  std::vector<std::uint8_t> bytes;
  EXPECT_TRUE(cv::imencode(ext, image, bytes, params));
  return {bytes.begin(), bytes.end()};
}

cv::Mat pattern(int rows, int cols, int type = CV_8UC3) {
  cv::Mat m(rows, cols, type);
  cv::randu(m, 0, 255);
  return m;
}

class HeaderReader : public ::testing::Test {
 protected:
  // Writes `bytes`, then checks that we read `expected` and OpenCV does too.
  void expectSize(const std::string& name, const std::string& bytes, Size expected) {
    const std::string path = (dir_ / name).string();
    writeBytes(path, bytes);
    EXPECT_EQ(ours(path), expected) << name;
    EXPECT_EQ(opencvs(path), expected) << name << " (OpenCV)";
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  std::filesystem::path dir_ = scratchDir("image_header");
};

Size size(std::uint64_t w, std::uint64_t h) { return Size({w, h}); }

TEST_F(HeaderReader, PnmTakesEverySeparatorAndCommentLayoutOpenCvTakes) {
  const std::string pixels(600, '\0');
  expectSize("x.pgm", "P5 20x30 255\n" + pixels, size(20, 30));  // any byte ends a number
  expectSize("comma.pgm", "P5\n20,30\n255\n" + pixels, size(20, 30));
  expectSize("blanks.pgm", "P5\t20\v30\f255\r" + pixels, size(20, 30));
  expectSize("cr_comment.pgm", "P5\n#c\r20 30 255\n" + pixels, size(20, 30));
  expectSize("comments.pgm", "P5 #a\n#b\n\n20 # c\n30\n255\n" + pixels, size(20, 30));
  expectSize("hash_ends_number.pgm", "P5\n20#\n30 255\n" + pixels, size(20, 30));
  expectSize("long_comment.pgm", "P5\n#" + std::string(70000, 'c') + "\n20 30 255\n" + pixels, size(20, 30));
  expectSize("text.pgm", "P2 4 3 255 0 1 2 3 4 5 6 7 8 9 10 11\n", size(4, 3));
  expectSize("bits.pbm", "P4 16,2\n" + std::string(4, '\xAA'), size(16, 2));
  expectSize("colour.ppm", "P6\n3 2\n255\n" + std::string(18, '\x7F'), size(3, 2));
  // Sizes the old reader missed, claimed far beyond the data.
  expectSize("hidden_x.pgm", "P5 2000x2000 255\n" + std::string(64, '\0'), size(2000, 2000));
  expectSize("hidden_cr.pgm", "P5\n#\r30000x30000 255\n" + std::string(63, '\0'), size(30000, 30000));
  // Refused by both: a comment where a number must end, no blank after the
  // magic, digits that never come.
  expectSize("comment_inside.pgm", "P5 20#c\n 30 255\n" + pixels, std::nullopt);
  expectSize("no_blank.pgm", std::string("P5\0 20 30 255\n", 14) + pixels, std::nullopt);
  expectSize("letters.pgm", "P5 twenty 30 255\n" + pixels, std::nullopt);
  expectSize("ends.pgm", "P5 20 ", std::nullopt);
}

// Splices `insert` into a JPEG right after its SOI marker, or after the
// segment that follows it.
std::string afterSoi(const std::string& jpeg, const std::string& insert) {
  return jpeg.substr(0, 2) + insert + jpeg.substr(2);
}
std::string afterFirstSegment(const std::string& jpeg, const std::string& insert) {
  const std::size_t end = 4 + ((static_cast<std::uint8_t>(jpeg[4]) << 8) | static_cast<std::uint8_t>(jpeg[5]));
  return jpeg.substr(0, end) + insert + jpeg.substr(end);
}

// Rewrites the first SOF0 frame size.
std::string withFrameSize(std::string jpeg, std::uint16_t width, std::uint16_t height) {
  const auto at = jpeg.find("\xFF\xC0");
  jpeg[at + 5] = static_cast<char>(height >> 8), jpeg[at + 6] = static_cast<char>(height);
  jpeg[at + 7] = static_cast<char>(width >> 8), jpeg[at + 8] = static_cast<char>(width);
  return jpeg;
}

TEST_F(HeaderReader, JpegMarkersAreWalkedAsLibjpegWalksThem) {
  const std::string jpeg = encoded(".jpg", pattern(30, 20));
  expectSize("baseline.jpg", jpeg, size(20, 30));
  expectSize("progressive.jpg", encoded(".jpg", pattern(30, 20), {cv::IMWRITE_JPEG_PROGRESSIVE, 1}), size(20, 30));
  expectSize("stray_bytes.jpg", afterFirstSegment(jpeg, std::string("\x00\x11\x22", 3)), size(20, 30));
  expectSize("stuffed_zero.jpg", afterFirstSegment(jpeg, std::string("\xFF\x00\x17", 3)), size(20, 30));
  expectSize("fill_bytes.jpg", afterSoi(jpeg, "\xFF\xFF\xFF"), size(20, 30));
  expectSize("rst_and_tem.jpg", afterSoi(jpeg, std::string("\xFF\xD0\xFF\x01", 4)), size(20, 30));
  expectSize("short_comment.jpg", afterSoi(jpeg, std::string("\xFF\xFE\x00\x01", 4)), size(20, 30));
  // A marker without a length, then stray bytes that read as a length:
  // libjpeg skips them and reaches the real frame (30000 x 30000).
  const std::string decoy = std::string("\xFF\x01\x00\x04", 4);
  expectSize("hidden.jpg", afterSoi(withFrameSize(jpeg, 30000, 30000), decoy), size(30000, 30000));
  expectSize("no_frame.jpg", std::string("\xFF\xD8\xFF\xDA\x00\x08", 6) + std::string(40, '\0'), std::nullopt);
  EXPECT_EQ(errorOf(path("no_frame.jpg")),
            path("no_frame.jpg") + ": cannot read the image size from its header, so it is not decoded");
}

// A minimal uncompressed 8-bit grey TIFF with one strip per directory;
// each directory's entries are written as given (tag, type, value), so
// types, duplicates and order are the test's to choose.
struct Entry {
  std::uint16_t tag, type;
  std::uint32_t value;
};

std::string u16(std::uint16_t v, bool little) {
  return little ? std::string{static_cast<char>(v), static_cast<char>(v >> 8)}
                : std::string{static_cast<char>(v >> 8), static_cast<char>(v)};
}
std::string u32(std::uint32_t v, bool little) {
  return little ? u16(static_cast<std::uint16_t>(v), true) + u16(static_cast<std::uint16_t>(v >> 16), true)
                : u16(static_cast<std::uint16_t>(v >> 16), false) + u16(static_cast<std::uint16_t>(v), false);
}

std::string tiff(const std::vector<std::vector<Entry>>& directories, bool little = true, std::uint32_t pixels = 600) {
  std::string out = (little ? "II" : "MM") + u16(42, little) + u32(8, little);
  for (std::size_t d = 0; d < directories.size(); ++d) {
    std::vector<Entry> entries = directories[d];
    const std::uint32_t dirSize = 2 + 12 * static_cast<std::uint32_t>(entries.size() + 6) + 4;
    const std::uint32_t data = static_cast<std::uint32_t>(out.size()) + dirSize;
    for (const Entry& e :
         std::vector<Entry>{{258, 3, 8}, {259, 3, 1}, {262, 3, 1}, {273, 4, data}, {277, 3, 1}, {279, 4, pixels}})
      entries.push_back(e);
    out += u16(static_cast<std::uint16_t>(entries.size()), little);
    for (const Entry& e : entries) {
      out += u16(e.tag, little) + u16(e.type, little) + u32(1, little);
      out += e.type == 3   ? u16(static_cast<std::uint16_t>(e.value), little) + u16(0, little)
             : e.type == 1 ? std::string{static_cast<char>(e.value), 0, 0, 0}
                           : u32(e.value, little);
    }
    const bool last = d + 1 == directories.size();
    out += u32(last ? 0 : data + pixels, little) + std::string(pixels, '\x40');
  }
  return out;
}

TEST_F(HeaderReader, TiffSizeIsTheFirstDirectorysAsLibtiffReadsIt) {
  expectSize("opencv.tiff", encoded(".tiff", pattern(30, 20)), size(20, 30));
  expectSize("short.tiff", tiff({{{256, 3, 20}, {257, 3, 30}}}), size(20, 30));
  expectSize("long_big_endian.tiff", tiff({{{256, 4, 20}, {257, 4, 30}}}, false), size(20, 30));
  expectSize("byte.tiff", tiff({{{256, 1, 20}, {257, 1, 30}}}), size(20, 30));
  // Several directories: imread decodes the first, whatever the others say.
  expectSize("pages.tiff", tiff({{{256, 3, 20}, {257, 3, 30}}, {{256, 4, 50000}, {257, 4, 50000}}}), size(20, 30));
  expectSize("pages_hidden.tiff", tiff({{{256, 4, 30000}, {257, 4, 30000}}, {{256, 3, 20}, {257, 3, 30}}}),
             size(30000, 30000));
  // Duplicate tags: the first counts.
  expectSize("duplicate.tiff", tiff({{{256, 3, 20}, {257, 3, 30}, {256, 4, 50000}}}), size(20, 30));
  expectSize("duplicate_hidden.tiff", tiff({{{256, 4, 50000}, {257, 3, 30}, {256, 3, 20}}}), size(50000, 30));
  // A width of a type libtiff refuses, or none at all: no size either way.
  expectSize("rational.tiff", tiff({{{256, 5, 20}, {257, 3, 30}}}), std::nullopt);
  expectSize("no_width.tiff", tiff({{{257, 3, 30}}}), std::nullopt);
  const std::string cut = tiff({{{256, 3, 20}, {257, 3, 30}}}).substr(0, 20);
  expectSize("cut.tiff", cut, std::nullopt);
  EXPECT_EQ(errorOf(path("cut.tiff")),
            path("cut.tiff") + ": cannot read the image size from its header, so it is not decoded");
}

std::string withBmpHeight(std::string bmp, std::int32_t height) {
  std::memcpy(bmp.data() + 22, &height, 4);  // little-endian host, as the format
  return bmp;
}

TEST_F(HeaderReader, BmpHeightIsItsMagnitudeWhenRowsAreTopDown) {
  const std::string bmp = encoded(".bmp", pattern(30, 20));
  expectSize("bottom_up.bmp", bmp, size(20, 30));
  expectSize("top_down.bmp", withBmpHeight(bmp, -30), size(20, 30));
  expectSize("top_down_hidden.bmp", withBmpHeight(bmp, -60000), size(20, 60000));
  // OS/2 core header: 16-bit sizes.
  std::string core = "BM" + u32(26 + 20 * 30 * 3, true) + u32(0, true) + u32(26, true);
  core +=
      u32(12, true) + u16(20, true) + u16(30, true) + u16(1, true) + u16(24, true) + std::string(20 * 30 * 3, '\x10');
  expectSize("os2.bmp", core, size(20, 30));
}

TEST_F(HeaderReader, WebpSizeIsWhatLibwebpReports) {
  const std::string lossy = encoded(".webp", pattern(30, 20), {cv::IMWRITE_WEBP_QUALITY, 90});
  expectSize("lossy.webp", lossy, size(20, 30));
  expectSize("lossless.webp", encoded(".webp", pattern(30, 20), {cv::IMWRITE_WEBP_QUALITY, 101}), size(20, 30));
  expectSize("alpha.webp", encoded(".webp", pattern(30, 20, CV_8UC4), {cv::IMWRITE_WEBP_QUALITY, 90}), size(20, 30));
  // A lossless bitstream straight after "WEBP", without its chunk header.
  std::string raw = encoded(".webp", pattern(30, 20), {cv::IMWRITE_WEBP_QUALITY, 101});
  raw.erase(12, 8);
  const std::string riffSize = u32(static_cast<std::uint32_t>(raw.size() - 8), true);
  raw.replace(4, 4, riffSize);
  expectSize("raw.webp", raw, size(20, 30));
  // libwebp's signature test fails: OpenCV would offer the file elsewhere.
  std::string badStart = lossy;
  badStart[23] = 0;  // the VP8 start code 9D 01 2A
  expectSize("bad_start_code.webp", badStart, std::nullopt);
}

TEST_F(HeaderReader, AnImageHidingItsSizeIsRefusedByNameUnderTheLimit) {
  writeBytes(path("hidden.pgm"), "P5 2000x2000 255\n" + std::string(64, '\0'));
  imaging::setMaxImagePixels(1'000'000);
  EXPECT_EQ(errorOf(path("hidden.pgm")),
            path("hidden.pgm") +
                ": image is 2000 x 2000 pixels (4.0 megapixels), above the limit of 1.0 megapixels "
                "(raise it with --max-image-pixels or NAGL_MAX_IMAGE_PIXELS)");
  imaging::setMaxImagePixels(imaging::kDefaultMaxImagePixels);
}

TEST(DecodeAllocationLimit, StopsOpenCvsOwnBufferAtRunTimeOnThisThreadOnly) {
  const std::string path = std::string(NAGL_SOURCE_DIR) + "/tests/data/bad/images/good_rgb.png";  // 64 x 48
  {
    const imaging::DecodeAllocationLimit limit(64 * 48 - 1);
    EXPECT_THROW(cv::imread(path), cv::Exception);
    std::thread other([&] { EXPECT_EQ(cv::imread(path).cols, 64); });
    other.join();
    {
      const imaging::DecodeAllocationLimit wider(64 * 48);
      EXPECT_EQ(cv::imread(path).cols, 64);
    }
    EXPECT_THROW(cv::imread(path), cv::Exception);
  }
  EXPECT_EQ(cv::imread(path).cols, 64);
}

TEST(DecodeAllocationLimit, ImageDimensionsSaturateInsteadOfWrapping) {
  EXPECT_EQ((imaging::ImageDimensions{std::uint64_t{1} << 40, std::uint64_t{1} << 40}).pixels(), UINT64_MAX);
  EXPECT_EQ((imaging::ImageDimensions{0, UINT64_MAX}).pixels(), 0u);
}

}  // namespace
}  // namespace nagl::test
