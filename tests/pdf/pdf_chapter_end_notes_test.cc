// A layout with <notes place="chapter-end"/>, read back from the screen PDF: each chapter's notes
// follow its last section under a heading in the chapter's language, none stands at a column's
// foot, each is a Note element with its id, and its marker links to it.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/pipeline/build_editions.h"
#include "tests/pdf/pdf_objects.h"
#include "tests/pdf/pdf_reader.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

std::string manuscript() {
  const std::string dutch = "De deelnemers spraken over de wijk en over wat zij elkaar kunnen bieden. ";
  const std::string english = "The participants talked about the neighbourhood and what they can offer. ";
  std::string text = "---\ntitle: Talen\nlanguage: nl\n---\n# Een\n\n";
  text += "Eerstestart. " + dutch + "Zie de noot[^a].\n\n";
  for (int k = 0; k < 30; ++k) text += dutch + dutch + dutch + "\n\n";
  text += "Laatste alinea van een.\n\n# Two {lang=en}\n\nSecondstart. " + english + "See the note[^b].\n\n";
  for (int k = 0; k < 12; ++k) text += english + english + english + "\n\n";
  text += "Last paragraph of two.\n\n[^a]: Dutchnote onder de wijk.\n\n[^b]: Englishnote on the neighbourhood.\n";
  return text;
}

// The bundled layout with its notes at the chapters' ends.
std::string chapter_end_layout(const std::string& name) {
  std::ifstream in(testing::source_dir() / "layouts" / (name + ".xml"));
  std::stringstream text;
  text << in.rdbuf();
  std::string layout = text.str();
  const std::size_t old = layout.find("<notes place=\"column-foot\"/>");
  if (old != std::string::npos) layout.erase(old, std::string("<notes place=\"column-foot\"/>").size());
  layout.insert(layout.rfind("</layout>"), "  <notes place=\"chapter-end\"/>\n");
  return layout;
}

// Where a word is printed, ordered as it is read: by page, column, then top to bottom.
struct Place {
  int page = -1, column = 0;
  double top = 0;
  bool operator<(const Place& other) const {
    if (page != other.page) return page < other.page;
    return column != other.column ? column < other.column : top < other.top;
  }
};

class PdfChapterEndNotes : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    Diagnostics diagnostics;
    const auto layout = folder_.write("end.xml", chapter_end_layout(GetParam()));
    EditionRequest request{{"pdf"}, folder_.path(), "edition", layout, {}, nullptr};
    const auto results =
        build_editions(testing::load_markdown(manuscript()), request, testing::built_plugins(), diagnostics);
    ASSERT_EQ(results.size(), 1u);
    ASSERT_TRUE(results.front().error.empty()) << results.front().error;
    file_ = results.front().files.front();
    text_ = testing::read_pdf_text(file_);
  }
  // Where `wanted` is printed first (a word starting with it), in reading order within a page.
  Place place_of(const std::string& wanted) const {
    for (std::size_t p = 0; p < text_.pages.size(); ++p) {
      for (const testing::PdfWord& word : text_.pages[p].words) {
        if (word.text.rfind(wanted, 0) != 0) continue;
        const int columns = GetParam() == "magazine-a4" ? 2 : 1;
        return {static_cast<int>(p), static_cast<int>(word.left / (text_.pages[p].width / columns)), word.top};
      }
    }
    return {};
  }
  testing::TemporaryFolder folder_;
  std::filesystem::path file_;
  testing::PdfText text_;
};

TEST_P(PdfChapterEndNotes, EachChaptersNotesFollowItsLastSectionUnderAHeadingInItsLanguage) {
  const Place last_one = place_of("een."), noten = place_of("Noten"), dutch_note = place_of("Dutchnote");
  const Place two = place_of("Secondstart"), last_two = place_of("two."), notes = place_of("Notes"),
              english_note = place_of("Englishnote");
  for (const Place& place : {last_one, noten, dutch_note, two, last_two, notes, english_note}) ASSERT_GE(place.page, 0);
  EXPECT_LT(place_of("Eerstestart"), last_one);
  EXPECT_LT(last_one, noten);
  EXPECT_LT(noten, dutch_note);
  EXPECT_LT(dutch_note.page, two.page) << "chapter two begins after chapter one's notes";
  EXPECT_LT(last_two, notes);
  EXPECT_LT(notes, english_note);
  EXPECT_GT(dutch_note.page, place_of("noot\u00B9").page) << "the note is not at the foot of its marker's column";
}

TEST_P(PdfChapterEndNotes, NotesAreNoteElementsWithTheirIdsAndTheirMarkersLinkToThem) {
  const testing::PdfObjects objects = testing::read_pdf_objects(file_);
  std::vector<std::string> ids;
  for (const testing::PdfElement& e : objects.elements) {
    if (e.type == "Note") ids.push_back(e.id);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"een-note-1", "two-note-1"}));
  int to_notes = 0;
  for (const testing::PdfLink& link : objects.links) {
    if (link.destination == "een-note-1") {
      ++to_notes;
      EXPECT_EQ(link.target_page, place_of("Dutchnote").page);
    } else if (link.destination == "two-note-1") {
      ++to_notes;
      EXPECT_EQ(link.target_page, place_of("Englishnote").page);
    }
  }
  EXPECT_EQ(to_notes, 2);
}

INSTANTIATE_TEST_SUITE_P(BothLayouts, PdfChapterEndNotes, ::testing::Values("magazine-a4", "pocket-a5"),
                         [](const auto& info) { return testing::layout_test_name(info.param); });

}  // namespace
}  // namespace persklaar
