#include "nagl/checkpoint/checkpoint_reader.h"

#include "nagl/checkpoint/file_io.h"
#include "nagl/checkpoint/pth_reader.h"
#include "nagl/checkpoint/safetensors.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace nagl::checkpoint {
namespace {

bool startsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// What a file that is no checkpoint holds, judged by its first bytes: the
// usual mistakes are an image, a Git LFS pointer or a saved web page.
std::string describeContent(const std::string& head) {
  if (startsWith(head, "\x89PNG\r\n\x1a\n")) return "it is a PNG image";
  if (startsWith(head, "\xff\xd8\xff")) return "it is a JPEG image";
  if (startsWith(head, "\x1f\x8b")) return "it is gzip-compressed (unpack it first)";
  if (startsWith(head, "version https://git-lfs"))
    return "it is a Git LFS pointer, not the weights (run 'git lfs pull' where it was checked out)";
  std::string lower = head.substr(0, 64);
  lower.erase(0, std::min(lower.find_first_not_of(" \t\r\n"), lower.size()));
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  if (startsWith(lower, "<!doctype html") || startsWith(lower, "<html"))
    return "it is an HTML page (a download that saved a web page instead of the file?)";
  const bool text = std::all_of(head.begin(), head.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 || c == '\n' || c == '\r' || c == '\t';
  });
  if (text) return "it is a text file starting with '" + errorText(head.substr(0, 40)) + "'";
  std::string hex;
  for (std::size_t i = 0; i < head.size() && i < 8; ++i) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "%s%02x", i ? " " : "", static_cast<unsigned char>(head[i]));
    hex += buf;
  }
  return "it starts with the bytes " + hex;
}

}  // namespace

TensorMap readCheckpoint(const std::string& path) {
  std::string head;
  {
    InputFile file(path);
    head = file.prefix(64);
  }
  if (head.empty()) throw CheckpointError(path + ": file is empty");
  const bool zip = startsWith(head, std::string("PK\x03\x04", 4)) || startsWith(head, std::string("PK\x05\x06", 4));
  if (zip) return readPthStateDict(path);
  // safetensors: an 8-byte header length, then the JSON header, which is an
  // object. Before the pickle test: a header 128 + 256 k bytes long starts
  // with the byte 0x80 too, which is also pickle's PROTO.
  if (head.size() > 8 && head[8] == '{') return readSafetensors(path);
  if (static_cast<unsigned char>(head[0]) == 0x80) return readPthStateDict(path);
  refuseForbiddenPickleGlobals(path);  // a protocol 0 / 1 pickle asking for os.system & co.
  throw CheckpointError(
      path + ": not a checkpoint (neither a PyTorch zip archive nor a safetensors file): " + describeContent(head));
}

}  // namespace nagl::checkpoint
