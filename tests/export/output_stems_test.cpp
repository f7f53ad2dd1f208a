// Output names of a lot's queries (output_stems.h): the query's path below
// the deepest folder holding the whole lot, without its extension, so the
// flat formats keep the lot's sub-folders instead of renaming clashing stems;
// odd names stay inside the export folder.
#include <gtest/gtest.h>

#include <filesystem>

#include "nagl/export/output_stems.h"

namespace nagl::exporting {
namespace {

using Names = std::vector<std::string>;

bool staysInside(const std::string& name) {
  const std::filesystem::path p(name);
  if (p.empty() || p.is_absolute()) return false;
  for (const auto& part : p)
    if (part == ".." || part == "." || part.empty()) return false;
  return true;
}

TEST(OutputStems, AOneFolderLotKeepsItsPlainStems) {
  EXPECT_EQ(uniqueOutputStems({"/data/lot/04.png", "/data/lot/05.jpg"}), (Names{"04", "05"}));
  EXPECT_EQ(uniqueOutputStems({"/data/lot/04.png"}), (Names{"04"}));
  EXPECT_EQ(uniqueOutputStems({}), Names{});
}

TEST(OutputStems, NestedSubFoldersWithClashingStemsKeepTheirFolders) {
  const Names lot = {"/d/lot/good/04.png", "/d/lot/crack/04.png", "/d/lot/crack/deep/04.png", "/d/lot/good/05.png"};
  EXPECT_EQ(uniqueOutputStems(lot), (Names{"good/04", "crack/04", "crack/deep/04", "good/05"}));
  // A name depends on the lot, never on the order.
  EXPECT_EQ(uniqueOutputStems({lot[3], lot[1], lot[0], lot[2]}),
            (Names{"good/05", "crack/04", "good/04", "crack/deep/04"}));
}

// `nagl watch`: images arrive one at a time below the watched folder.
TEST(OutputStems, OneAtATimeBelowAWatchedFolder) {
  OutputStems names("/hot/");
  EXPECT_EQ(names.next("/hot/good/04.png"), "good/04");
  EXPECT_EQ(names.next("/hot/crack/04.png"), "crack/04");
  EXPECT_EQ(names.next("/hot/crack/04.png"), "crack/04-2");  // a new version of the same file
  EXPECT_EQ(names.next("/elsewhere/04.png"), "04");          // outside the folder: its stem
}

TEST(OutputStems, QueriesFromDifferentPlacesAreNamedBelowTheirCommonFolder) {
  EXPECT_EQ(uniqueOutputStems({"/a/x/04.png", "/b/y/04.png"}), (Names{"a/x/04", "b/y/04"}));
  // Relative paths and spellings with "." and ".." are taken as the files they name.
  const std::string cwd = std::filesystem::current_path().string();
  EXPECT_EQ(uniqueOutputStems({"lot/./good/../good/04.png", cwd + "/lot/crack/04.png"}),
            (Names{"good/04", "crack/04"}));
}

TEST(OutputStems, OnlyTheSameNameTwiceGetsANumber) {
  // The same file given twice, and two extensions of one stem in one folder.
  EXPECT_EQ(uniqueOutputStems({"/l/a/04.png", "/l/a/04.png", "/l/a/04.jpg", "/l/b/04.png"}),
            (Names{"a/04", "a/04-2", "a/04-3", "b/04"}));
}

TEST(OutputStems, OddComponentsStayInsideTheExportFolder) {
  const Names lot = {"/l/with space/a b.png", "/l/caf\xc3\xa9/\xe6\x97\xa5\xe6\x9c\xac.png", "/l/raw\xff\xfe/x.png",
                     "/l/-rf/.png", "/l/x/.hidden.png"};
  Names names = uniqueOutputStems(lot);
  EXPECT_EQ(names,
            (Names{"with space/a b", "caf\xc3\xa9/\xe6\x97\xa5\xe6\x9c\xac", "raw\xff\xfe/x", "-rf/.png", "x/.hidden"}))
      << "bytes as the lot spells them";
  // "/l/../../etc" is /etc: no ".." is left, and the common folder is then /.
  const Names escaping = uniqueOutputStems({"/l/a/../../../etc/passwd.png", "/l/b/x.png"});
  EXPECT_EQ(escaping, (Names{"etc/passwd", "l/b/x"}));
  names.insert(names.end(), escaping.begin(), escaping.end());
  const std::filesystem::path folder = "/export/png";
  for (const std::string& name : names) {
    EXPECT_TRUE(staysInside(name)) << name;
    const auto file = (folder / (name + ".png")).lexically_normal();
    EXPECT_EQ(file.string().rfind("/export/png/", 0), 0u) << file;
  }
}

}  // namespace
}  // namespace nagl::exporting
