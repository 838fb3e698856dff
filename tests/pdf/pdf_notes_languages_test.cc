// Notes and languages in the screen PDF, read back: a note's marker and the note on the same page,
// the note a Note element, and /Lang en on the structure elements of an English chapter (qpdf).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <qpdf/QPDF.hh>
#include <set>

#include "tests/pdf/pdf_objects.h"
#include "tests/pdf/pdf_reader.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"

namespace persklaar {
namespace {

const char* kManuscript =
    "---\ntitle: Taal\nlanguage: nl\n---\n# Een\n\nDit is een Nederlandse alinea over de samenwerking in de "
    "wijk[^a].\n\n# Two {lang=en}\n\nThis is an English paragraph about collaboration in the neighbourhood[^b].\n\n"
    "## Experiences\n\n> It was a good evening.\n>\n> — Willem Beekhuizen - community worker\n\n"
    "[^a]: Een noot bij de wijk.\n\n[^b]: A note on the neighbourhood.\n";

class PdfNotesLanguages : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::render(testing::load_markdown(kManuscript), "pdf", folder_.path());
    file_ = folder_.path() / "edition.pdf";
  }
  testing::TemporaryFolder folder_;
  std::filesystem::path file_;
};

TEST_F(PdfNotesLanguages, TheEnglishChaptersElementsCarryLangEn) {
  const testing::PdfObjects objects = testing::read_pdf_objects(file_);
  const std::vector<testing::PdfElement>& elements = objects.elements;
  ASSERT_FALSE(elements.empty());
  std::multiset<std::string> english, other;
  for (const testing::PdfElement& e : elements) (e.language == "en" ? english : other).insert(e.type);
  EXPECT_EQ(english.count("H2"), 1u);  // Experiences
  EXPECT_EQ(english.count("BlockQuote"), 1u);
  EXPECT_EQ(english.count("Note"), 1u);  // note b, of the English chapter
  EXPECT_EQ(other.count("Note"), 1u);    // note a, Dutch like the document
  EXPECT_GE(english.count("P"), 2u);     // the paragraph and the quotation's
  EXPECT_GE(other.count("P"), 1u);
  EXPECT_EQ(objects.language, "nl");
}

TEST_F(PdfNotesLanguages, NotesAreNoteElementsWithTheirIds) {
  std::vector<std::string> ids;
  for (const testing::PdfElement& e : testing::read_pdf_objects(file_).elements) {
    if (e.type == "Note") ids.push_back(e.id);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"een-note-1", "two-note-1"}));
}

TEST_F(PdfNotesLanguages, EachMarkerAndItsNoteAreOnOnePage) {
  const testing::PdfText text = testing::read_pdf_text(file_);
  const auto page_with = [&](const std::string& wanted) {
    for (std::size_t p = 0; p < text.pages.size(); ++p) {
      for (const testing::PdfWord& word : text.pages[p].words) {
        if (word.text.find(wanted) != std::string::npos) return static_cast<int>(p);
      }
    }
    return -1;
  };
  const int marker_a = page_with("wijk\u00B9"), note_a = page_with("noot");
  const int marker_b = page_with("neighbourhood\u00B9"), note_b = page_with("note");
  ASSERT_GE(marker_a, 0);
  ASSERT_GE(marker_b, 0);
  EXPECT_EQ(marker_a, note_a);
  EXPECT_EQ(marker_b, note_b);
}

}  // namespace
}  // namespace persklaar
