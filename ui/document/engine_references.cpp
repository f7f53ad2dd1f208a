#include "ui/document/engine_references.h"

#include <QCryptographicHash>
#include <algorithm>
#include <memory>

#include "ui/common/path_bytes.h"

namespace nagl::ui {

namespace {

// A Grayscale8 mask as the engine's one-channel image, and a digest of it.
void withEditedMask(nagl::engine::AbnormalReference& reference, const QImage& edited) {
  const QImage mask = edited.convertToFormat(QImage::Format_Grayscale8);
  auto pixels = std::make_shared<Image8>(mask.width(), mask.height(), 1);
  QCryptographicHash digest(QCryptographicHash::Sha1);
  for (int y = 0; y < mask.height(); ++y) {
    const auto* line = mask.constScanLine(y);
    std::copy_n(line, mask.width(), pixels->pixels.begin() + static_cast<std::ptrdiff_t>(y) * mask.width());
    digest.addData(QByteArrayView(line, mask.width()));
  }
  const QByteArray sum = digest.result();
  std::uint64_t key = 0;
  for (int i = 0; i < 8; ++i) key = key << 8 | static_cast<std::uint8_t>(sum[i]);
  reference.maskImage = std::move(pixels);
  reference.maskDigest = key | 1;  // never 0 ("hash it yourself")
}

}  // namespace

nagl::engine::ReferenceSet toEngineReferences(const ReferenceSet& set, const QList<QImage>& editedMasks) {
  nagl::engine::ReferenceSet out;
  for (const QString& path : set.normals) out.normals.push_back(pathBytes(path));
  for (qsizetype i = 0; i < set.defective.size(); ++i) {
    nagl::engine::AbnormalReference ref{pathBytes(set.defective[i].image), pathBytes(set.defective[i].mask)};
    if (i < editedMasks.size() && !editedMasks[i].isNull()) withEditedMask(ref, editedMasks[i]);
    out.abnormals.push_back(std::move(ref));
  }
  return out;
}

}  // namespace nagl::ui
