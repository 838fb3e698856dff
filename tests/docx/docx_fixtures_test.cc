// The Word reader on documents a word processor made (scripts/make-word-fixtures.sh): the same
// manuscript in each Word flavour reads into the same model as its Markdown source, the Word sample
// gives the Markdown sample's text edition, and what only Word documents hold (tracked changes,
// comments, hidden text, pictures, fields) is read as the manuscript format says.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/input/resource_access.h"
#include "core/model/dump.h"
#include "core/model/plain_text.h"
#include "tests/support/cli_run.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::filesystem::path kFixtures = testing::source_dir() / "tests" / "docx" / "fixtures";

// The model of a one-file manuscript, without its metadata (a Markdown fixture has it from outside).
std::string chapters_dump(const std::filesystem::path& file, const std::string& title) {
  testing::TemporaryFolder folder;
  folder.write("manuscript.yaml", "title: " + title + "\nchapters:\n  - \"" + file.string() + "\"\n");
  allow_folder_outside(file.parent_path());  // the manifest names the fixture where it is
  Publication publication = testing::load(folder.path());
  publication.metadata = {};
  return dump(publication);
}

class WordFlavour : public ::testing::TestWithParam<std::string> {};

TEST_P(WordFlavour, ReadsIntoTheModelOfTheMarkdownSource) {
  const std::string expected = chapters_dump(kFixtures / "features.md", "Functies");
  EXPECT_THAT(expected, HasSubstr("Testimonial"));  // the fixture exercises the conventions
  EXPECT_EQ(chapters_dump(kFixtures / GetParam(), "Functies"), expected);
}

// .docx, Flat OPC, Word 2003 XML, and Dutch Word's style ids (Kop1, Kop2, Citaat).
INSTANTIATE_TEST_SUITE_P(Fixtures, WordFlavour,
                         ::testing::Values("features.docx", "features-flat.xml", "features-2003.xml",
                                           "features-nl.docx"),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

TEST(WordFlavour, DocumentPropertiesGiveTheMetadata) {
  const Publication publication = testing::load(kFixtures / "features.docx");
  EXPECT_EQ(publication.metadata.title, "Functies");
  EXPECT_EQ(publication.metadata.language, "nl");
  EXPECT_EQ(publication.metadata.date, "2019-12");
}

TEST(WordFlavour, AManuscriptMixesMarkdownAndWordChapters) {
  testing::TemporaryFolder folder;
  // Chapter files must lie inside the manuscript's folder.
  for (const char* name : {"features.md", "revisions.docx"}) {
    std::filesystem::copy_file(kFixtures / name, folder.path() / name);
  }
  folder.write("manuscript.yaml", "title: Gemengd\nchapters:\n  - features.md\n  - revisions.docx\n");
  Diagnostics diagnostics;
  const Publication publication = testing::load(folder.path(), diagnostics);
  ASSERT_EQ(publication.chapters.size(), 4u);
  EXPECT_EQ(plain_text(publication.chapters[1].title), "Het eerste hoofdstuk");
  EXPECT_EQ(plain_text(publication.chapters[3].title), "Revisies en opmerkingen");
  EXPECT_EQ(publication.chapters[3].number, 2);
  EXPECT_EQ(publication.metadata.title, "Gemengd");
}

TEST(WordSample, TextEditionEqualsTheMarkdownSamples) {
  const auto word_sample = testing::source_dir() / "samples" / "kenniscafes-word";
  testing::TemporaryFolder out;
  Diagnostics diagnostics;
  const std::string word = testing::render(testing::load(word_sample, diagnostics), "txt", out.path() / "word");
  const std::string markdown = testing::render(testing::load(testing::sample_manuscript()), "txt", out.path() / "md");
  EXPECT_GT(word.size(), 50000u);
  // No intended differences: the Word document carries the same text, structure and metadata.
  EXPECT_EQ(word, markdown);
  EXPECT_EQ(diagnostics.warning_count(), 0u) << diagnostics.all().front().to_string();
}

TEST(WordSample, BuildsEveryEdition) {
  testing::TemporaryFolder folder;
  const auto out = folder.path() / "out";
  const auto run =
      testing::run_cli({"build", (testing::source_dir() / "samples" / "kenniscafes-word").string(), "-o", out.string()},
                       folder, std::chrono::seconds(300));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  for (const char* edition : {"kenniscafes-word.pdf", "kenniscafes-word.epub", "kenniscafes-word.txt"}) {
    EXPECT_GT(std::filesystem::file_size(out / edition), 10000u) << edition;
  }
}

class Revisions : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { publication_ = new Publication(testing::load(kFixtures / "revisions.docx")); }
  static void TearDownTestSuite() { delete publication_; }
  static std::string model() { return dump(*publication_); }
  static Publication* publication_;
};
Publication* Revisions::publication_ = nullptr;

TEST_F(Revisions, TrackedChangesAreAccepted) {
  EXPECT_THAT(model(), HasSubstr("\"Tekst met ingevoegde woorden en daarna meer.\""));
  EXPECT_THAT(model(), Not(HasSubstr("geschrapte")));
}

TEST_F(Revisions, CommentsAndHiddenTextAreLeftOut) {
  EXPECT_THAT(model(), HasSubstr("\"Een opmerking en blijven weg.\""));
  EXPECT_THAT(model(), Not(HasSubstr("Niet afdrukken")));
  EXPECT_THAT(model(), Not(HasSubstr("verborgen")));
}

TEST_F(Revisions, UnderlineIsEmphasisSuperscriptAndSubscriptAreRaisedAndLowered) {
  EXPECT_THAT(model(),
              HasSubstr("\"Oppervlak in m\" Sup[\"2\"] \", water is H\" Sub[\"2\"] \"O, \" Emph[\"onderstreept\"]"));
  EXPECT_THAT(model(), HasSubstr("Strong[Emph[\"vet en schuin\"]]"));
  EXPECT_THAT(model(), HasSubstr("ont\xC2\xADmoeting"));  // the soft hyphen, for the print layout
}

TEST_F(Revisions, PicturesAreFiguresWithTheirDescription) {
  EXPECT_THAT(model(), HasSubstr("alt=[\"Een rode stip op een wit vlak\"]"));
  const Section& section = publication_->chapters.front().sections.front();
  bool found = false;
  for (const Block& block : section.blocks) {
    if (const auto* figure = std::get_if<Figure>(&block.value)) {
      found = true;
      EXPECT_TRUE(std::filesystem::exists(figure->source)) << figure->source;
      EXPECT_EQ(std::filesystem::path(figure->source).extension(), ".png");
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(Revisions, BookmarksAreAnchorsOfInternalLinksAndFieldsShowTheirResult) {
  EXPECT_EQ(publication_->chapters.front().attributes.id, "begin");
  EXPECT_THAT(model(), HasSubstr("Link \"#begin\"[\"het begin\"]"));
  EXPECT_THAT(model(), HasSubstr("Link \"https://example.org/\"[\"een website\"]"));
  EXPECT_THAT(model(), HasSubstr("\"Dit stuk heet Revisies en telt 2 pagina.\""));
}

TEST_F(Revisions, FootnotesAndEndnotesAreTheChaptersNotes) {
  const Chapter& chapter = publication_->chapters.front();
  ASSERT_EQ(chapter.notes.size(), 2u);
  EXPECT_EQ(chapter.notes[0].number, 1);
  EXPECT_THAT(dump(chapter.notes[0].content), HasSubstr("\"De tekst van de voetnoot.\""));
  EXPECT_THAT(dump(chapter.notes[1].content), HasSubstr("\"De tekst van de eindnoot.\""));
  EXPECT_THAT(model(), HasSubstr("\"Een zin met een voetnoot\" NoteRef"));
}

// Word 2003 keeps notes inside the text and pictures as base64 in it; comments are annotations.
TEST(Revisions2003, NotesPicturesAndCommentsAsWord2003WritesThem) {
  const Publication publication = testing::load(kFixtures / "revisions-2003.xml");
  const std::string model = dump(publication);
  ASSERT_EQ(publication.chapters.size(), 1u);
  ASSERT_EQ(publication.chapters.front().notes.size(), 2u);
  EXPECT_THAT(dump(publication.chapters.front().notes[1].content), HasSubstr("\"De tekst van de eindnoot.\""));
  EXPECT_THAT(model, HasSubstr("\"Een opmerking en "));
  EXPECT_THAT(model, Not(HasSubstr("Niet afdrukken")));
  bool found = false;
  for (const Block& block : publication.chapters.front().sections.front().blocks) {
    if (const auto* figure = std::get_if<Figure>(&block.value)) {
      found = true;
      EXPECT_EQ(std::filesystem::path(figure->source).extension(), ".png");
      EXPECT_EQ(testing::read_file(figure->source).rfind("\x89PNG", 0), 0u);
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace persklaar
