// Footnotes in the print layout, checked on the page frames: each note at the foot of the column
// whose line refers to it, on the baseline grid, below all of that column's text; a note referred to
// twice is set once; a note longer than a column goes on at the foot of the next, on the grid too.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include "core/layout/flow.h"
#include "core/layout/magazine.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

// A chapter long enough for several pages, with a note every few paragraphs.
std::string manuscript_with_notes(int notes) {
  std::string text = "---\ntitle: Noten\nlanguage: nl\n---\n# Hoofdstuk met noten\n\n## Inleiding\n\n";
  const std::string sentence =
      "De deelnemers spraken over de wijk, over wat zij nodig hebben en over wat zij elkaar kunnen bieden. ";
  for (int k = 1; k <= notes; ++k) {
    for (int p = 0; p < 3; ++p) text += sentence + sentence + sentence + "\n\n";
    text += sentence + "Zie de noot[^n" + std::to_string(k) + "]. " + sentence + "\n\n";
  }
  text += "Nogmaals de eerste[^n1].\n\n";
  for (int k = 1; k <= notes; ++k) {
    // The last note is longer than a column: it goes on at the foot of the next ones.
    std::string long_note;
    for (int s = 0; k == notes && s < 40; ++s) long_note += sentence;
    text += "[^n" + std::to_string(k) + "]: Noot " + std::to_string(k) + ". " +
            (k == notes   ? long_note
             : k % 3 == 0 ? sentence + sentence
                          : std::string("Een korte noot.")) +
            "\n\n";
  }
  return text;
}

struct Located {
  const Page* page = nullptr;
  const LineItem* line = nullptr;
};

class NotesLayout : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    publication_ = testing::load_markdown(manuscript_with_notes(12));
    spec_ = load_layout(testing::source_dir() / "layouts" / (GetParam() + ".xml"));
    laid_out_ = lay_out_publication(publication_, spec_, diagnostics_);
  }
  int column_of(const Page& page, const LineItem& line) const {
    const double left = type_area_left(spec_.page, page.number);
    return static_cast<int>((line.x - left + 1) / (spec_.page.column_width() + spec_.page.gutter));
  }

  Publication publication_;
  LayoutSpec spec_;
  Diagnostics diagnostics_;
  LaidOutPublication laid_out_;
};

TEST_P(NotesLayout, EachNoteStandsAtTheFootOfTheColumnThatRefersToIt) {
  const Chapter& chapter = publication_.chapters.front();
  ASSERT_EQ(chapter.notes.size(), 12u);
  for (const Note& note : chapter.notes) {
    Located reference, first_note_line;
    int note_starts = 0;
    for (const Page& page : laid_out_.pages) {
      for (const LineItem& line : page.lines) {
        for (const LinkArea& link : line.links) {
          if (link.target == "#" + note.id && !reference.line) reference = {&page, &line};
        }
        if (line.role == LineRole::note && line.text.rfind(std::to_string(note.number) + "\u2002", 0) == 0) {
          ++note_starts;
          first_note_line = {&page, &line};
        }
      }
    }
    ASSERT_TRUE(reference.line) << note.id;
    ASSERT_EQ(note_starts, 1) << note.id << ": set once";
    EXPECT_EQ(reference.page, first_note_line.page) << note.id;
    EXPECT_EQ(column_of(*reference.page, *reference.line), column_of(*first_note_line.page, *first_note_line.line))
        << note.id;
  }
}

TEST_P(NotesLayout, NotesSitOnTheGridBelowTheirColumnsText) {
  int note_lines = 0;
  for (const Page& page : laid_out_.pages) {
    for (const LineItem& line : page.lines) {
      if (line.role != LineRole::note) continue;
      ++note_lines;
      const double grid = (line.baseline - spec_.page.margin_top) / spec_.page.baseline;
      EXPECT_NEAR(grid, std::round(grid), 1e-6) << "page " << page.number << ": " << line.text;
      EXPECT_LE(line.baseline, spec_.page.height - spec_.page.margin_bottom + 0.01) << line.text;
      EXPECT_GE(line.baseline - line.ascent, spec_.page.margin_top - 0.01) << line.text;
      for (const LineItem& text : page.lines) {
        if (text.role == LineRole::note || text.block < 0 || column_of(page, text) != column_of(page, line)) continue;
        EXPECT_LT(text.baseline, line.baseline - spec_.page.baseline + 0.01)
            << "page " << page.number << ": '" << text.text << "' is not above the notes";
      }
    }
  }
  EXPECT_GT(note_lines, 12);
}

TEST_P(NotesLayout, ALongNoteGoesOnAtTheFootOfTheNextColumns) {
  const Note& note = publication_.chapters.front().notes.back();
  std::vector<std::pair<int, int>> columns;  // (page, column) of each piece, in order
  std::size_t lines = 0;
  for (const Page& page : laid_out_.pages) {
    for (const LineItem& line : page.lines) {
      if (line.role != LineRole::note || laid_out_.structure[static_cast<std::size_t>(line.block)].id != note.id)
        continue;
      ++lines;
      const std::pair<int, int> here{page.number, column_of(page, line)};
      if (columns.empty() || columns.back() != here) columns.push_back(here);
    }
  }
  EXPECT_GT(lines, static_cast<std::size_t>(40));
  ASSERT_GE(columns.size(), 2u) << "the long note was not split";
  for (std::size_t k = 1; k < columns.size(); ++k) EXPECT_LT(columns[k - 1], columns[k]) << "pieces out of order";
}

TEST_P(NotesLayout, NotesAreNoteElementsOfTheStructure) {
  for (const Page& page : laid_out_.pages) {
    for (const LineItem& line : page.lines) {
      if (line.role != LineRole::note) continue;
      ASSERT_GE(line.block, 0);
      EXPECT_EQ(laid_out_.structure[static_cast<std::size_t>(line.block)].tag, "Note");
    }
  }
}

// A layout whose note lines are taller than its columns (a caption leading of 600 pt) cannot hold
// a note anywhere: each column still takes a line of it, so page building ends, every line placed.
TEST(NotesLayoutLimits, NoteLinesTallerThanAColumnStillMoveOn) {
  std::ifstream in(testing::source_dir() / "layouts" / "pocket-a5.xml");
  std::stringstream text;
  text << in.rdbuf();
  std::string layout = text.str();
  const std::string caption = "name=\"caption\"        family=\"Inter\" size=\"7pt\" leading=\"9pt\"";
  ASSERT_NE(layout.find(caption), std::string::npos);
  layout.replace(layout.find(caption), caption.size(),
                 "name=\"caption\"        family=\"Inter\" size=\"7pt\" leading=\"600pt\"");
  testing::TemporaryFolder folder;
  const LayoutSpec spec = load_layout(folder.write("tall.xml", layout));
  const Publication publication = testing::load_markdown(manuscript_with_notes(4));
  Diagnostics diagnostics;
  const LaidOutPublication laid_out = lay_out_publication(publication, spec, diagnostics);
  // Each note's first line once: the notes were all placed.
  for (const Note& note : publication.chapters.front().notes) {
    int starts = 0;
    for (const Page& page : laid_out.pages) {
      for (const LineItem& line : page.lines) {
        if (line.role == LineRole::note && line.text.rfind(std::to_string(note.number) + "\u2002", 0) == 0) ++starts;
      }
    }
    EXPECT_EQ(starts, 1) << note.id;
  }
}

INSTANTIATE_TEST_SUITE_P(BothLayouts, NotesLayout, ::testing::Values("magazine-a4", "pocket-a5"),
                         [](const auto& info) { return testing::layout_test_name(info.param); });

}  // namespace
}  // namespace persklaar
