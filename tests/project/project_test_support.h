#pragma once
// Shared helpers of the project tests: a fresh folder per test.
#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QString>

namespace nagl::project::test {

inline QString freshDir(const QString& name) {
  QDir dir(QStringLiteral(NAGL_TEST_TMP_DIR "/") + name);
  dir.removeRecursively();
  EXPECT_TRUE(QDir().mkpath(dir.absolutePath()));
  return dir.absolutePath();
}

inline QByteArray fileBytes(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return f.readAll();
}

inline void writeBytes(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
  f.write(bytes);
}

}  // namespace nagl::project::test
