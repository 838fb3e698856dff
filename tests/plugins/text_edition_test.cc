// The plain-text edition: golden files for small manuscripts (golden/text/NAME.md → NAME.txt; run
// with PERSKLAAR_ACCEPT=1 to rewrite them after a deliberate change, then read the diff), and the
// accessibility rules checked directly on the output.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/model/plain_text.h"
#include "core/pipeline/paginate.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::filesystem::path kGoldenDir = std::filesystem::path(PERSKLAAR_GOLDEN_DIR) / "text";

std::string text_edition(const std::filesystem::path& manuscript, std::map<std::string, std::string> options = {}) {
  testing::TemporaryFolder out;
  return testing::render(testing::load(manuscript), "txt", out.path(), std::move(options));
}

// The text edition of a manuscript written here.
std::string text_edition_of_markdown(const std::string& markdown) {
  testing::TemporaryFolder out;
  return testing::render(testing::load_markdown(markdown), "txt", out.path());
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

class TextGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(TextGolden, MatchesTheExpectedEdition) {
  const auto manuscript = kGoldenDir / (GetParam() + ".md");
  const auto expected_file = kGoldenDir / (GetParam() + ".txt");
  const std::string actual = text_edition(manuscript);
  if (std::getenv("PERSKLAAR_ACCEPT")) {
    std::ofstream(expected_file, std::ios::binary) << actual;
    GTEST_SKIP() << "accepted " << expected_file;
  }
  ASSERT_TRUE(std::filesystem::exists(expected_file))
      << "run once with PERSKLAAR_ACCEPT=1 and review " << expected_file;
  EXPECT_EQ(actual, testing::read_file(expected_file));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, TextGolden,
                         ::testing::Values("structure", "blocks", "english", "notes-languages", "figures"));

TEST(TextEdition, AFigureIsReadWithItsDescriptionAndACaptionThatSaysMore) {
  const std::string text = text_edition_of_markdown(
      "---\ntitle: T\nlanguage: nl\n---\n# Een\n\n![Het plein op dinsdag](weg.jpg \"Het plein op dinsdag\")\n\n"
      "![Tafels op het plein](weg.jpg \"Het plein op woensdag\")\n");
  EXPECT_THAT(text, HasSubstr("Afbeelding: Het plein op dinsdag\n"));  // one text for both: read once
  EXPECT_THAT(text, HasSubstr("Afbeelding: Tafels op het plein. Het plein op woensdag\n"));
}

TEST(TextEdition, ALinksAddressFollowsTheWordTheLinkEndsIn) {
  const std::string text = text_edition_of_markdown(
      "---\ntitle: T\nlanguage: en\n---\n# One\n\nAll [`Buffer`](buffer.md)s and [*the* site](https://example.org/), "
      "[mail](mailto:a@example.org)ed; [here](#one) and [x](x.md)[y](y.md)z.\n");
  EXPECT_THAT(text, HasSubstr("All Buffers (buffer.md) and the site (https://example.org/), mailed (a@example.org); "
                              "here and xyz (x.md) (y.md).\n"));
}

TEST(TextEdition, HeadingsHaveTwoBlankLinesBeforeAndOneAfter) {
  const auto lines = lines_of(text_edition(kGoldenDir / "structure.md"));
  // A heading directly followed by another heading is followed by two blank lines, as any heading.
  for (const std::string heading : {"Inleiding", "Bijeenkomst II", "Dankwoord"}) {
    const auto at = std::find(lines.begin(), lines.end(), heading);
    ASSERT_NE(at, lines.end()) << heading;
    const auto k = static_cast<std::size_t>(at - lines.begin());
    ASSERT_GE(k, 3u);
    EXPECT_EQ(lines[k - 1], "") << heading;
    EXPECT_EQ(lines[k - 2], "") << heading;
    EXPECT_NE(lines[k - 3], "") << heading;
    EXPECT_EQ(lines[k + 1], "") << heading;
    EXPECT_NE(lines[k + 2], "") << heading;
  }
}

TEST(TextEdition, ParagraphsAreSingleLinesWithoutDecorationOrSoftHyphens) {
  const std::string text = text_edition(testing::sample_manuscript());
  EXPECT_THAT(text, Not(HasSubstr("\xC2\xAD")));  // soft hyphen
  for (const char* decoration : {"===", "***", "---", "___", "###", "│", "┌", "═"}) {
    EXPECT_THAT(text, Not(HasSubstr(decoration))) << decoration;
  }
  EXPECT_THAT(text, HasSubstr("\nDe Werkplaats zit dicht op de uitvoeringspraktijk. Dat wil zeggen"));
  EXPECT_THAT(text, Not(HasSubstr("\n\n\n\n")));  // never more than two blank lines
}

TEST(TextEdition, StartsWithTheTitleBlockAndTheContents) {
  const auto lines = lines_of(text_edition(testing::sample_manuscript()));
  ASSERT_GT(lines.size(), 10u);
  EXPECT_EQ(lines[0], "Kenniscafés");
  EXPECT_EQ(lines[5], "Inhoud");
  EXPECT_THAT(lines, ::testing::Contains("- Hoofdstuk 3: Verbondenheid en veerkracht"));
  EXPECT_THAT(lines, ::testing::Contains("  - Bijeenkomst II"));
}

TEST(TextEdition, WrapsOnRequestWithoutBreakingWords) {
  const std::string text = text_edition(testing::sample_manuscript(), {{"wrap", "40"}});
  std::size_t longest = 0;
  for (const auto& line : lines_of(text)) {
    std::size_t length = 0;
    for (unsigned char c : line) length += (c & 0xC0) != 0x80;
    // A single word longer than the width (a long address) may stand alone on its line.
    const auto first_word = line.find_first_not_of(' ');
    if (first_word != std::string::npos && line.find(' ', first_word) != std::string::npos) {
      longest = std::max(longest, length);
    }
    if (!line.empty()) {
      EXPECT_NE(line.back(), '-') << line;  // no hyphenation
    }
  }
  EXPECT_LE(longest, 40u);
  EXPECT_GT(longest, 30u);
}

TEST(TextEdition, CarriesThePrintEditionsPagesWhenPaginated) {
  Publication publication = testing::load(testing::sample_manuscript());
  Diagnostics diagnostics;
  EditionRequest request;
  paginate_for_editions(publication, request, diagnostics);
  ASSERT_TRUE(request.print_layout);
  const auto& page_of = request.print_layout->page_of;
  testing::TemporaryFolder out;
  const auto lines = lines_of(testing::render(publication, "txt", out.path()));
  for (const Chapter& chapter : publication.chapters) {
    if (chapter.number == 0) continue;
    const std::string page = std::to_string(page_of.at(chapter.attributes.id));
    const std::string entry =
        "- Hoofdstuk " + std::to_string(chapter.number) + ": " + plain_text(chapter.title) + ", pagina " + page;
    EXPECT_THAT(lines, ::testing::Contains(entry));
    EXPECT_THAT(lines, ::testing::Contains("Pagina " + page));  // the marker where that page begins
  }
}

TEST(TextEdition, ABadWrapWidthIsAnInputError) {
  testing::TemporaryFolder out;
  const Publication publication = testing::load(testing::sample_manuscript());
  EXPECT_THROW(testing::render(publication, "txt", out.path(), {{"wrap", "veertig"}}), std::runtime_error);
  EXPECT_TRUE(out.file_names().empty());
}

TEST(TextEdition, TheTitleBlockNamesAuthorsAndContributors) {
  const auto lines = lines_of(text_edition_of_markdown(
      "---\ntitle: T\nlanguage: nl\nauthor: [Anna de Vries, Bram Jansen]\ncontributors: [Carla Smit, Dirk Bos, "
      "Eva Kok]\n---\n# Een\n\nTekst.\n"));
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[1], "Anna de Vries en Bram Jansen");
  EXPECT_EQ(lines[2], "Met bijdragen van Carla Smit, Dirk Bos en Eva Kok");
}

}  // namespace
}  // namespace persklaar
