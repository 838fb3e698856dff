// An editor's everyday mistakes, each of which once gave a wrong magazine without a word: now each
// is a message naming the file and line and what to do, and an error leaves nothing written.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/cli/cli_run.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using testing::CliRun;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::persklaar;

class EditorMistake : public ::testing::Test {
 protected:
  EditorMistake() {
    folder_.write("blad/manuscript.yaml",
                  "title: Blad\npublisher: De Redactie\ndate: 2027-11\nchapters:\n  - 01-een.md\n  - 02-twee.md\n");
    folder_.write("blad/01-een.md", "# Een\n\n## Inleiding\n\nDe eerste tekst.\n");
    folder_.write("blad/02-twee.md", "# Twee\n\n## Inleiding\n\nDe tweede tekst.\n");
  }
  void write(const std::string& name, const std::string& text) const { folder_.write("blad/" + name, text); }
  CliRun build(const std::vector<std::string>& extra = {"-t", "txt"}) const {
    std::vector<std::string> arguments{"build", "blad", "-o", "out"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    return persklaar(arguments, folder_);
  }
  bool nothing_written() const { return !std::filesystem::exists(folder_.path() / "out"); }
  std::string text_edition() const { return testing::read_file(folder_.path() / "out" / "blad.txt"); }
  testing::TemporaryFolder folder_;
};

TEST_F(EditorMistake, AChapterFileWithoutItsTitleIsAnError) {
  write("02-twee.md", "## Inleiding\n\nDe tweede tekst.\n");
  const CliRun run = build();
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("02-twee.md:1:1: error: '02-twee.md' has text before its first chapter title"));
  EXPECT_THAT(run.output, HasSubstr("hint: begin the file with the chapter's title: # Title"));
  EXPECT_TRUE(nothing_written());
}

TEST_F(EditorMistake, AFileTheManifestDoesNotNameOrNamesTwice) {
  write("03-drie.md", "# Drie\n\nVergeten.\n");
  write("manuscript.yaml", "title: Blad\nchapters:\n  - 01-een.md\n  - 02-twee.md\n  - 01-een.md\n");
  const CliRun run = build();
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("manuscript.yaml:1: warning: '03-drie.md' is in the manuscript folder but not in "
                                    "'chapters:', so it is left out"));
  EXPECT_THAT(run.output, HasSubstr("manuscript.yaml:5:5: warning: the manifest names '01-een.md' a second time "
                                    "(first on line 3), so it is printed twice"));
}

TEST_F(EditorMistake, AnUnknownClassOrAttributeOnAHeading) {
  write("01-een.md", "# Een {.bak}\n\n## Inleiding {kleur=rood}\n\nDe eerste tekst.\n");
  const CliRun run = build();
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("01-een.md:1:1: warning: unknown class '.bak' on a heading is ignored"));
  EXPECT_THAT(run.output, HasSubstr("hint: known classes: .front, .back, .introduction"));
  EXPECT_THAT(run.output, HasSubstr("01-een.md:3:1: warning: unknown attribute 'kleur=rood' on a heading"));
}

TEST_F(EditorMistake, AnImpossibleDateIsAnError) {
  write("manuscript.yaml", "title: Blad\ndate: 2027-11-31\nchapters:\n  - 01-een.md\n  - 02-twee.md\n");
  const CliRun run = build();
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.output, HasSubstr("manuscript.yaml:2:1: error: date '2027-11-31' does not exist: that month has 30 "
                                    "days"));
  EXPECT_TRUE(nothing_written());
}

TEST_F(EditorMistake, TestimonialsTypedTheWordWay) {
  write("02-twee.md",
        "# Twee\n\n## Ervaringen\n\n> Het was leerzaam.\n> – Erna de Vos – bewoner\n\n"
        "> Ik kom terug.\n>\n> - Jan Jansen - vrijwilliger\n\n> Zonder naam.\n");
  const CliRun run = build();
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(text_edition(), HasSubstr("Erna de Vos (bewoner) vertelt:"));
  EXPECT_THAT(text_edition(), HasSubstr("Jan Jansen (vrijwilliger) vertelt:"));
  EXPECT_THAT(run.output, HasSubstr("02-twee.md:12:1: warning: this quotation in an experiences section is not a "
                                    "testimonial"));
}

TEST_F(EditorMistake, AFontFamilyTheBundledFontsDoNotHave) {
  std::string layout = testing::read_file(testing::source_dir() / "layouts" / "magazine-a4.xml");
  const auto family = layout.find("family=\"Charis SIL\"");
  ASSERT_NE(family, std::string::npos);
  layout.replace(family, 19, "family=\"Arial\"");
  folder_.write("huis.xml", layout);
  const CliRun run = build({"--layout", "huis.xml"});
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("error: no bundled font has the family 'Arial'"));
  EXPECT_THAT(run.output, HasSubstr("families available: 'Charis SIL', 'Inter'"));
  EXPECT_TRUE(nothing_written());
}

TEST_F(EditorMistake, EveryPieceOfRawHtmlIsAWarning) {
  write("01-een.md", "# Een\n\nTekst met <b>vet</b>.\n\n<div>blok</div>\n");
  const CliRun run = build();
  EXPECT_THAT(run.output, HasSubstr("01-een.md:3:11: warning: raw HTML"));
  EXPECT_THAT(run.output, HasSubstr("01-een.md:3:17: warning: raw HTML"));
  EXPECT_THAT(run.output, HasSubstr("01-een.md:5:1: warning: raw HTML"));
}

TEST_F(EditorMistake, SoftHyphensAndZeroWidthSpacesLeaveTheTextEdition) {
  write("01-een.md", "# Een\n\nDe samen\xC2\xADwerking en de wijk\xE2\x80\x8Bteams.\n");
  const CliRun run = build();
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(text_edition(), HasSubstr("De samenwerking en de wijkteams."));
}

TEST_F(EditorMistake, TheManifestItselfNamesTheManuscript) {
  const CliRun run = persklaar({"build", "blad/manuscript.yaml", "-t", "txt", "-o", "out"}, folder_);
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(run.output, Not(HasSubstr("no plugin")));
  EXPECT_THAT(text_edition(), HasSubstr("De tweede tekst."));
}

}  // namespace
}  // namespace persklaar
