#include "nagl/checkpoint/pth_writer.h"

#include <ATen/ATen.h>
#include <caffe2/serialize/inline_container.h>

#include <cstdint>
#include <cstring>

#include "nagl/checkpoint/file_io.h"

namespace nagl::checkpoint {
namespace {

// Pickle protocol 2 opcodes used here.
constexpr char kProto = '\x80', kEmptyDict = '}', kMark = '(', kBinUnicode = 'X', kGlobal = 'c', kTuple = 't',
               kEmptyTuple = ')', kBinPersId = 'Q', kReduce = 'R', kSetItems = 'u', kStop = '.', kNewTrue = '\x88',
               kNewFalse = '\x89', kBinInt = 'J', kBinInt1 = 'K', kBinInt2 = 'M', kLong1 = '\x8a';

class PickleText {
 public:
  void op(char c) { out_ += c; }
  void unicode(const std::string& s) {
    op(kBinUnicode);
    littleEndian(static_cast<std::uint32_t>(s.size()), 4);
    out_ += s;
  }
  void global(const char* module, const char* name) {
    op(kGlobal);
    out_ += module;
    out_ += '\n';
    out_ += name;
    out_ += '\n';
  }
  void integer(std::int64_t v) {
    if (v >= 0 && v < 0x100) {
      op(kBinInt1);
      littleEndian(static_cast<std::uint64_t>(v), 1);
    } else if (v >= 0 && v < 0x10000) {
      op(kBinInt2);
      littleEndian(static_cast<std::uint64_t>(v), 2);
    } else if (v >= INT32_MIN && v <= INT32_MAX) {
      op(kBinInt);
      littleEndian(static_cast<std::uint32_t>(static_cast<std::int32_t>(v)), 4);
    } else {  // two's complement, 8 bytes
      op(kLong1);
      out_ += '\x08';
      littleEndian(static_cast<std::uint64_t>(v), 8);
    }
  }
  void intTuple(at::IntArrayRef values) {
    if (values.empty()) return op(kEmptyTuple);
    op(kMark);
    for (const int64_t v : values) integer(v);
    op(kTuple);
  }
  void emptyOrderedDict() {
    global("collections", "OrderedDict");
    op(kEmptyTuple);
    op(kReduce);
  }
  std::string take() { return std::move(out_); }

 private:
  void littleEndian(std::uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out_ += static_cast<char>((v >> (8 * i)) & 0xff);
  }
  std::string out_;
};

at::Tensor asFloatCpu(const at::Tensor& t) { return t.detach().to(at::kCPU, at::kFloat).contiguous(); }

}  // namespace

std::string torchCheckpointPickle(const std::vector<std::pair<std::string, at::Tensor>>& entries, bool asParameters) {
  PickleText p;
  p.op(kProto);
  p.op('\x02');
  p.op(kEmptyDict);
  p.op(kMark);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const at::Tensor t = asFloatCpu(entries[i].second);
    p.unicode(entries[i].first);
    if (asParameters) {
      p.global("torch._utils", "_rebuild_parameter");
      p.op(kMark);
    }
    p.global("torch._utils", "_rebuild_tensor_v2");
    p.op(kMark);
    // Persistent id: ('storage', torch.FloatStorage, key, location, numel).
    p.op(kMark);
    p.unicode("storage");
    p.global("torch", "FloatStorage");
    p.unicode(std::to_string(i));
    p.unicode("cpu");
    p.integer(t.numel());
    p.op(kTuple);
    p.op(kBinPersId);
    p.integer(0);  // storage offset
    p.intTuple(t.sizes());
    p.intTuple(t.strides());
    p.op(kNewFalse);  // the data tensor itself does not require grad
    p.emptyOrderedDict();
    p.op(kTuple);
    p.op(kReduce);
    if (asParameters) {
      p.op(kNewTrue);
      p.emptyOrderedDict();
      p.op(kTuple);
      p.op(kReduce);
    }
  }
  p.op(kSetItems);
  p.op(kStop);
  return p.take();
}

void writeTorchCheckpoint(const std::string& path, const std::vector<std::pair<std::string, at::Tensor>>& entries,
                          bool asParameters) {
  const std::string pickle = torchCheckpointPickle(entries, asParameters);
  // The archive is assembled in memory (the writer's callback never fails, so
  // nothing can throw through miniz), then written atomically. Its top folder
  // is "archive", as torch.save names it for file-like objects.
  std::string archive;
  {
    caffe2::serialize::PyTorchStreamWriter writer([&archive](const void* data, size_t n) -> size_t {
      archive.append(static_cast<const char*>(data), n);
      return n;
    });
    writer.writeRecord("data.pkl", pickle.data(), pickle.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const at::Tensor t = asFloatCpu(entries[i].second);
      writer.writeRecord("data/" + std::to_string(i), t.data_ptr(), static_cast<size_t>(t.nbytes()));
    }
    writer.writeEndOfFile();
  }
  AtomicFile file(path);
  file.write(archive.data(), archive.size());
  file.commit();
}

}  // namespace nagl::checkpoint
