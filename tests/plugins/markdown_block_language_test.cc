// `{lang=…}` on a single block in Markdown (docs/manuscript-format.md): a paragraph ending in it,
// and a line of its own closing a quote or a list item; other braces stay text.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/model/plain_text.h"
#include "core/text/labels.h"
#include "tests/support/pipeline.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

const Blocks& blocks_of(const Publication& publication) {
  return publication.chapters.at(0).sections.at(0).blocks;
}

std::string language(const Block& block) {
  return language_of(block.attributes, "");
}

TEST(MarkdownBlockLanguage, AParagraphEndingInALanguageMarkIsInThatLanguage) {
  Diagnostics diagnostics;
  const Publication p = testing::read_markdown(
      "# T\n\nEen Nederlandse zin.\n\nAn English sentence. {lang=en}\n\nAnother one,\non two lines.\n{lang=en-GB}\n",
      diagnostics);
  const Blocks& blocks = blocks_of(p);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(language(blocks[0]), "");
  EXPECT_EQ(language(blocks[1]), "en");
  EXPECT_EQ(plain_text(std::get<Paragraph>(blocks[1].value).content), "An English sentence.");
  EXPECT_EQ(language(blocks[2]), "en-GB");
  EXPECT_EQ(plain_text(std::get<Paragraph>(blocks[2].value).content), "Another one, on two lines.");
  EXPECT_TRUE(diagnostics.all().empty());
}

TEST(MarkdownBlockLanguage, OtherBracesAtTheEndOfAParagraphStayText) {
  Diagnostics diagnostics;
  const Publication p = testing::read_markdown("# T\n\nSet {x} and {.note}\n\nA {lang=en .x}\n", diagnostics);
  const Blocks& blocks = blocks_of(p);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(plain_text(std::get<Paragraph>(blocks[0].value).content), "Set {x} and {.note}");
  EXPECT_EQ(plain_text(std::get<Paragraph>(blocks[1].value).content), "A {lang=en .x}");
  EXPECT_TRUE(blocks[1].attributes.empty());
}

TEST(MarkdownBlockLanguage, ALineOfItsOwnClosingAQuoteOrListItemMarksAllOfIt) {
  Diagnostics diagnostics;
  const Publication p = testing::read_markdown(
      "# T\n\n## Ervaringen\n\n> “It was a good evening.”\n>\n> — Sam Jansen - walker\n>\n> {lang=en}\n\n"
      "> A quote.\n>\n> Two paragraphs.\n>\n> {lang=en}\n\n"
      "- Een punt.\n- A point,\n\n  and more.\n\n  {lang=en}\n- Nog een.\n",
      diagnostics);
  const Blocks& blocks = blocks_of(p);
  ASSERT_EQ(blocks.size(), 3u);
  const auto* testimonial = std::get_if<Testimonial>(&blocks[0].value);
  ASSERT_NE(testimonial, nullptr) << "the mark must not keep the quote from being a testimonial";
  EXPECT_EQ(plain_text(testimonial->person), "Sam Jansen");
  EXPECT_EQ(language(blocks[0]), "en");
  const auto* quote = std::get_if<BlockQuote>(&blocks[1].value);
  ASSERT_NE(quote, nullptr);
  EXPECT_EQ(quote->content.size(), 2u);
  EXPECT_EQ(language(blocks[1]), "en");
  const auto& items = std::get<List>(blocks[2].value).items;
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(language(items[0].at(0)), "");
  ASSERT_EQ(items[1].size(), 2u);
  EXPECT_EQ(language(items[1][0]), "en");
  EXPECT_EQ(language(items[1][1]), "en");
  EXPECT_EQ(language(items[2].at(0)), "");
  EXPECT_TRUE(diagnostics.all().empty());
}

TEST(MarkdownBlockLanguage, AMarkThatClosesNothingIsAWarningAndLeftOut) {
  Diagnostics diagnostics;
  const Publication p = testing::read_markdown("# T\n\nTekst.\n\n{lang=en}\n\nMeer tekst.\n", diagnostics);
  EXPECT_EQ(blocks_of(p).size(), 2u);
  ASSERT_EQ(diagnostics.all().size(), 1u);
  EXPECT_EQ(diagnostics.all()[0].where.line, 5);
  EXPECT_THAT(diagnostics.all()[0].message, HasSubstr("marks nothing"));
}

TEST(MarkdownBlockLanguage, ABlocksLanguageMustBeALanguageTag) {
  try {
    testing::load_markdown("---\ntitle: T\nlanguage: nl\n---\n# T\n\nText. {lang=english}\n");
    FAIL() << "lang=english was accepted";
  } catch (const InputError& error) {
    EXPECT_THAT(error.diagnostic().message, HasSubstr("lang=english is not a BCP 47 language tag"));
    EXPECT_EQ(error.diagnostic().where.line, 7);
  }
}

}  // namespace
}  // namespace persklaar
