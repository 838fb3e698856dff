#include "core/passes/typography.h"

#include <gtest/gtest.h>

#include "core/model/dump.h"
#include "tests/support/pipeline.h"

namespace persklaar {
namespace {

// One case a line, as in HarfBuzz's data-driven tests: language, input, expected output.
// "~" in an expected string stands for a no-break space, which is invisible in source.
struct Case {
  const char* language;
  const char* input;
  const char* expected;
};

// Names the case in test listings instead of printing its bytes.
void PrintTo(const Case& c, std::ostream* out) { *out << c.language << " \"" << c.input << "\""; }

std::string with_no_break_spaces(std::string text) {
  std::string out;
  for (char c : text) out += c == '~' ? std::string("\xC2\xA0") : std::string(1, c);
  return out;
}

class TypographyRule : public ::testing::TestWithParam<Case> {};

TEST_P(TypographyRule, RewritesAsATypesetterWould) {
  const Case& c = GetParam();
  EXPECT_EQ(apply_typography(c.input, 0, 0, typography_rules_for(c.language)), with_no_break_spaces(c.expected))
      << "input: " << c.input;
}

INSTANTIATE_TEST_SUITE_P(Quotes, TypographyRule,
                         ::testing::Values(Case{"nl", "\"Hallo\", zei ze.", "“Hallo”, zei ze."},
                                           Case{"nl", "Ze zei: 'kom'.", "Ze zei: ‘kom’."},
                                           Case{"nl", "(\"tussen haakjes\")", "(“tussen haakjes”)"},
                                           Case{"nl", "de mbo'ers en hbo'ers", "de mbo’ers en hbo’ers"},
                                           Case{"nl", "'s avonds en 't huis, 'k weet", "’s avonds en ’t huis, ’k weet"},
                                           Case{"nl", "'s-Hertogenbosch", "’s-Hertogenbosch"},
                                           Case{"nl", "geef 'm 'n kans", "geef ’m ’n kans"},
                                           Case{"nl", "een 'sociaal' woord", "een ‘sociaal’ woord"},
                                           Case{"nl", "de zomer van '19", "de zomer van ’19"},
                                           Case{"nl", "al “gekrulde” blijven", "al “gekrulde” blijven"},
                                           Case{"en", "it's 's morning'", "it’s ‘s morning’"}));

INSTANTIATE_TEST_SUITE_P(Dashes, TypographyRule,
                         ::testing::Values(Case{"nl", "mbo - hbo", "mbo~– hbo"}, Case{"nl", "mbo -- hbo", "mbo~– hbo"},
                                           Case{"nl", "ja---nee", "ja—nee"},
                                           Case{"nl", "in de periode 2016-2017", "in de periode 2016–2017"},
                                           Case{"nl", "bel 06-12345678", "bel 06-12345678"},
                                           Case{"nl", "Informeel-formeel", "Informeel-formeel"},
                                           Case{"nl", "hbo- en universitaire", "hbo- en universitaire"},
                                           Case{"nl", "nummer 12345-67890", "nummer 12345-67890"}));

INSTANTIATE_TEST_SUITE_P(
    SpacesAndEllipsis, TypographyRule,
    ::testing::Values(Case{"nl", "op 3 april 2017", "op 3~april 2017"}, Case{"nl", "op 28 november", "op 28~november"},
                      Case{"nl", "ruim 20 mensen", "ruim 20 mensen"}, Case{"nl", "kost € 25", "kost €~25"},
                      Case{"nl", "bijna 25 % meer", "bijna 25~% meer"}, Case{"nl", "en dan...", "en dan…"},
                      Case{"nl", "on 3 April", "on 3 April"}, Case{"en", "on 3 April", "on 3~April"}));

TEST(TypographyPass, QuotesOpenAndCloseAcrossEmphasisBoundaries) {
  const Publication publication = testing::load_markdown("---\ntitle: T\n---\n# C\n\nZe zei \"*heel* goed\".\n");
  const auto& paragraph = std::get<Paragraph>(publication.chapters[0].sections[0].blocks[0].value);
  EXPECT_EQ(dump(paragraph.content), R"("Ze zei “" Emph["heel"] " goed”.")");
}

TEST(TypographyPass, LeavesCodeAndBareAddressesAlone) {
  const Publication publication =
      testing::load_markdown("---\ntitle: T\n---\n# C\n\nTyp `\"--\"` of zie <https://example.org/a--b>.\n");
  const auto& paragraph = std::get<Paragraph>(publication.chapters[0].sections[0].blocks[0].value);
  EXPECT_EQ(dump(paragraph.content),
            R"("Typ " Code "\"--\"" " of zie " Link "https://example.org/a--b"["https://example.org/a--b"] ".")");
}

TEST(TypographyPass, FollowsThePublicationLanguage) {
  const Publication english = testing::load_markdown("---\ntitle: T\nlanguage: en\n---\n# C\n\n'sup, on 3 April.\n");
  const auto& paragraph = std::get<Paragraph>(english.chapters[0].sections[0].blocks[0].value);
  EXPECT_EQ(dump(paragraph.content),
            "\"‘sup, on 3\xC2\xA0"
            "April.\"");
}

}  // namespace
}  // namespace persklaar
