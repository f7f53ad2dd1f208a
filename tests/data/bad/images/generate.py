#!/usr/bin/env python3
"""Writes the bad-image corpus next to this script (deterministic bytes).

    /usr/bin/python3 tests/data/bad/images/generate.py

Needs numpy, Pillow and OpenCV (Debian: python3-numpy python3-pil
python3-opencv). The expected behaviour of every file is in README.md and is
asserted by tests/imaging/bad_image_corpus_test.cpp; `good_*` files must
score, every other file must fail with the error named in README.md.
"""
import struct
import zlib
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageOps

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(20261128)


def write(name, data):
    (HERE / name).write_bytes(data)


def encode(ext, pixels, params=()):
    ok, buf = cv2.imencode("." + ext, pixels, list(params))
    assert ok
    return buf.tobytes()


def pattern(h, w):
    """Smooth, asymmetric colour content (rotations are distinguishable)."""
    y, x = np.mgrid[0:h, 0:w]
    img = np.stack([x * 255 // max(w - 1, 1), y * 255 // max(h - 1, 1), (x + 2 * y) % 256], axis=-1)
    img[: h // 4, : w // 3] = (250, 20, 20)  # a red block top-left
    return img.astype(np.uint8)


def png_chunk(kind, payload):
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png_claiming(width, height):
    """A PNG whose header claims width x height, with one tiny IDAT."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 64)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def main():
    base = pattern(48, 64)[:, :, ::-1].copy()  # BGR for OpenCV
    png = encode("png", base)
    jpeg = encode("jpg", base, (cv2.IMWRITE_JPEG_QUALITY, 95))

    # Good files: each must score.
    write("good_rgb.png", png)
    write("good_rgb.jpg", jpeg)
    write("good_14x14.png", encode("png", pattern(14, 14)))
    write("good_grey_alpha.png", _pil_bytes(Image.fromarray(
        np.stack([pattern(40, 50)[:, :, 0], np.full((40, 50), 7, np.uint8)], -1), "LA"), "PNG"))
    ramp16 = (np.arange(40 * 50, dtype=np.uint32).reshape(40, 50) * 32).astype(np.uint16)
    write("good_16bit.png", encode("png", ramp16))
    write("good_16bit.tiff", encode("tiff", np.stack([ramp16] * 3, -1)))
    unit = np.linspace(0, 1, 40 * 50, dtype=np.float32).reshape(40, 50)
    write("good_float32_grey.tiff", encode("tiff", unit))
    # Uncompressed: OpenCV would store float RGB as lossy LogLuv.
    write("good_float32_rgb.tiff", encode("tiff", np.stack([unit, 1 - unit, unit * 0.5], -1), (cv2.IMWRITE_TIFF_COMPRESSION, 1)))
    write("good_cmyk.jpg", _pil_bytes(Image.new("CMYK", (40, 30), (0, 255, 255, 0)), "JPEG"))
    upright = Image.fromarray(pattern(32, 48))
    write("good_upright.png", _pil_bytes(upright, "PNG"))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation 6: the viewer turns the stored pixels 90 degrees clockwise
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    assert np.array_equal(np.asarray(ImageOps.exif_transpose(_reopen(stored, exif))), np.asarray(_reopen(upright)))
    write("good_exif_rotated.jpg", _pil_bytes(stored, "JPEG", exif=exif, quality=98))

    # Broken files.
    write("zero_bytes.png", b"")
    write("truncated.png", png[: len(png) // 2])
    corrupt = bytearray(png)
    corrupt[len(png) // 2] ^= 0xFF  # inside IDAT: CRC mismatch
    write("corrupt_crc.png", bytes(corrupt))
    write("truncated.jpg", jpeg[: len(jpeg) * 2 // 3])
    # Noise does not compress: cutting these files really cuts pixel data.
    noise = rng.integers(0, 256, (48, 64, 3), dtype=np.uint8)
    for ext in ("bmp", "tiff", "webp"):
        whole = encode(ext, noise)
        write("truncated." + ext, whole[: len(whole) * 2 // 3])
    write("text_renamed.png", b"lot 42, camera 3: see attached\n")
    write("pdf_renamed.jpg", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")

    # Decompression bombs: headers claiming far more than the pixel limit.
    write("bomb_100000x100000.png", png_claiming(100000, 100000))
    write("bomb_65000x65000.jpg", _jpeg_claiming(jpeg, 65000, 65000))
    write("bomb_60000x60000.bmp", _bmp_claiming(60000, 60000))
    write("bomb_50000x50000.pgm", b"P5\n# claims 2.5 gigapixels\n50000 50000\n255\n" + b"\0" * 64)
    write("bomb_16384x16384.webp", _webp_vp8x_claiming(16384, 16384))
    # Found by nagl-fuzz-image: a comment longer than the header reader read.
    write("bomb_long_comment_16534x50000.pgm", b"P5\n# " + b"c" * 100 + b"\n16534 50000\n255\n" + b"\0" * 64)
    # Found by nagl-fuzz-image: OpenCV's PNM reader ends a number at any byte
    # and lets a comment end at CR, so these headers hid their size from a
    # reader that wanted blanks between numbers. 84 bytes claiming 2.5
    # gigapixels; and 4 megapixels, under the default limit, refused under
    # --max-image-pixels 1000000 (the test says so).
    write("bomb_odd_separators_50000x50000.pgm", b"P5\n#\r50000x50000 255\n" + b"\0" * 63)
    write("odd_separator_2000x2000.pgm", b"P5 2000x2000 255\n" + b"\0" * 64)
    # OpenCV refuses this header too (a comment where a number must end).
    write("size_unreadable.pgm", b"P5 20#c\n 20 255\n" + b"\0" * 400)

    write("tiny_1x1.png", encode("png", pattern(1, 1)))
    write("tiny_13x13.png", encode("png", pattern(13, 13)))
    write("tiny_13x400.png", encode("png", pattern(13, 400)))

    big = np.full((40, 50), 1000, np.float32)
    big[0, 0] = 0
    write("float32_out_of_range.tiff", encode("tiff", big))
    nan = unit.copy()
    nan[3, 4] = np.nan
    write("float32_nan.tiff", encode("tiff", nan))

    # Reference masks for good_rgb.png (64 x 48).
    mask = np.zeros((48, 64), np.uint8)
    mask[10:30, 20:40] = 255
    write("mask_good_for_good_rgb.png", encode("png", mask))
    write("mask_wrong_size.png", encode("png", mask[:40, :50]))
    write("mask_empty.png", encode("png", np.zeros((48, 64), np.uint8)))
    # A one-pixel defect that nearest-neighbour downscaling to the model's
    # input skips (at 112 px only every other source pixel is sampled).
    write("good_256x192.png", encode("png", pattern(192, 256)))
    speck = np.zeros((192, 256), np.uint8)
    speck[1, 1] = 255
    write("mask_speck_for_good_256x192.png", encode("png", speck))


def _reopen(image, exif=None):
    data = _pil_bytes(image, "PNG", exif=exif) if exif is not None else _pil_bytes(image, "PNG")
    import io
    return Image.open(io.BytesIO(data))


def _pil_bytes(image, fmt, **kwargs):
    import io
    out = io.BytesIO()
    image.save(out, fmt, **kwargs)
    return out.getvalue()


def _jpeg_claiming(jpeg, width, height):
    """Rewrites the SOF0 frame size of a baseline JPEG."""
    data = bytearray(jpeg)
    at = 2
    while data[at + 1] != 0xC0:
        at += 2 + struct.unpack(">H", data[at + 2:at + 4])[0]
    data[at + 5:at + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def _bmp_claiming(width, height):
    header = struct.pack("<2sIHHI", b"BM", 54 + 64, 0, 0, 54)
    dib = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, 0, 2835, 2835, 0, 0)
    return header + dib + b"\0" * 64


def _webp_vp8x_claiming(width, height):
    vp8x = bytes([0, 0, 0, 0]) + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    body = b"WEBP" + b"VP8X" + struct.pack("<I", len(vp8x)) + vp8x
    return b"RIFF" + struct.pack("<I", len(body)) + body


if __name__ == "__main__":
    main()
