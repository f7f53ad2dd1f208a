#pragma once
// Paths of the shared golden data and scratch folders for the UI tests.
#include <QDir>
#include <QFile>
#include <QString>

#include "ui/document/inspection_types.h"
#include "ui/document/model_settings.h"

namespace nagl::ui::test {

inline QString goldenDir() { return QStringLiteral(NAGL_SHARED_DIR "/golden/tiny"); }
inline QString goldenImage(const QString& name) { return goldenDir() + QStringLiteral("/images/") + name; }
inline bool haveGoldenData() { return QFile::exists(goldenDir() + QStringLiteral("/dinov2_tiny.pth")); }

inline ModelSettings tinySettings() {
  ModelSettings s;
  s.backbone = goldenDir() + QStringLiteral("/dinov2_tiny.pth");
  s.head = goldenDir() + QStringLiteral("/nagl_head_tiny.pth");
  s.imageSize = 112;
  s.device = QStringLiteral("cpu");
  s.threads = 2;
  return s;
}

// The golden main case: one normal and one defective reference with its mask.
inline ReferenceSet tinyReferences() {
  ReferenceSet set;
  set.normals = {goldenImage(QStringLiteral("normal_0.png"))};
  set.defective = {{goldenImage(QStringLiteral("abnormal_0.png")), goldenImage(QStringLiteral("abnormal_0_mask.png"))}};
  return set;
}

// An empty scratch folder under the build tree.
inline QString scratchDir(const QString& name) {
  QDir dir(QStringLiteral(NAGL_TEST_TMP_DIR "/") + name);
  dir.removeRecursively();
  dir.mkpath(QStringLiteral("."));
  return dir.absolutePath();
}

// The file's bytes; empty when it cannot be read.
inline QByteArray fileBytes(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void writeFile(const QString& path, const QByteArray& bytes) {
  QDir().mkpath(QFileInfo(path).absolutePath());
  QFile file(path);
  if (file.open(QIODevice::WriteOnly)) file.write(bytes);
}

}  // namespace nagl::ui::test
