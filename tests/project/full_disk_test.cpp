// Project saves and autosaves on a real full disk and a real read-only file
// system (a small tmpfs; skipped where mounting is not permitted — the
// ENOTDIR cases in project_folder_test.cpp run everywhere).
#include <gtest/gtest.h>
#include <QDir>
#include <QImage>

#include <memory>

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

// Each test starts from smallProject() saved on its own 512 KiB tmpfs.
class FullDisk : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = freshDir(QStringLiteral("project_") + QString::fromStdString(info->name()));
    disk_ = std::make_unique<nagl::test::SmallDisk>(dir_.toStdString(), 512 * 1024);
    if (!disk_->mounted()) GTEST_SKIP() << "cannot mount a tmpfs here: " << disk_->whyNot();
    path_ = dir_ + QStringLiteral("/p.nagl");
    QString error;
    ASSERT_TRUE(ProjectFolder::save(path_, smallProject(dir_), &error)) << error.toStdString();
    before_ = fileBytes(path_);
  }

  QString dir_, path_;
  QByteArray before_;  // the saved project file
  std::unique_ptr<nagl::test::SmallDisk> disk_;
};

TEST_F(FullDisk, ProjectSaveAndAutosaveFailAndKeepThePreviousProject) {
  SaveInput changed = smallProject(dir_);
  changed.project.name = QStringLiteral("after");
  changed.masks.insert(changed.project.lotPaths[0], noisyMask(1024, 2));  // ~1 MB as 8-bit PNG noise
  disk_->fill();
  QString error;
  EXPECT_FALSE(ProjectFolder::save(path_, changed, &error));
  EXPECT_FALSE(error.isEmpty());
  EXPECT_EQ(fileBytes(path_), before_);
  error.clear();
  EXPECT_FALSE(ProjectFolder::autosave(path_, changed, &error));
  EXPECT_FALSE(error.isEmpty());
  EXPECT_EQ(fileBytes(path_), before_);
  ReadError readError;
  const auto loaded = ProjectFolder::load(path_, &readError);
  ASSERT_TRUE(loaded) << readError.message.toStdString();
  EXPECT_EQ(loaded->project.name, QStringLiteral("before"));
  const QString maskFile = loaded->project.imageMasks.value(changed.project.lotPaths[0]);
  EXPECT_EQ(ProjectFolder::readMask(maskFile).size(), QSize(32, 32)) << maskFile.toStdString();

  disk_->release();
  SaveInput fits = smallProject(dir_);
  fits.project.name = QStringLiteral("after");
  error.clear();
  EXPECT_TRUE(ProjectFolder::save(path_, fits, &error)) << error.toStdString();
  EXPECT_EQ(ProjectFolder::load(path_, &readError)->project.name, QStringLiteral("after"));
}

TEST_F(FullDisk, ProjectSaveOnAReadOnlyFileSystemFailsEvenForRoot) {
  ASSERT_TRUE(disk_->makeReadOnly());
  SaveInput changed = smallProject(dir_);
  changed.project.name = QStringLiteral("after");
  QString error;
  EXPECT_FALSE(ProjectFolder::save(path_, changed, &error));
  EXPECT_NE(error.indexOf(dir_), -1) << error.toStdString();
  EXPECT_FALSE(ProjectFolder::autosave(path_, changed, &error));
  EXPECT_EQ(fileBytes(path_), before_);
}

}  // namespace
}  // namespace nagl::project
