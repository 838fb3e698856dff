// The Markdown plugin's conventions (docs/manuscript-format.md), checked on the model dump: the
// plugin module is loaded through the real host, without the core passes.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/model/dump.h"
#include "tests/support/pipeline.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

std::string read(const std::string& markdown) {
  Diagnostics diagnostics;
  return dump(testing::read_markdown(markdown, diagnostics));
}

TEST(MarkdownConventions, HeadingsMakeChaptersAndSectionsOfAKind) {
  EXPECT_EQ(read("# Thema\n\nOpening.\n\n## Inleiding\n\nA.\n\n## Bijeenkomst II\n\n### Sub\n\nB.\n\n"
                 "## Ervaringen\n\n## Terugblik {.meeting #terug}\n"),
            "Metadata title=\"\" language=\"\"\n"
            "Chapter body 0 [\"Thema\"]\n"
            "  Section generic []\n"
            "    Para [\"Opening.\"]\n"
            "  Section introduction [\"Inleiding\"]\n"
            "    Para [\"A.\"]\n"
            "  Section meeting-report [\"Bijeenkomst II\"]\n"
            "    Heading 3 [\"Sub\"]\n"
            "    Para [\"B.\"]\n"
            "  Section experiences [\"Ervaringen\"]\n"
            "  Section meeting-report [\"Terugblik\"] #terug .meeting\n");
}

TEST(MarkdownConventions, FrontAndBackMatterAndTextBeforeTheFirstChapter) {
  EXPECT_EQ(read("Losse tekst.\n\n# Voorwoord {.front}\n\n# Dankwoord {.back}\n"),
            "Metadata title=\"\" language=\"\"\n"
            "Chapter front 0 []\n"
            "  Section generic []\n"
            "    Para [\"Losse tekst.\"]\n"
            "Chapter front 0 [\"Voorwoord\"] .front\n"
            "Chapter back 0 [\"Dankwoord\"] .back\n");
}

TEST(MarkdownConventions, ABlockQuoteEndingInAnEmDashLineIsATestimonial) {
  const std::string model = read(
      "# T\n\n> “Ik vond het erg fijn.”\n>\n> — Feruze Sarıkaş - projectleider *Spoor 22*\n\n> Een gewoon citaat.\n");
  EXPECT_THAT(model, HasSubstr("Testimonial person=[\"Feruze Sarıkaş\"] role=[\"projectleider \" Emph[\"Spoor 22\"]]\n"
                               "      Para [\"“Ik vond het erg fijn.”\"]\n"));
  EXPECT_THAT(model, HasSubstr("BlockQuote\n      Para [\"Een gewoon citaat.\"]"));
}

TEST(MarkdownConventions, TheMetadataBlockIsReadAndLineNumbersStayThoseOfTheFile) {
  Diagnostics diagnostics;
  const Publication p =
      testing::read_markdown("---\ntitle: Kenniscafés\nlanguage: nl\n---\n\n# Eerste\n\nTekst.\n", diagnostics);
  EXPECT_EQ(p.metadata.title, "Kenniscafés");
  EXPECT_EQ(p.chapters[0].position.line, 6);
  EXPECT_EQ(p.chapters[0].sections[0].blocks[0].position.line, 8);
}

TEST(MarkdownConventions, AnImageAloneIsAFigureAndTablesAreRead) {
  const std::string model = read(
      "# T\n\n![Bezoekers aan tafel](foto.jpg \"Het kenniscafé\")\n\n| Kenniscafé | Datum |\n|---|--:|\n"
      "| Jeugdwet | 3 april 2017 |\n");
  EXPECT_THAT(model, HasSubstr("Figure \"foto.jpg\" alt=[\"Bezoekers aan tafel\"] caption=[\"Het kenniscafé\"]"));
  EXPECT_THAT(model, HasSubstr("Table columns=2\n      Header [\"Kenniscafé\"] [\"Datum\"]\n"
                               "      Row [\"Jeugdwet\"] [\"3 april 2017\"]"));
}

TEST(MarkdownConventions, RawHtmlIsKeptInTheModelWithAWarningForEachPiece) {
  Diagnostics diagnostics;
  const Publication p = testing::read_markdown("# T\n\n<div>x</div>\n\nEen <b>vet</b> woord.\n", diagnostics);
  EXPECT_THAT(dump(p), HasSubstr("RawBlock html \"<div>x</div>\\n\""));
  EXPECT_THAT(dump(p), HasSubstr("Raw html \"<b>\""));
  ASSERT_EQ(diagnostics.all().size(), 3u);  // the block, and the two tags in the paragraph
  for (const Diagnostic& warning : diagnostics.all()) EXPECT_THAT(warning.message, HasSubstr("raw HTML"));
  EXPECT_EQ(diagnostics.all()[0].where.line, 3);
  EXPECT_EQ(diagnostics.all()[1].where.line, 5);
  EXPECT_EQ(diagnostics.all()[2].where.column, 11);
}

TEST(MarkdownConventions, AnUnclosedMetadataBlockIsAnError) {
  Diagnostics diagnostics;
  try {
    testing::read_markdown("---\ntitle: T\n\n# Hoofdstuk\n", diagnostics);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_THAT(error.diagnostic().message, HasSubstr("never closed"));
    EXPECT_EQ(error.diagnostic().where.line, 1);
  }
}

TEST(MarkdownConventions, ABrokenMetadataBlockNamesItsLine) {
  Diagnostics diagnostics;
  try {
    testing::read_markdown("---\ntitle: T\nsubtitle: [open\n---\n# H\n", diagnostics);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_THAT(error.diagnostic().message, HasSubstr("broken YAML"));
    EXPECT_GE(error.diagnostic().where.line, 3);
    EXPECT_LE(error.diagnostic().where.line, 4);
  }
}

TEST(MarkdownConventions, ABraceGroupThatIsNotAttributeSyntaxStaysText) {
  EXPECT_THAT(read("# Over {sets}\n"), HasSubstr("Chapter body 0 [\"Over {sets}\"]"));
}

}  // namespace
}  // namespace persklaar
