// GFM footnotes read by the Markdown plugin become notes of the chapter that refers to them; the
// core's notes pass numbers them per chapter and gives them anchors.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/model/dump.h"
#include "core/passes/notes.h"
#include "tests/support/pipeline.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

TEST(MarkdownNotes, AFootnoteBecomesANoteOfTheChapterThatRefersToIt) {
  Diagnostics diagnostics;
  const Publication p = testing::read_markdown(
      "# Een\n\nTekst[^a] en *nadruk[^b]*.\n\n# Twee\n\nWeer[^a].\n\n[^b]: Tweede.\n\n[^a]: Eerste *noot*.\n\n"
      "    Met een tweede alinea.\n",
      diagnostics);
  EXPECT_EQ(dump(p),
            "Metadata title=\"\" language=\"\"\n"
            "Chapter body 0 [\"Een\"]\n"
            "  Section generic []\n"
            "    Para [\"Tekst\" NoteRef 0 \"1\" \" en \" Emph[\"nadruk\" NoteRef 0 \"2\"] \".\"]\n"
            "  Note 0 \"1\"\n"
            "    Para [\"Eerste \" Emph[\"noot\"] \".\"]\n"
            "    Para [\"Met een tweede alinea.\"]\n"
            "  Note 0 \"2\"\n"
            "    Para [\"Tweede.\"]\n"
            "Chapter body 0 [\"Twee\"]\n"
            "  Section generic []\n"
            "    Para [\"Weer\" NoteRef 0 \"1\" \".\"]\n"
            "  Note 0 \"1\"\n"
            "    Para [\"Eerste \" Emph[\"noot\"] \".\"]\n"
            "    Para [\"Met een tweede alinea.\"]\n");
  EXPECT_THAT(diagnostics.all(), IsEmpty());
  const Note& first = p.chapters[0].notes[0];
  EXPECT_EQ(first.position.line, 11);
  EXPECT_EQ(p.chapters[0].sections[0].blocks[0].position.line, 3);
}

TEST(MarkdownNotes, NotesAreNumberedPerChapterInOrderOfFirstReferenceAndGetAnchors) {
  const Publication p = testing::load_markdown(
      "---\ntitle: T\nlanguage: nl\n---\n# Een\n\nA[^x] b[^y] c[^x].\n\n# Twee\n\nD[^y].\n\n[^x]: X.\n[^y]: Y.\n");
  const std::string model = dump(p);
  EXPECT_THAT(model, HasSubstr("Para [\"A\" NoteRef 1 \"een-note-1\" \" b\" NoteRef 2 \"een-note-2\" \" c\" "
                               "NoteRef 1 \"een-note-1\" \".\"]\n  Note 1 \"een-note-1\"\n"));
  EXPECT_THAT(model, HasSubstr("Para [\"D\" NoteRef 1 \"twee-note-1\" \".\"]\n  Note 1 \"twee-note-1\"\n"
                               "    Para [\"Y.\"]\n"));
}

TEST(MarkdownNotes, AReferenceWithoutDefinitionIsAWarningWithItsLine) {
  Diagnostics diagnostics;
  testing::read_markdown("# Een\n\nTekst.\n\nNog [^zz] hier.\n", diagnostics);
  ASSERT_EQ(diagnostics.all().size(), 1u);
  EXPECT_EQ(diagnostics.all()[0].where.line, 5);
  EXPECT_THAT(diagnostics.all()[0].message, HasSubstr("'[^zz]' looks like a footnote"));
}

TEST(NotesPass, DanglingReferencesAndUnreferencedNotesAreWarningsAndLeftOut) {
  Publication p;
  Chapter chapter;
  Section section;
  section.blocks.push_back(Block{
      Paragraph{{Inline{Text{"a"}, {}}, Inline{NoteReference{"gone", 0}, {}}, Inline{NoteReference{"kept", 0}, {}}}},
      {},
      {}});
  chapter.sections.push_back(section);
  chapter.notes.push_back(Note{"unused", 0, {}, {}});
  chapter.notes.push_back(Note{"kept", 0, {}, {}});
  p.chapters.push_back(chapter);
  Diagnostics diagnostics;
  p = number_notes(std::move(p), diagnostics);
  EXPECT_EQ(diagnostics.all().size(), 2u);
  EXPECT_EQ(dump(p.chapters[0].sections[0].blocks), "Para [\"a\" NoteRef 1 \"kept\"]\n");
  ASSERT_EQ(p.chapters[0].notes.size(), 1u);
  EXPECT_EQ(p.chapters[0].notes[0].number, 1);
}

TEST(NotesPass, NotesAfterSectionsListEachNoteOnceWhereFirstReferred) {
  const Publication p = testing::load_markdown(
      "---\ntitle: T\nlanguage: nl\n---\n# Een\n\n## Inleiding\n\nA[^x].\n\n## Verder\n\nB[^x] C[^y].\n\n"
      "[^x]: X.\n[^y]: Y.\n");
  const auto placed = notes_after_sections(p.chapters[0]);
  ASSERT_EQ(placed.size(), 2u);
  ASSERT_EQ(placed[0].size(), 1u);
  EXPECT_EQ(placed[0][0]->number, 1);
  ASSERT_EQ(placed[1].size(), 1u);
  EXPECT_EQ(placed[1][0]->number, 2);
}

}  // namespace
}  // namespace persklaar
