#pragma once
// One reader per format for readImageDimensions (image_header.cpp). Each
// reads the header as the decoder OpenCV hands the file to would, and
// returns nullopt where that decoder would not get a size from it either.
#include <optional>

#include "byte_source.h"
#include "nagl/imaging/image_header.h"

namespace nagl::imaging {

std::optional<ImageDimensions> jpegDimensions(ByteSource& f);  // jpeg_header.cpp
std::optional<ImageDimensions> pnmDimensions(ByteSource& f);   // pnm_header.cpp
std::optional<ImageDimensions> tiffDimensions(ByteSource& f);  // tiff_header.cpp
std::optional<ImageDimensions> webpDimensions(ByteSource& f);  // webp_header.cpp

}  // namespace nagl::imaging
