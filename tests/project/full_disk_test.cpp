// Project saves and autosaves on a real full disk and a real read-only file
// system (a small tmpfs; skipped where mounting is not permitted — the
// ENOTDIR cases in project_folder_test.cpp run everywhere).
#include <QDir>
#include <QImage>
#include <gtest/gtest.h>

#include "../support/small_disk.h"
#include "nagl/project/autosave_journal.h"
#include "nagl/project/project_folder.h"
#include "project_test_support.h"

namespace nagl::project {
namespace {

using test::fileBytes;
using test::freshDir;

QImage noisyMask(int side, int seed) {
  QImage m(side, side, QImage::Format_Grayscale8);
  std::uint32_t state = static_cast<std::uint32_t>(seed) * 2654435761u + 1;
  for (int y = 0; y < side; ++y)
    for (int x = 0; x < side; ++x) {
      state = state * 1664525u + 1013904223u;
      m.scanLine(y)[x] = (state >> 24) & 1 ? 255 : 0;  // incompressible: it really needs the space
    }
  return m;
}

SaveInput smallProject(const QString& dir) {
  SaveInput input;
  input.project.name = QStringLiteral("before");
  input.project.normals = {dir + QStringLiteral("/good.png")};
  input.project.lotPaths = {dir + QStringLiteral("/lot/a.png")};
  input.masks.insert(input.project.lotPaths[0], noisyMask(32, 1));
  return input;
}

TEST(FullDisk, ProjectSaveAndAutosaveFailAndKeepThePreviousProject) {
  const QString dir = freshDir(QStringLiteral("project_full_disk"));
  nagl::test::SmallDisk disk(dir.toStdString(), 512 * 1024);
  if (!disk.mounted()) GTEST_SKIP() << "cannot mount a tmpfs here: " << disk.whyNot();
  const QString path = dir + QStringLiteral("/p.nagl");
  QString error;
  ASSERT_TRUE(ProjectFolder::save(path, smallProject(dir), &error)) << error.toStdString();
  const QByteArray before = fileBytes(path);

  SaveInput changed = smallProject(dir);
  changed.project.name = QStringLiteral("after");
  changed.masks.insert(changed.project.lotPaths[0], noisyMask(1024, 2));  // ~1 MB as 8-bit PNG noise
  disk.fill();
  error.clear();
  EXPECT_FALSE(ProjectFolder::save(path, changed, &error));
  EXPECT_FALSE(error.isEmpty());
  EXPECT_EQ(fileBytes(path), before);
  error.clear();
  EXPECT_FALSE(ProjectFolder::autosave(path, changed, &error));
  EXPECT_FALSE(error.isEmpty());
  EXPECT_EQ(fileBytes(path), before);
  ReadError readError;
  const auto loaded = ProjectFolder::load(path, &readError);
  ASSERT_TRUE(loaded) << readError.message.toStdString();
  EXPECT_EQ(loaded->project.name, QStringLiteral("before"));
  const QString maskFile = loaded->project.imageMasks.value(changed.project.lotPaths[0]);
  EXPECT_EQ(ProjectFolder::readMask(maskFile).size(), QSize(32, 32)) << maskFile.toStdString();

  disk.release();
  SaveInput fits = smallProject(dir);
  fits.project.name = QStringLiteral("after");
  error.clear();
  EXPECT_TRUE(ProjectFolder::save(path, fits, &error)) << error.toStdString();
  EXPECT_EQ(ProjectFolder::load(path, &readError)->project.name, QStringLiteral("after"));
}

TEST(FullDisk, ProjectSaveOnAReadOnlyFileSystemFailsEvenForRoot) {
  const QString dir = freshDir(QStringLiteral("project_read_only"));
  nagl::test::SmallDisk disk(dir.toStdString(), 512 * 1024);
  if (!disk.mounted()) GTEST_SKIP() << "cannot mount a tmpfs here: " << disk.whyNot();
  const QString path = dir + QStringLiteral("/p.nagl");
  QString error;
  ASSERT_TRUE(ProjectFolder::save(path, smallProject(dir), &error)) << error.toStdString();
  const QByteArray before = fileBytes(path);
  ASSERT_TRUE(disk.makeReadOnly());
  SaveInput changed = smallProject(dir);
  changed.project.name = QStringLiteral("after");
  EXPECT_FALSE(ProjectFolder::save(path, changed, &error));
  EXPECT_NE(error.indexOf(dir), -1) << error.toStdString();
  EXPECT_FALSE(ProjectFolder::autosave(path, changed, &error));
  EXPECT_EQ(fileBytes(path), before);
}

}  // namespace
}  // namespace nagl::project
