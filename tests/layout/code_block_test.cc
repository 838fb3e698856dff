// Code lines too long for the measure: wrapped into pieces that fit, each but the last ending in
// the continuation mark in its last column, preferably after a space or separator.
#include "core/layout/code_block.h"

#include <glib.h>
#include <gtest/gtest.h>

#include "core/layout/magazine.h"
#include "tests/support/pipeline.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

std::size_t characters(const std::string& text) {
  return static_cast<std::size_t>(g_utf8_strlen(text.c_str(), -1));
}

std::string without_marks(const std::vector<std::string>& pieces) {
  std::string out;
  for (std::string piece : pieces) {
    const std::string mark = kCodeContinuation;
    if (piece.size() >= mark.size() && piece.compare(piece.size() - mark.size(), mark.size(), mark) == 0) {
      piece.erase(piece.size() - mark.size());
      while (!piece.empty() && piece.back() == ' ') piece.pop_back();
    }
    out += piece;
  }
  return out;
}

TEST(CodeBlock, AShortLineStaysWhole) {
  EXPECT_EQ(wrap_code_line("let x = 1;", 40), (std::vector<std::string>{"let x = 1;"}));
  EXPECT_EQ(wrap_code_line("", 40), (std::vector<std::string>{""}));
}

TEST(CodeBlock, ALongLineWrapsWithAMarkInTheLastColumn) {
  const std::string line = "fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {   // aligned comment";
  for (const std::size_t columns : {10u, 24u, 40u, 60u}) {
    const auto pieces = wrap_code_line(line, columns);
    ASSERT_GE(pieces.size(), 2u);
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      EXPECT_LE(characters(pieces[k]), columns) << pieces[k];
      const bool marked = pieces[k].find(kCodeContinuation) != std::string::npos;
      EXPECT_EQ(marked, k + 1 < pieces.size()) << pieces[k];
      if (marked) {
        EXPECT_EQ(characters(pieces[k]), columns) << "the mark stands in the last column: " << pieces[k];
      }
    }
    // Nothing lost: the pieces without marks and padding give the line back, spaces at breaks aside.
    std::string expected = line, got = without_marks(pieces);
    std::erase(expected, ' ');
    std::erase(got, ' ');
    EXPECT_EQ(got, expected) << columns << " columns";
  }
}

TEST(CodeBlock, AWrapPrefersASeparator) {
  const auto pieces = wrap_code_line("https://foo.bar.baz/test?q=hello&id=22&boolean", 24);
  ASSERT_GE(pieces.size(), 2u);
  const std::string first = pieces.front().substr(0, pieces.front().find(' '));
  EXPECT_TRUE(first.back() == '/' || first.back() == '?' || first.back() == '.' || first.back() == '&' ||
              first.back() == '=')
      << pieces.front();
}

TEST(CodeBlock, AWiderMarkTakesTheColumnsItNeeds) {
  const auto pieces = wrap_code_line("abcdefghijklmnopqrstuvwxyz", 10, 2);
  ASSERT_GE(pieces.size(), 3u);
  for (std::size_t k = 0; k + 1 < pieces.size(); ++k) EXPECT_EQ(characters(pieces[k]), 9u) << "8 for text, the mark";
}

TEST(CodeBlock, TheMarkStaysOnItsLineInANarrowListItem) {
  // A configure line in a list item, as the Node.js manual has it: the narrower measure filled to
  // the last column, where the mark (drawn by a wider face than the code's) must still fit.
  const Publication publication = testing::load_markdown(
      "---\ntitle: T\nlanguage: en\n---\n# One\n\n* The option:\n\n  ```bash\n"
      "  ./configure --with-icu-default-data-dir=/runtime/directory/with/dat/file --with-intl=small-icu\n"
      "  ```\n\n  ```bash\n  env NODE_ICU_DATA=/runtime/directory/with/dat/file node\n  ```\n");
  for (const char* layout : {"magazine-a4.xml", "pocket-a5.xml"}) {
    Diagnostics diagnostics;
    const LaidOutPublication laid_out =
        lay_out_publication(publication, load_layout(testing::source_dir() / "layouts" / layout), diagnostics);
    int marks = 0;
    for (const Page& page : laid_out.pages) {
      for (const LineItem& line : page.lines) {
        if (line.text.find(kCodeContinuation) == std::string::npos) continue;
        ++marks;
        EXPECT_NE(line.text, kCodeContinuation) << layout << ": a mark on a line of its own";
        EXPECT_LE(line.width, line.measure + 0.01) << layout << ": " << line.text;
      }
    }
    EXPECT_GE(marks, 1) << layout;
  }
}

TEST(CodeBlock, TabsExpandToFourColumns) {
  EXPECT_EQ(expand_tabs("\tx"), "    x");
  EXPECT_EQ(expand_tabs("ab\tc"), "ab  c");
  EXPECT_EQ(expand_tabs("caf\xC3\xA9\tz"), "caf\xC3\xA9    z");
}

}  // namespace
}  // namespace persklaar
