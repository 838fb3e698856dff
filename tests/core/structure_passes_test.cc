#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/diagnostics/diagnostic.h"
#include "core/model/walk.h"
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

// The target of the first link in the first paragraph of `section` of `chapter`.
std::string first_link_target(const Publication& publication, std::size_t chapter, std::size_t section) {
  const Blocks& blocks = publication.chapters.at(chapter).sections.at(section).blocks;
  for (const Block& block : blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block.value)) {
      for (const Inline& node : paragraph->content) {
        if (const auto* link = std::get_if<Link>(&node.value)) return link->target;
      }
    }
  }
  return "";
}

// The targets of the links in `blocks`, in order.
std::vector<std::string> link_targets(const Blocks& blocks) {
  std::vector<std::string> targets;
  for_each_inline_sequence(const_cast<Blocks&>(blocks), [&](Inlines& inlines) {
    for (const Inline& node : inlines) {
      if (const auto* link = std::get_if<Link>(&node.value)) targets.push_back(link->target);
    }
  });
  return targets;
}

TEST(AnchorLinks, AGithubStyleLinkGoesToTheSectionOfThatName) {
  // Two chapters each have a "Meta"; only one has "Basics". Links as a README's contents writes them.
  const Publication publication = testing::load_markdown(
      "---\ntitle: T\n---\n# One\n\n## Inleiding\n\nSee [basics](#basics), [meta](#meta), "
      "[meta again](#meta-1), [one](#one), [nowhere](#nowhere).\n\n## Basics\n\nText.\n\n## Meta\n\nText.\n\n"
      "# Two\n\n## Meta\n\nText.\n\n### Deep down\n\n[up](#deep-down) [kept](#one-basics)\n");
  const Chapter& one = publication.chapters.at(0);
  ASSERT_GE(one.sections.size(), 3u);
  const std::string basics = one.sections.at(1).attributes.id;
  EXPECT_EQ(basics, "one-basics");
  EXPECT_THAT(link_targets(one.sections.at(0).blocks),
              ::testing::ElementsAre("#one-basics", "#one-meta", "#two-meta", "#one", "#nowhere"))
      << "a name: led to its id, a repeated title numbered as GitHub numbers it; no such name: left";
  EXPECT_EQ(first_link_target(publication, 1, 0), "#two-meta-deep-down") << "a heading inside a section";
}

TEST(AnchorLinks, GithubAndPandocNamesOfAManualsHeadingsLeadToThem) {
  // Headings as the Node.js manual writes them, and the links GitHub's and pandoc's anchors make.
  const Publication publication = testing::load_markdown(
      "---\ntitle: T\n---\n# Process\n\n## Inleiding\n\n"
      "[a](#processexitcode) [b](#event-exit) [c](#event-exit-1) [d](#process.exitcode) "
      "[e](#wat-is-een-kenniscafé) [f](#fsreadfilepath-options-callback)\n\n"
      "## `process.exitCode`\n\nText.\n\n## Event: `'exit'`\n\nText.\n\n## Event: `'exit'`\n\nAgain.\n\n"
      "## Wat is een kenniscafé?\n\nText.\n\n## `fs.readFile(path[, options], callback)`\n\nText.\n");
  const Chapter& process = publication.chapters.at(0);
  ASSERT_EQ(process.sections.size(), 6u);
  std::vector<std::string> ids;
  for (const Section& section : process.sections) ids.push_back("#" + section.attributes.id);
  EXPECT_THAT(link_targets(process.sections.at(0).blocks),
              ::testing::ElementsAre(ids[1], ids[2], ids[3], ids[1], ids[4], ids[5]));
}

TEST(Slug, DropsAccentsAndPunctuation) {
  EXPECT_EQ(slugify("Wat is een kenniscafé?"), "wat-is-een-kenniscafe");
  EXPECT_EQ(slugify("  Mbo’ers in het wijkteam?  "), "mbo-ers-in-het-wijkteam");
  EXPECT_EQ(slugify("Feruze Sarıkaş"), "feruze-sarikas");
  EXPECT_EQ(slugify("—"), "");
}

TEST(Slug, GithubAndPandocNameHeadingsTheirOwnWay) {
  EXPECT_EQ(github_slug("process.exitCode"), "processexitcode");
  EXPECT_EQ(github_slug("Event: 'exit'"), "event-exit");
  EXPECT_EQ(github_slug("fs.readFile(path[, options], callback)"), "fsreadfilepath-options-callback");
  EXPECT_EQ(github_slug("Wat is een kenniscafé?"), "wat-is-een-kenniscafé");
  EXPECT_EQ(github_slug("snake_case -- two"), "snake_case----two");
  EXPECT_EQ(pandoc_identifier("process.exitCode"), "process.exitcode");
  EXPECT_EQ(pandoc_identifier("1.  Over  de Werkplaats"), "over-de-werkplaats");
  EXPECT_EQ(pandoc_identifier("Wat is een kenniscafé?"), "wat-is-een-kenniscafé");
  EXPECT_EQ(pandoc_identifier("2024"), "section");
}

}  // namespace
}  // namespace persklaar
