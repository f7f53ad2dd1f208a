// CSV field quoting and reading (RFC 4180) and the image-extension list.
#include <gtest/gtest.h>

#include "nagl/foundation/csv_field.h"
#include "nagl/foundation/csv_records.h"
#include "nagl/foundation/image_extensions.h"

namespace nagl::foundation {
namespace {

TEST(CsvField, QuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(csvField("plain/path.png"), "plain/path.png");
  EXPECT_EQ(csvField(""), "");
  EXPECT_EQ(csvField("a,b"), "\"a,b\"");
  EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csvField("cr\r"), "\"cr\r\"");
  EXPECT_EQ(csvField("bytes \xff\xfe"), "bytes \xff\xfe");  // file names are bytes
}

TEST(CsvRecords, ReadsBackQuotedFieldsAndLeavesATornLastLineOut) {
  const std::string text = "path,score\n" + csvField("a,\"b\"\nc") + ",1\nplain,2\ntorn,\"3";
  std::size_t complete = 0;
  const auto records = parseCsvRecords(text, complete);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[1], (std::vector<std::string>{"a,\"b\"\nc", "1"}));
  EXPECT_EQ(records[2], (std::vector<std::string>{"plain", "2"}));
  EXPECT_EQ(text.substr(complete), "torn,\"3");
  parseCsvRecords("no newline yet", complete);
  EXPECT_EQ(complete, 0u);
}

TEST(ImageExtensions, MatchesInAnyCaseAndOnlyTheExtension) {
  for (const char* name : {"a.png", "b.JPG", "c.jpeg", "d.bmp", "e.tif", "f.TIFF", "g.webp", "h.pgm", "i.ppm", "j.pbm"})
    EXPECT_TRUE(hasImageExtension(name)) << name;
  for (const char* name : {"a.json", "png", "dir.png/file", "b.png.txt", "c.", ".hidden"})
    EXPECT_FALSE(hasImageExtension(name)) << name;
  for (const std::string& ext : imageExtensions()) {
    ASSERT_FALSE(ext.empty());
    EXPECT_EQ(ext[0], '.');
  }
}

}  // namespace
}  // namespace nagl::foundation
