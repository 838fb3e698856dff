#include "core/input/source_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/diagnostics/diagnostic.h"
#include "core/text/utf8.h"
#include "tests/support/temporary_folder.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

Diagnostic error_reading(const std::filesystem::path& file) {
  try {
    read_source_text(file);
  } catch (const InputError& error) {
    return error.diagnostic();
  }
  ADD_FAILURE() << "no error for " << file;
  return {};
}

TEST(SourceFile, ReadsUtf8TextAndDropsAByteOrderMark) {
  testing::TemporaryFolder folder;
  const auto file = folder.write("a.md", "\xEF\xBB\xBF# Café\n");
  EXPECT_EQ(read_source_text(file).text, "# Café\n");
}

TEST(SourceFile, AMissingFileNamesTheFile) {
  const Diagnostic d = error_reading("/no/such/manuscript.md");
  EXPECT_EQ(d.where.file_name(), "/no/such/manuscript.md");
  EXPECT_THAT(d.message, HasSubstr("no such file"));
}

TEST(SourceFile, AnEmptyFileIsAnError) {
  testing::TemporaryFolder folder;
  EXPECT_THAT(error_reading(folder.write("empty.md", "")).message, HasSubstr("empty"));
  EXPECT_THAT(error_reading(folder.write("blank.md", " \n\n\t\n")).message, HasSubstr("empty"));
}

TEST(SourceFile, InvalidUtf8GivesLineAndColumn) {
  testing::TemporaryFolder folder;
  const Diagnostic d = error_reading(folder.write("latin1.md", "# Titel\n\nEen caf\xE9 hier\n"));
  EXPECT_THAT(d.message, HasSubstr("invalid UTF-8"));
  EXPECT_EQ(d.where.line, 3);
  EXPECT_EQ(d.where.column, 8);  // "Een caf" is seven characters
  EXPECT_THAT(d.hint, HasSubstr("UTF-8"));
}

TEST(SourceFile, ABinaryFileIsRefused) {
  testing::TemporaryFolder folder;
  EXPECT_THAT(error_reading(folder.write("image.md", std::string("\x89PNG\r\n\x1A\n\0\0\0", 11))).message,
              HasSubstr("binary"));
}

TEST(SourceFile, AFolderIsNotAFile) {
  testing::TemporaryFolder folder;
  EXPECT_THAT(error_reading(folder.path()).message, HasSubstr("folder"));
}

TEST(Utf8, FindsOverlongFormsSurrogatesAndTruncatedSequences) {
  EXPECT_EQ(find_invalid_utf8("abc"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("ë€𝄞"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("a\xC0\xAF"), 1u);         // overlong "/"
  EXPECT_EQ(find_invalid_utf8("a\xED\xA0\x80"), 1u);     // a surrogate
  EXPECT_EQ(find_invalid_utf8("ab\xE2\x82"), 2u);        // cut short
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);  // past U+10FFFF
}

TEST(Utf8, CountsColumnsInCodePoints) {
  const LineColumn at = line_column_at("één\ntwee", 6);  // é and é are two bytes each
  EXPECT_EQ(at.line, 2);
  EXPECT_EQ(at.column, 1);
  EXPECT_EQ(line_column_at("één", 4).column, 3);
}

}  // namespace
}  // namespace persklaar
