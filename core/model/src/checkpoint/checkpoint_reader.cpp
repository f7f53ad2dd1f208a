#include "checkpoint/checkpoint_reader.h"

#include "checkpoint/file_io.h"
#include "checkpoint/pth_reader.h"
#include "checkpoint/safetensors.h"

namespace nagl {

TensorMap readCheckpoint(const std::string& path) {
  std::string head;
  {
    InputFile file(path);
    head = file.prefix(4);
  }
  if (head.empty()) throw CheckpointError(path + ": file is empty");
  const bool zip = head == std::string("PK\x03\x04", 4) || head == std::string("PK\x05\x06", 4);
  const bool pickle = static_cast<unsigned char>(head[0]) == 0x80;
  return zip || pickle ? readPthStateDict(path) : readSafetensors(path);
}

}  // namespace nagl
