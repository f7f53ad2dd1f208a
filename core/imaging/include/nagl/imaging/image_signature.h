#pragma once
// The image formats NAGL Inspector decodes, recognised by their first bytes,
// whatever the extension says. OpenCV also parses DICOM, JPEG 2000, OpenEXR,
// Radiance HDR, SunRaster...; some of those decoders abort the whole process
// on corrupt input (fuzzing found a 134-byte file with a DICOM marker that
// trips an assert in GDCM), so nothing else is handed to OpenCV.
#include <string>

namespace nagl::imaging {

enum class ImageFormat { Png, Jpeg, Bmp, Tiff, WebP, Pnm, Unknown };

// Reads the first bytes of `path` (a file that cannot be read is Unknown).
ImageFormat sniffImageFormat(const std::string& path);

// Throws ImageError "<path>: not a PNG, JPEG, BMP, TIFF, WebP or PNM image
// (it starts with ...)" for anything else; returns the format.
ImageFormat requireSupportedImageFormat(const std::string& path);

}  // namespace nagl::imaging
