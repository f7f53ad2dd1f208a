// libFuzzer target: arbitrary bytes as an image file through the decoders
// the lot and the references use (OpenCV underneath). An image or an
// imaging::ImageError naming the file are the only allowed outcomes.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "nagl/imaging/image_decode.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = "/tmp/nagl-fuzz-image-" + std::to_string(::getpid()) + ".png";
  if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fwrite(data, 1, size, f);
    std::fclose(f);
  }
  for (auto decode :
       {&nagl::imaging::decodeQueryImage, &nagl::imaging::decodeReferenceImage, &nagl::imaging::decodeMask}) {
    try {
      (void)decode(path);
    } catch (const nagl::imaging::ImageError&) {
    }
  }
  return 0;
}
