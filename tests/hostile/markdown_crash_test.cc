// Markdown that used to crash the reader: deep nesting, a long line after the opening '---', a long
// section title. Each ends in a clear message or a correct edition.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/hostile/reproducer.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

const std::string kHead = "---\ntitle: T\n---\n\n# H\n\n";

std::string repeat(const std::string& piece, int times) {
  std::string out;
  for (int k = 0; k < times; ++k) out += piece;
  return out;
}

TEST(DeepNesting, TenThousandBlockQuotesAreRefusedNamingTheLine) {
  testing::Reproducer reproducer;
  const auto run = reproducer.build_markdown(kHead + repeat("> ", 10000) + "x\n");
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("boek.md:7:201: error: blocks or inline markup are nested more than 100 levels"));
  EXPECT_THAT(reproducer.out_files(), ::testing::IsEmpty());
}

TEST(DeepNesting, TenThousandListsAreRefused) {
  testing::Reproducer reproducer;
  const auto run = reproducer.build_markdown(kHead + repeat("- ", 10000) + "x\n");
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("nested more than 100 levels"));
}

TEST(DeepNesting, NinetyNineLevelsStillMakeEveryEdition) {
  testing::Reproducer reproducer;
  const auto run = reproducer.build_markdown(kHead + repeat("> ", 99) + "x\n");
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(reproducer.out_files(),
              ::testing::ElementsAre("boek.brf", "boek.epub", "boek.pdf", "boek.pef", "boek.txt"));
}

TEST(FrontMatter, AThirtyThousandCharacterLineAfterTheFenceIsText) {
  testing::Reproducer reproducer;
  const auto run = reproducer.build_markdown("---\n" + std::string(30000, 'a') + "\n---\n# H\n", {"-t", "txt"});
  EXPECT_EQ(run.signal, 0);
  EXPECT_EQ(run.exit_code, 1) << run.output;  // not a metadata block, so there is no title
  EXPECT_THAT(run.output, HasSubstr("no title"));
}

TEST(FrontMatter, ALongKeyLineIsStillAKey) {
  testing::Reproducer reproducer;
  const auto run =
      reproducer.build_markdown("---\ntitle: " + std::string(30000, 'a') + "\n---\n# H\n\nTekst.\n", {"-t", "txt"});
  EXPECT_EQ(run.exit_code, 0) << run.output;
}

TEST(SectionTitles, AHundredThousandCharacterMeetingNumberIsAnOrdinaryTitle) {
  testing::Reproducer reproducer;
  const auto run =
      reproducer.build_markdown(kHead + "## Bijeenkomst " + std::string(100000, 'i') + "\n\nTekst.\n", {"-t", "txt"});
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(reproducer.out_files(), ::testing::ElementsAre("boek.txt"));
}

}  // namespace
}  // namespace persklaar
