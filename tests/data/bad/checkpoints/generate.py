#!/usr/bin/python3
"""Writes the bad-checkpoint corpus next to this script (issue #10).

    /usr/bin/python3 tests/data/bad/checkpoints/generate.py

Needs torch (1.13 or newer) and nothing else; writes the same bytes on every
run. What each file is and what loading it must do: README.md here, checked by
tests/checkpoint/bad_checkpoint_corpus_test.cpp.

The files are small on purpose. The synthetic "tiny" architecture is a DINOv2
ViT with embedding width C = 64 (one 64-wide attention head), depth 1, patch
14, a 2 x 2 learned position grid, MLP hidden 64 and LayerScale, and NAGL
heads of that width. To keep a valid head or backbone to a few kB, every
tensor of a state dict is a strided view (torch.as_strided) into one shared
random storage; torch.save keeps views and storage sharing, so the file holds
that storage once. Loaders copy such views into tensors of their own.

Nothing in here is ever unpickled: the malicious pickles are assembled byte by
byte. Their payload would `touch` PAYLOAD_MARKER if a loader executed it, which
the tests check.
"""

import io
import os
import re
import struct
import sys
import zipfile
import zlib
from collections import OrderedDict

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
PAYLOAD_MARKER = "/tmp/nagl-bad-checkpoint-payload-ran"
C = 64  # embedding width of the tiny backbone and its heads

written = []


def path_of(name):
    return os.path.join(HERE, name)


def write_bytes(name, data):
    with open(path_of(name), "wb") as f:
        f.write(data)
    written.append(name)


def read_bytes(name):
    with open(path_of(name), "rb") as f:
        return f.read()


# --- state dicts as views of one storage --------------------------------------


class ViewPool:
    """Hands out strided views of one random storage: tensor[i0, i1, ...] is
    storage[offset + sum(i_k * stride_k)] with small overlapping strides."""

    def __init__(self, seed, numel=1024):
        g = torch.Generator().manual_seed(seed)
        self.storage = torch.randn(numel, generator=g)
        self.next_offset = 0

    def view(self, shape):
        strides = []
        reach = 0
        for i, size in enumerate(reversed(shape)):
            stride = 1 if i == 0 else 2 + i  # 1, 3, 4, 5 ... from the last dim
            strides.insert(0, stride)
            reach += (size - 1) * stride
        span = self.storage.numel() - reach
        assert span > 0, shape
        offset = self.next_offset % span
        self.next_offset += 37
        return self.storage.as_strided(tuple(shape), tuple(strides), offset)


def tiny_backbone(seed=1, registers=0, width=C, depth=1, hidden=64, grid=2):
    pool = ViewPool(seed)
    sd = OrderedDict()
    sd["cls_token"] = pool.view((1, 1, width))
    sd["pos_embed"] = pool.view((1, grid * grid + 1, width))
    if registers:
        sd["register_tokens"] = pool.view((1, registers, width))
    sd["mask_token"] = pool.view((1, width))
    sd["patch_embed.proj.weight"] = pool.view((width, 3, 14, 14))
    sd["patch_embed.proj.bias"] = pool.view((width,))
    for i in range(depth):
        b = "blocks.%d." % i
        sd[b + "norm1.weight"] = pool.view((width,))
        sd[b + "norm1.bias"] = pool.view((width,))
        sd[b + "attn.qkv.weight"] = pool.view((3 * width, width))
        sd[b + "attn.qkv.bias"] = pool.view((3 * width,))
        sd[b + "attn.proj.weight"] = pool.view((width, width))
        sd[b + "attn.proj.bias"] = pool.view((width,))
        sd[b + "ls1.gamma"] = pool.view((width,))
        sd[b + "norm2.weight"] = pool.view((width,))
        sd[b + "norm2.bias"] = pool.view((width,))
        sd[b + "mlp.fc1.weight"] = pool.view((hidden, width))
        sd[b + "mlp.fc1.bias"] = pool.view((hidden,))
        sd[b + "mlp.fc2.weight"] = pool.view((width, hidden))
        sd[b + "mlp.fc2.bias"] = pool.view((width,))
        sd[b + "ls2.gamma"] = pool.view((width,))
    sd["norm.weight"] = pool.view((width,))
    sd["norm.bias"] = pool.view((width,))
    return sd


def tiny_head(seed=2, proxies=25, width=C, prefix="module."):
    """As train.py saves it: a plain dict of nn.Parameter with the DDP prefix."""
    pool = ViewPool(seed, numel=1024 if width <= 64 else 2048)
    sd = {}

    def put(name, t):
        sd[prefix + name] = torch.nn.Parameter(t, requires_grad=True)

    put("learnable_proxies.weight", pool.view((proxies, width)))
    for layer, attn in (("rm_ca", "multihead_attn"), ("rm_sa", "self_attn"),
                        ("afl_ca", "multihead_attn"), ("afl_sa", "self_attn")):
        a = layer + "." + attn
        put(a + ".in_proj_weight", pool.view((3 * width, width)))
        put(a + ".in_proj_bias", pool.view((3 * width,)))
        put(a + ".out_proj.weight", pool.view((width, width)))
        put(a + ".out_proj.bias", pool.view((width,)))
        put(layer + ".norm.weight", pool.view((width,)))
        put(layer + ".norm.bias", pool.view((width,)))
    return sd


def save(name, obj):
    # The zip's top folder is the stem of the name, as torch.save(obj, path) writes it.
    torch.save(obj, path_of(name))
    written.append(name)


# --- zip archives and pickles assembled by hand --------------------------------


def torch_zip(name, pickle_bytes, records=()):
    """A torch.save-style zip archive: <stem>/data.pkl, the records, <stem>/version."""
    w = torch._C.PyTorchFileWriter(path_of(name))
    w.write_record("data.pkl", pickle_bytes, len(pickle_bytes))
    for rec, data in records:
        w.write_record(rec, data, len(data))
    w.write_end_of_file()
    del w
    written.append(name)


def p_unicode(s):
    b = s.encode()
    return b"X" + struct.pack("<I", len(b)) + b


def p_short_unicode(s):
    b = s.encode()
    return b"\x8c" + bytes([len(b)]) + b


def p_global(module, attr):  # GLOBAL (protocol 0-3 form)
    return b"c" + module.encode() + b"\n" + attr.encode() + b"\n"


def p_stack_global(module, attr):  # STACK_GLOBAL (protocol 4+)
    return p_short_unicode(module) + p_short_unicode(attr) + b"\x93"


SHELL = "touch " + PAYLOAD_MARKER
# (module, attribute, argument tuple as pickle bytes)
PAYLOADS = {
    "os_system": ("os", "system", b"(" + p_unicode(SHELL) + b"t"),
    "posix_system": ("posix", "system", b"(" + p_unicode(SHELL) + b"t"),
    "builtins_eval": ("builtins", "eval", b"(" + p_unicode("__import__('os').system(%r)" % SHELL) + b"t"),
    "subprocess_popen": ("subprocess", "Popen",
                         b"(" + b"(" + p_unicode("touch") + p_unicode(PAYLOAD_MARKER) + b"l" + b"t"),
}


def call_pickle(module, attr, args, stack_global, proto):
    fn = p_stack_global(module, attr) if stack_global else p_global(module, attr)
    return b"\x80" + bytes([proto]) + fn + args + b"R."


# Legacy (pre-1.6) torch.save: pickles of the magic number, the protocol
# version and sys_info, then the data pickle, then the storage keys and the
# raw storages.
LEGACY_MAGIC = b"\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19."
LEGACY_PROTOCOL = b"\x80\x02M\xe9\x03."
LEGACY_SYS_INFO = (b"\x80\x02}(" + p_unicode("protocol_version") + b"M\xe9\x03" + p_unicode("little_endian") +
                   b"\x88" + p_unicode("type_sizes") + b"}(" + p_unicode("short") + b"K\x02" + p_unicode("int") +
                   b"K\x04" + p_unicode("long") + b"K\x04" + b"uu.")


def tiny_png():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes([0x80, 0x40, 0x20] * 2) for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def safetensors(name, header_json, data, header_len=None):
    header = header_json.encode()
    n = len(header) if header_len is None else header_len
    write_bytes(name, struct.pack("<Q", n) + header + data)


def f32(values):
    return struct.pack("<%df" % len(values), *values)


# --- the corpus -----------------------------------------------------------------


def main():
    for f in os.listdir(HERE):
        if f.endswith((".pth", ".safetensors", ".bin")):
            os.remove(path_of(f))

    # Good controls: they must load.
    save("good_backbone_c64.pth", tiny_backbone())
    save("good_backbone_c64_registers.pth", tiny_backbone(seed=3, registers=4))
    save("good_head_c64_p25.pth", tiny_head())
    save("head_c64_p10.pth", tiny_head(seed=4, proxies=10))  # a different proxy count: valid

    # Broken files.
    good = read_bytes("good_backbone_c64.pth")
    z = zipfile.ZipFile(io.BytesIO(good))
    rec = next(i for i in z.infolist() if i.filename.endswith("/data/0"))
    # (the local header's extra field may differ from the central one: read it)
    name_len, extra_len = struct.unpack("<HH", good[rec.header_offset + 26:rec.header_offset + 30])
    rec_data = rec.header_offset + 30 + name_len + extra_len
    write_bytes("backbone_truncated_in_tensor_record.pth", good[:rec_data + rec.file_size // 2])
    eocd = good.rfind(b"PK\x05\x06")
    cd_size, cd_offset = struct.unpack("<II", good[eocd + 12:eocd + 20])
    write_bytes("backbone_truncated_in_central_directory.pth", good[:cd_offset + cd_size // 2])
    flipped = bytearray(good)
    flipped[rec_data + 100] ^= 0x40  # one bit of one float of the tensor data
    write_bytes("backbone_bit_flip_in_tensor_data.pth", bytes(flipped))
    write_bytes("backbone_empty.pth", b"")
    write_bytes("backbone_is_png.pth", tiny_png())
    write_bytes("backbone_git_lfs_pointer.pth",
                b"version https://git-lfs.github.com/spec/v1\n"
                b"oid sha256:2f0b1c1a3c6b0d7e3f4a5b6c7d8e9f00112233445566778899aabbccddeeff00\n"
                b"size 88283115\n")
    write_bytes("backbone_html_error_page.pth",
                b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
                b"<body><h1>Not Found</h1></body></html>\n")

    # Wrong architecture / wrong shapes.
    sd = tiny_backbone()
    del sd["blocks.0.attn.proj.bias"]
    save("backbone_missing_key.pth", sd)
    sd = tiny_backbone()
    sd["head.weight"] = torch.zeros(10, C)  # a classifier left on the backbone
    save("backbone_unexpected_key.pth", sd)
    sd = tiny_backbone()
    sd["blocks.0.attn.qkv.weight"] = sd["blocks.0.attn.qkv.weight"][:, :32]
    save("backbone_wrong_shape.pth", sd)
    sd = tiny_backbone(registers=4)
    sd["register_tokens"] = sd["register_tokens"][0]  # (4, C) instead of (1, 4, C)
    save("backbone_registers_wrong_rank.pth", sd)
    sd = tiny_backbone()
    sd["blocks.0.mlp.fc2.bias"] = torch.tensor([float("nan")] * C)
    save("backbone_nan_weights.pth", sd)
    g = torch.Generator().manual_seed(5)
    save("backbone_resnet_state_dict.pth", OrderedDict([
        ("conv1.weight", torch.randn(8, 3, 7, 7, generator=g)),
        ("bn1.weight", torch.ones(8)), ("bn1.bias", torch.zeros(8)),
        ("bn1.running_mean", torch.zeros(8)), ("bn1.running_var", torch.ones(8)),
        ("bn1.num_batches_tracked", torch.tensor(0)),
        ("fc.weight", torch.randn(10, 8, generator=g)), ("fc.bias", torch.zeros(10)),
    ]))

    head = tiny_head(width=128)  # for a 128-wide backbone (the tiny backbone is 64 wide)
    save("head_width_128.pth", head)
    head = tiny_head()
    head["module.rm_ca.multihead_attn.in_proj_weight"] = torch.nn.Parameter(
        head["module.rm_ca.multihead_attn.in_proj_weight"][:, :32])
    save("head_wrong_shape.pth", head)
    head = tiny_head()
    del head["module.afl_sa.norm.bias"]
    save("head_missing_key.pth", head)
    head = tiny_head()
    head["learnable_proxies.weight"] = head["module.learnable_proxies.weight"]  # both with and without module.
    save("head_module_and_bare_keys.pth", head)
    head = tiny_head(proxies=0)
    save("head_zero_proxies.pth", head)
    head = tiny_head()
    head["module.learnable_proxies.weight"] = torch.nn.Parameter(torch.full((25, C), float("inf")))
    save("head_inf_proxies.pth", head)

    # Malicious pickles: never executed, refused by the name of the global.
    for key, (module, attr, args) in PAYLOADS.items():
        stack = key in ("builtins_eval", "posix_system")
        form = "stack_global" if stack else "global"
        torch_zip("evil_zip_%s_%s.pth" % (key, form), call_pickle(module, attr, args, stack, 4 if stack else 2))
        # Legacy non-zip: the payload as the first pickle (what torch.load
        # unpickles first) ...
        if key in ("os_system", "subprocess_popen"):
            write_bytes("evil_legacy_%s.pth" % key, call_pickle(module, attr, args, stack, 2))
        else:  # ... or as the data pickle after a genuine legacy preamble.
            write_bytes("evil_legacy_%s.pth" % key,
                        LEGACY_MAGIC + LEGACY_PROTOCOL + LEGACY_SYS_INFO + call_pickle(module, attr, args, stack, 2))
    # A genuine legacy torch.save file (nothing malicious): refused with advice.
    buf = io.BytesIO()
    torch.save(OrderedDict([("w", torch.arange(4.0))]), buf, _use_new_zipfile_serialization=False)
    # Legacy storage keys are memory addresses (str(id(storage))): make them "0".
    write_bytes("legacy_torch_save_state_dict.pth",
                re.sub(rb"X[\x01-\xff]\x00\x00\x00[0-9]+", b"X\x01\x00\x00\x000", buf.getvalue()))
    # A protocol 0 (text) pickle: no PROTO opcode, starts with GLOBAL.
    write_bytes("evil_protocol0_os_system.pth",
                b"cos\nsystem\n(V" + SHELL.encode() + b"\ntR.")
    # A valid-looking state dict with one tensor and one value that calls exec.
    storage = b"(" + p_unicode("storage") + p_global("torch", "FloatStorage") + p_unicode("0") + p_unicode("cpu") + \
        b"K\x04tQ"
    tensor = p_global("torch._utils", "_rebuild_tensor_v2") + b"(" + storage + b"K\x00(K\x04t(K\x01t\x89" + \
        p_global("collections", "OrderedDict") + b")RtR"
    torch_zip("evil_zip_state_dict_with_exec.pth",
              b"\x80\x02" + p_global("collections", "OrderedDict") + b")R(" +
              p_unicode("module.learnable_proxies.weight") + tensor +
              p_unicode("x") + p_global("builtins", "exec") + b"(" + p_unicode("import os; os.system(%r)" % SHELL) +
              b"tRu.",
              [("data/0", f32([1, 2, 3, 4]))])

    # safetensors with broken headers (offsets relative to the data section).
    t2 = '"a":{"dtype":"F32","shape":[2],"data_offsets":[%d,%d]}'
    safetensors("st_overlapping_offsets.safetensors",
                "{" + t2 % (0, 8) + "," + (t2 % (4, 12)).replace('"a"', '"b"') + "}", f32([1, 2, 3]))
    safetensors("st_offsets_out_of_range.safetensors", "{" + t2 % (8, 16) + "}", f32([1, 2]))
    safetensors("st_end_before_begin.safetensors", "{" + t2 % (8, 0) + "}", f32([1, 2]))
    safetensors("st_header_length_larger_than_file.safetensors", "{" + t2 % (0, 8) + "}", f32([1, 2]),
                header_len=4096)
    safetensors("st_header_length_2pow63.safetensors", "{" + t2 % (0, 8) + "}", f32([1, 2]), header_len=1 << 63)
    safetensors("st_invalid_json.safetensors", '{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]', f32([1, 2]))
    safetensors("st_dtype_shape_byte_mismatch.safetensors", '{"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,8]}}',
                f32([1, 2]))

    total = sum(os.path.getsize(path_of(n)) for n in written)
    print("wrote %d files, %d bytes" % (len(written), total))
    if total > 300 * 1024:
        sys.exit("corpus larger than 300 KB")


if __name__ == "__main__":
    main()
