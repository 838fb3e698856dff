// A footnote longer than the room its column has left, read back from the PDF with Poppler: it
// starts under the text that refers to it and goes on at the foot of the next columns; every word
// of it is printed once, inside the type area, on no other word; the text around it loses nothing.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "tests/layout_check/layout_report.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar::testing {
namespace {

constexpr int kNoteWords = 400;  // more than a column of either layout holds

std::string manuscript() {
  const std::string sentence =
      "De deelnemers spraken over de wijk, over wat zij nodig hebben en over wat zij elkaar kunnen bieden. ";
  std::string text =
      "---\ntitle: Lange noot\nlanguage: nl\n---\n# Een hoofdstuk met een lange noot\n\n## Inleiding\n\n";
  for (int p = 0; p < 6; ++p) text += sentence + sentence + sentence + "\n\n";
  text += sentence + "Zie de lange noot[^lang]. " + sentence + "\n\n";
  for (int p = 0; p < 10; ++p) text += sentence + sentence + sentence + "\n\n";
  text += sentence + "En een korte noot erna[^kort].\n\n";
  for (int p = 0; p < 4; ++p) text += sentence + sentence + sentence + "\n\n";
  text += "# Het volgende hoofdstuk\n\nDit hoofdstuk begint op een eigen pagina.\n\n";
  text += "[^lang]: Begin van de lange noot.";
  for (int k = 1; k <= kNoteWords; ++k) text += " Notewoord" + std::to_string(k);
  text += " Einde van de lange noot.\n\n[^kort]: Een korte noot.\n";
  return text;
}

class LongNotes : public ::testing::TestWithParam<std::string> {};

TEST_P(LongNotes, ALongNoteGoesOnInTheNextColumnsWithNothingLostOrOverprinted) {
  TemporaryFolder folder;
  const auto file = folder.write("lang.md", manuscript());
  const LayoutCheck check = check_layout(file, source_dir() / "layouts" / (GetParam() + ".xml"), folder.path());
  EXPECT_TRUE(check.violations.empty()) << check.summary();
  EXPECT_TRUE(check.words.lost.empty()) << check.summary();
  EXPECT_GT(check.words.words, static_cast<std::size_t>(kNoteWords));

  // Every word of the note once, and where: page and column (by the word's left edge).
  const PdfText pdf = read_pdf_text(folder.path() / ("lang-" + GetParam() + ".pdf"));
  std::map<int, int> seen;
  std::set<std::pair<std::size_t, int>> columns;  // (page, column) holding note words
  std::size_t marker_page = 0, first_word_page = 0, last_word_page = 0, next_chapter_page = 0;
  for (std::size_t p = 0; p < pdf.pages.size(); ++p) {
    for (const PdfWord& word : pdf.pages[p].words) {
      if (word.text.rfind("noot\u00B9", 0) == 0) marker_page = p;
      if (word.text == "eigen") next_chapter_page = p;
      if (word.text.rfind("Notewoord", 0) != 0) continue;
      const int number = std::stoi(word.text.substr(9));
      ++seen[number];
      if (number == 1) first_word_page = p;
      if (number == kNoteWords) last_word_page = p;
      columns.insert({p, static_cast<int>(word.left / (pdf.pages[p].width / 4))});
    }
  }
  for (int k = 1; k <= kNoteWords; ++k) EXPECT_EQ(seen[k], 1) << "Notewoord" << k;
  EXPECT_EQ(first_word_page, marker_page) << "the note begins on its marker's page";
  EXPECT_GT(last_word_page, first_word_page) << "the note does not go on after its first column";
  EXPECT_GE(columns.size(), 2u);
  EXPECT_LT(last_word_page, next_chapter_page) << "the rest of the note stays in its chapter";
}

INSTANTIATE_TEST_SUITE_P(BothLayouts, LongNotes, ::testing::Values("magazine-a4", "pocket-a5"),
                         [](const auto& info) { return layout_test_name(info.param); });

}  // namespace
}  // namespace persklaar::testing
