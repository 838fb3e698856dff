// The column-safety invariant and no word lost, on PDFs made by the real pipeline and read back
// with Poppler: the sample magazine, the shared layout regressions (skipped without ../shared) and a
// long generated document, each in both layouts.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "tests/layout_check/checked_edition.h"
#include "tests/layout_check/layout_report.h"
#include "tests/pdf/reading_order.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar::testing {
namespace {

std::filesystem::path layout_file(const std::string& name) {
  return source_dir() / "layouts" / (name + ".xml");
}

void expect_safe(const std::filesystem::path& manuscript, const std::string& layout) {
  const LayoutCheck check = check_layout(manuscript, layout_file(layout));
  std::cout << "[ layout   ] " << check.summary(0);
  EXPECT_TRUE(check.violations.empty()) << check.summary(12);
  EXPECT_TRUE(check.words.lost.empty()) << check.summary(12);
  EXPECT_GT(check.words.words, 20u) << "too few words compared: " << check.summary(0);
}

class LayoutCheckTest : public ::testing::TestWithParam<std::string> {};

TEST_P(LayoutCheckTest, SampleStaysInItsColumns) {
  expect_safe(sample_manuscript(), GetParam());
}

// Code in the bundled monospace face without ligatures: "->" stays two characters, and every word
// of a code block starts a whole number of advances from the block's left edge, so aligned comments
// stay aligned; a line too long for the column wraps with a mark instead of running out of it.
TEST_P(LayoutCheckTest, CodeKeepsItsColumnsInAMonospaceFace) {
  TemporaryFolder folder;
  const auto manuscript = folder.write("code.md",
                                       "---\ntitle: Code\nlanguage: en\n---\n\n# Code\n\nA listing.\n\n```\n"
                                       "fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {   // aligned comment\n"
                                       "    x                                                // aligned comment\n"
                                       "}\n```\n\nAfter it.\n");
  const auto edition = build_checked_edition(manuscript, layout_file(GetParam()));
  bool mono_font = false;
  for (const PdfFont& font : edition->pdf_text.fonts)
    mono_font = mono_font || font.name.find("JetBrainsMono") != std::string::npos;
  EXPECT_TRUE(mono_font) << "no JetBrains Mono among the PDF's fonts";
  // The code words of each column of each page, measured from the leftmost of them.
  std::map<std::pair<std::size_t, std::size_t>, std::vector<PdfWord>> code;
  for (std::size_t k = 0; k < edition->pdf_text.pages.size(); ++k) {
    const PageFrame frame = page_frame(edition->print_layout->spec.page, static_cast<int>(k) + 1);
    for (const PdfWord& word : edition->pdf_text.pages[k].words) {
      if (word.font.find("JetBrainsMono") == std::string::npos) continue;
      std::size_t column = 0;
      while (column + 1 < frame.columns.size() && word.left >= frame.columns[column + 1].first) ++column;
      code[{k, column}].push_back(word);
    }
  }
  ASSERT_FALSE(code.empty());
  bool arrow = false;
  std::size_t words = 0;
  for (const auto& [where, column_words] : code) {
    double left = column_words.front().left;
    for (const PdfWord& word : column_words) left = std::min(left, word.left);
    for (const PdfWord& word : column_words) {
      ++words;
      arrow = arrow || word.text == "->";
      const double advance = 0.6 * word.font_size;  // JetBrains Mono: 600 units to the em
      const double columns = (word.left - left) / advance;
      EXPECT_NEAR(columns, std::round(columns), 0.05) << "'" << word.text << "' stands between columns";
    }
  }
  EXPECT_GT(words, 10u);
  EXPECT_TRUE(arrow) << "'->' is not two characters in the PDF";
  EXPECT_TRUE(check_column_safety(edition->pdf_text, *edition->print_layout).empty());
}

INSTANTIATE_TEST_SUITE_P(BothLayouts, LayoutCheckTest, ::testing::Values("magazine-a4", "pocket-a5"),
                         [](const auto& info) { return info.param == "magazine-a4" ? "MagazineA4" : "PocketA5"; });

}  // namespace
}  // namespace persklaar::testing
