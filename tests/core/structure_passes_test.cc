#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/diagnostics/diagnostic.h"
#include "core/passes/structure.h"
#include "core/text/slug.h"
#include "tests/support/pipeline.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

constexpr const char* kManuscript = R"(---
title: Kenniscafés
---
# Over ons {.front}

Voorwerk.

# Verbondenheid en veerkracht

## Inleiding

Tekst.

## Bijeenkomst I

### Geheime tuin

Tekst.

## Bijeenkomst II

# Verbondenheid en veerkracht

## Inleiding {#eigen-anker}

# Dankwoord {.back}

Dank.
)";

TEST(Numbering, OnlyBodyChaptersAreNumbered) {
  const Publication p = testing::load_markdown(kManuscript);
  ASSERT_EQ(p.chapters.size(), 4u);
  EXPECT_EQ(p.chapters[0].number, 0);
  EXPECT_EQ(p.chapters[1].number, 1);
  EXPECT_EQ(p.chapters[2].number, 2);
  EXPECT_EQ(p.chapters[3].number, 0);
}

TEST(Ids, AreMadeFromTitlesUniqueAndTheAuthorsOwnWin) {
  const Publication p = testing::load_markdown(kManuscript);
  EXPECT_EQ(p.chapters[0].attributes.id, "over-ons");
  EXPECT_EQ(p.chapters[1].attributes.id, "verbondenheid-en-veerkracht");
  EXPECT_EQ(p.chapters[1].sections[1].attributes.id, "verbondenheid-en-veerkracht-bijeenkomst-i");
  EXPECT_EQ(p.chapters[1].sections[1].blocks[0].attributes.id,
            "verbondenheid-en-veerkracht-bijeenkomst-i-geheime-tuin");
  EXPECT_EQ(p.chapters[2].attributes.id, "verbondenheid-en-veerkracht-2");
  EXPECT_EQ(p.chapters[2].sections[0].attributes.id, "eigen-anker");
}

TEST(Ids, AreStableAcrossBuilds) {
  EXPECT_EQ(testing::load_markdown(kManuscript).toc.size(), testing::load_markdown(kManuscript).toc.size());
  const auto a = testing::load_markdown(kManuscript).toc;
  const auto b = testing::load_markdown(kManuscript).toc;
  for (std::size_t k = 0; k < a.size(); ++k) EXPECT_EQ(a[k].id, b[k].id);
}

TEST(TableOfContents, ListsChaptersAndTitledSectionsInOrder) {
  const auto toc = testing::load_markdown(kManuscript).toc;
  std::vector<std::string> lines;
  for (const auto& entry : toc) lines.push_back(std::to_string(entry.level) + " " + entry.title);
  EXPECT_THAT(
      lines, ::testing::ElementsAre("1 Over ons", "1 Verbondenheid en veerkracht", "2 Inleiding", "2 Bijeenkomst I",
                                    "2 Bijeenkomst II", "1 Verbondenheid en veerkracht", "2 Inleiding", "1 Dankwoord"));
  EXPECT_EQ(toc[3].kind, SectionKind::meeting_report);
  EXPECT_EQ(toc[1].chapter_number, 1);
}

TEST(StructureCheck, AManuscriptWithoutTitleIsAnErrorWithAHint) {
  try {
    testing::load_markdown("# Hoofdstuk\n\nTekst.\n");
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_THAT(error.diagnostic().message, HasSubstr("no title"));
    EXPECT_THAT(error.diagnostic().hint, HasSubstr("title:"));
  }
}

TEST(StructureCheck, TheLanguageDefaultsToDutch) {
  EXPECT_EQ(testing::load_markdown("---\ntitle: T\n---\n# C\n").metadata.language, "nl");
}

TEST(Slug, DropsAccentsAndPunctuation) {
  EXPECT_EQ(slugify("Wat is een kenniscafé?"), "wat-is-een-kenniscafe");
  EXPECT_EQ(slugify("  Mbo’ers in het wijkteam?  "), "mbo-ers-in-het-wijkteam");
  EXPECT_EQ(slugify("Feruze Sarıkaş"), "feruze-sarikas");
  EXPECT_EQ(slugify("—"), "");
}

}  // namespace
}  // namespace persklaar
