// The parts of the braille edition on small inputs: the table chosen per language, words split only
// at liblouis's hyphenation points, the layouts' <braille> page, and the edition's furniture.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "core/layout/layout_spec.h"
#include "core/resources/resource_paths.h"
#include "plugins/braille/braille_edition.h"
#include "plugins/braille/braille_formats.h"
#include "plugins/braille/braille_lines.h"
#include "plugins/braille/braille_tables.h"
#include "plugins/braille/braille_text.h"
#include "plugins/braille/liblouis_quiet_log.h"
#include "tests/braille/brf_reader.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::string kDutch = *braille::table_list_for("nl");

std::string brf_of(const std::string& markdown, Diagnostics& diagnostics, BraillePage geometry = {}) {
  const Publication publication = testing::load_markdown(markdown);
  return braille::brf_document(braille::make_braille_edition(publication, geometry, diagnostics));
}

// The contents' length is guessed first and checked: a wrong guess costs a round, never the pages.
// The sample's contents take more than one page, so the default guess of one is wrong too.
TEST(BrailleEdition, AnyFirstGuessOfTheContentsLengthGivesTheSamePages) {
  const Publication publication = testing::load(testing::sample_manuscript());
  Diagnostics diagnostics;
  const braille::BrailleEdition from_one = braille::make_braille_edition(publication, {}, diagnostics);
  ASSERT_GT(from_one.contents_pages, 1);
  for (int guess : {from_one.contents_pages, from_one.contents_pages + 2, 7}) {
    const braille::BrailleEdition guessed = braille::make_braille_edition(publication, {}, diagnostics, {guess});
    EXPECT_EQ(guessed.contents_pages, from_one.contents_pages) << "guess " << guess;
    EXPECT_TRUE(braille::brf_document(guessed) == braille::brf_document(from_one)) << "guess " << guess;
  }
  // One round only (what a preparation makes) from the right guess is already the final edition.
  const braille::BrailleEdition one_round =
      braille::make_braille_edition(publication, {}, diagnostics, {from_one.contents_pages, false});
  EXPECT_TRUE(braille::brf_document(one_round) == braille::brf_document(from_one));
}

// liblouis's dumps of each translation's buffers for its debug log reach Persklaar's definition
// (liblouis_quiet_log.cc; the linker exports it from this program, as it is also liblouis's) and
// are skipped unformatted. The text is one no other test translates, so it is not taken from the cache.
TEST(BrailleText, LiblouisDebugLogDumpsAreSkipped) {
  const long before = braille::liblouis_log_buffers_skipped();
  const braille::BrailleText text = braille::translate("Stil gedumpt? Nee: overgeslagen, 1 keer.", kDutch);
  EXPECT_FALSE(text.cells.empty());
  EXPECT_GE(braille::liblouis_log_buffers_skipped() - before, 2);  // the input and the output
}

TEST(BrailleTables, LanguageTagsChooseLiblouisTables) {
  EXPECT_EQ(braille::table_list_for("nl"), "nl-NL-g0.utb,hyph_nl_NL.dic");
  EXPECT_EQ(braille::table_list_for("nl-BE"), "nl-NL-g0.utb,hyph_nl_NL.dic");
  EXPECT_THAT(*braille::table_list_for("en-GB"), HasSubstr("en-ueb-g2.ctb"));
  EXPECT_FALSE(braille::table_list_for("fr"));
  EXPECT_TRUE(braille::table_available(*braille::table_list_for("nl")));
  EXPECT_TRUE(braille::table_available(*braille::table_list_for("en")));
}

TEST(BrailleEdition, AnEnglishChapterIsTranslatedWithTheEnglishTable) {
  Diagnostics diagnostics;
  const std::string brf = brf_of(
      "---\ntitle: Kennis\nlanguage: nl\n---\n\n"
      "# Kennis delen\n\nWij delen kennis met de mensen.\n\n"
      "# Sharing knowledge {lang=en}\n\nWe share the knowledge with people.\n",
      diagnostics);
  // Unified English Braille grade 2 writes "knowledge" as the single letter k and "the" as one
  // cell (dots 2346, "!" in braille ASCII); Dutch braille spells every letter.
  EXPECT_THAT(brf, HasSubstr(" K "));
  EXPECT_THAT(brf, HasSubstr(" ! K "));
  EXPECT_THAT(brf, Not(HasSubstr("KNOWLEDGE")));  // nor in the contents
  EXPECT_THAT(brf, HasSubstr("KENNIS"));
  EXPECT_TRUE(diagnostics.all().empty());
}

TEST(BrailleEdition, ALanguageWithoutATableIsWarnedAbout) {
  Diagnostics diagnostics;
  const std::string brf =
      brf_of("---\ntitle: T\nlanguage: nl\n---\n\n# Chapitre {lang=fr}\n\nBonjour tout le monde.\n", diagnostics);
  ASSERT_EQ(diagnostics.all().size(), 1u);
  EXPECT_THAT(diagnostics.all().front().message, HasSubstr("no braille table for language 'fr'"));
  EXPECT_THAT(brf, HasSubstr("BONJOUR"));
}

TEST(BrailleLines, WordsSplitOnlyAtHyphenationPointsWithTheBrailleHyphen) {
  const braille::BrailleText text = braille::translate(
      "arbeidsparticipatie huisuitzettingen intergenerationele samenwerkingsverbanden "
      "ervaringsdeskundigheid wijkteams",
      kDutch);
  for (int width : {12, 15, 20, 27}) {
    const auto lines = braille::break_lines(text, {width, 0, 0});
    std::u32string rejoined;
    std::vector<std::size_t> splits;  // positions in the text where a line ended inside a word
    for (const auto& line : lines) {
      EXPECT_LE(line.size(), static_cast<std::size_t>(width));
      std::u32string cells = line;
      if (!rejoined.empty() && rejoined.back() != braille::kBlankCell) {
        splits.push_back(rejoined.size());
      }
      if (!cells.empty() && cells.back() == braille::kHyphenCell) {
        cells.pop_back();
        rejoined += cells;
      } else {
        rejoined += cells + braille::kBlankCell;
      }
    }
    while (!rejoined.empty() && rejoined.back() == braille::kBlankCell) rejoined.pop_back();
    EXPECT_EQ(rejoined, text.cells) << "width " << width;
    EXPECT_FALSE(splits.empty()) << "width " << width;
    for (std::size_t at : splits) {
      EXPECT_EQ(text.breaks[at], braille::WordBreak::hyphenate) << "split at cell " << at << ", width " << width;
    }
  }
}

TEST(BrailleLines, TheAuthorsHyphenEndsALineWithoutAnotherHyphen) {
  const braille::BrailleText text = braille::translate("de mbo-opleiding", kDutch);
  const auto lines = braille::break_lines(text, {9, 0, 0});
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(lines[0].back(), braille::kHyphenCell);
  EXPECT_NE(lines[0][lines[0].size() - 2], braille::kHyphenCell);
}

TEST(BrailleLines, AnAddressIsNeverGivenABrailleHyphen) {
  const braille::BrailleText text =
      braille::translate("zie https://www.werkplaatssociaaldomeinzhz.nl/samenwerkingsverbanden", kDutch);
  for (std::size_t k = 0; k < text.breaks.size(); ++k) EXPECT_EQ(text.breaks[k], braille::WordBreak::none) << k;
  std::u32string rejoined;
  for (const auto& line : braille::break_lines(text, {20, 0, 0})) {
    EXPECT_LE(line.size(), 20u);
    rejoined += line + (rejoined.empty() ? std::u32string(1, braille::kBlankCell) : U"");
  }
  EXPECT_EQ(rejoined, text.cells) << "the address is cut where the lines end, nothing added";
}

TEST(BraillePage, LayoutsCarryTheBraillePageAndRefuseOneThatCannotBeEmbossed) {
  const LayoutSpec layout = load_layout(default_layout_file());
  EXPECT_EQ(layout.braille.cells, 40);
  EXPECT_EQ(layout.braille.lines, 25);
  EXPECT_FALSE(layout.braille.duplex);

  testing::TemporaryFolder folder;
  std::string xml = testing::read_file(default_layout_file());
  const std::string element = "<braille cells=\"40\" lines=\"25\" duplex=\"false\"/>";
  ASSERT_NE(xml.find(element), std::string::npos);
  xml.replace(xml.find(element), element.size(), "<braille cells=\"8\" lines=\"25\"/>");
  const auto broken = folder.path() / "tiny.xml";
  std::ofstream(broken, std::ios::binary) << xml;
  try {
    load_layout(broken);
    FAIL() << "a braille page of 8 cells was accepted";
  } catch (const InputError& error) {
    EXPECT_THAT(error.diagnostic().message, HasSubstr("cells=\"8\"> is out of range: it must be 20 to 100 cells"));
    EXPECT_THAT(error.diagnostic().to_string(), HasSubstr("tiny.xml:"));
  }
}

TEST(BrailleEdition, PagesFollowTheLayoutsSize) {
  Diagnostics diagnostics;
  std::string markdown = "---\ntitle: Smal\nlanguage: nl\n---\n\n# Een hoofdstuk\n\n";
  for (int k = 0; k < 40; ++k) markdown += "Een alinea met een paar woorden om de regels te vullen.\n\n";
  const std::string brf = brf_of(markdown, diagnostics, BraillePage{28, 12, false});
  const auto pages = testing::read_brf_pages(brf);
  EXPECT_GT(pages.size(), 5u);
  for (const auto& page : pages) {
    EXPECT_LE(page.lines.size(), 12u);
    for (const auto& line : page.lines) EXPECT_LE(line.size(), 28u) << line;
  }
}

TEST(BrailleEdition, TestimonialsListsTablesAndLinksReadAsInTheTextEdition) {
  Diagnostics diagnostics;
  const Publication publication = testing::load_markdown(
      "---\ntitle: T\nlanguage: nl\n---\n\n# Hoofdstuk\n\n## Ervaringen\n\n"
      "> Het was leerzaam.\n>\n> — Erna de Vos - bewoner\n\n"
      "1. eerste\n2. tweede\n\n"
      "| Datum | Plaats |\n|---|---|\n| mei | Dordrecht |\n\n"
      "Zie [de site](https://example.nl/kennis).\n");
  const braille::BrailleEdition edition = braille::make_braille_edition(publication, {}, diagnostics);
  std::vector<std::string> lines;
  for (const auto& page : edition.pages) {
    for (std::size_t k = 1; k < page.size(); ++k) {
      std::string line;
      for (char32_t cell : page[k]) line += braille::brf_character(cell);
      lines.push_back(line);
    }
  }
  const std::string text = testing::back_translate_lines(lines, kDutch);
  EXPECT_THAT(text, HasSubstr("Erna de Vos (bewoner) vertelt:"));
  EXPECT_THAT(text, HasSubstr("1. eerste"));
  EXPECT_THAT(text, HasSubstr("2. tweede"));
  EXPECT_THAT(text, HasSubstr("Datum: mei; Plaats: Dordrecht"));
  // Dutch braille writes "/" with the cell of "í", so the address reads back with "í".
  EXPECT_THAT(text, HasSubstr("de site (https:"));
  EXPECT_THAT(text, HasSubstr("example.nl"));
}

}  // namespace
}  // namespace persklaar
