#include "core/layout/hyphenate.h"

#include <gtest/gtest.h>

#include <map>
#include <stdexcept>
#include <thread>

namespace persklaar {
namespace {

// One Hyphenator per language for the whole test run, as the layout engine holds them.
const Hyphenator& hyphenator(const std::string& language) {
  static std::map<std::string, Hyphenator> hyphenators;
  auto found = hyphenators.find(language);
  if (found == hyphenators.end()) found = hyphenators.try_emplace(language, language).first;
  return found->second;
}

// The word with "-" at every point, the way a dictionary prints it: "ar-beids-par-ti-ci-pa-tie".
std::string with_points(const Hyphenator& hyphenator, std::string_view word, bool skip_capitalised) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t point : hyphenator.points(word, skip_capitalised)) {
    out.append(word.substr(from, point - from)).append("-");
    from = point;
  }
  return out.append(word.substr(from));
}

// One case a line: language, word, whether capitalised words are skipped, the word with its points.
struct Case {
  const char* language;
  const char* word;
  bool skip_capitalised;
  const char* expected;
};

void PrintTo(const Case& c, std::ostream* out) {
  *out << c.language << " " << c.word;
}

class Hyphenation : public ::testing::TestWithParam<Case> {};

TEST_P(Hyphenation, OffersThePointsOfTheDictionary) {
  const Case& c = GetParam();
  EXPECT_EQ(with_points(hyphenator(c.language), c.word, c.skip_capitalised), c.expected) << "word: " << c.word;
}

// The points are ascending, on character boundaries, and the halves give the word back.
TEST_P(Hyphenation, SplitsIntoHalvesThatGiveTheWordBack) {
  const Case& c = GetParam();
  const Hyphenator& h = hyphenator(c.language);
  const std::string word = c.word;
  std::size_t previous = 0;
  for (std::size_t point : h.points(word, c.skip_capitalised)) {
    EXPECT_GT(point, previous) << word;
    previous = point;
    const Hyphenator::Split halves = h.split(word, point);
    EXPECT_EQ(halves.before, word.substr(0, point) + "\u2010") << word << " at " << point;
    if (halves.after != word.substr(point)) {  // only a dropped diaeresis may change the second half
      EXPECT_EQ(std::string(c.language).substr(0, 2), "nl") << word << " at " << point;
      EXPECT_LT(halves.after.size(), word.size() - point) << word << " at " << point;
    }
  }
}

// libhyphen with 2 letters before a break and 3 after: the patterns' in-ter-ge-ne-ra-ti-o-ne-le loses
// ne-le, er-va-rings-des-kun-di-ge loses di-ge. The patterns keep the diaeresis at a break (co-ö-pe-ra-tie;
// split() drops it) and give no break at all in ideeën (idee-en would be right).
INSTANTIATE_TEST_SUITE_P(DutchWords, Hyphenation,
                         ::testing::Values(Case{"nl", "arbeidsparticipatie", true, "ar-beids-par-ti-ci-pa-tie"},
                                           Case{"nl", "huisuitzettingen", true, "huis-uit-zet-tin-gen"},
                                           Case{"nl", "intergenerationele", true, "in-ter-ge-ne-ra-ti-o-nele"},
                                           Case{"nl", "samenwerkingsverband", true, "sa-men-wer-kings-ver-band"},
                                           Case{"nl", "ervaringsdeskundigen", true, "er-va-rings-des-kun-di-gen"},
                                           Case{"nl", "ervaringsdeskundige", true, "er-va-rings-des-kun-dige"},
                                           Case{"nl", "kenniscafé", true, "ken-nis-café"},
                                           Case{"nl", "coöperatie", true, "co-ö-pe-ra-tie"},
                                           Case{"nl", "naïef", true, "na-ïef"}, Case{"nl", "reünie", true, "re-ü-nie"},
                                           Case{"nl", "bijvoorbeeld", true, "bij-voor-beeld"},
                                           Case{"nl", "ideeën", true, "ideeën"},
                                           Case{"nl-NL", "huisuitzettingen", true, "huis-uit-zet-tin-gen"},
                                           Case{"nl-BE", "arbeidsparticipatie", true, "ar-beids-par-ti-ci-pa-tie"}));

// A hyphen splits a compound into parts with the same minimums; an apostrophe takes no break next to
// it, and libhyphen wants 3 letters before it too (agen-da’s is not offered).
INSTANTIATE_TEST_SUITE_P(
    CompoundsAndApostrophes, Hyphenation,
    ::testing::Values(Case{"nl", "mbo-professionals", true, "mbo-pro-fes-si-o-nals"},
                      Case{"nl", "arbeids-participatie", true, "ar-beids-par-ti-ci-pa-tie"},
                      Case{"nl", "mbo-hbo", true, "mbo-hbo"},
                      Case{"nl", "ervarings\u2010deskundigen", true, "er-va-rings\u2010des-kun-di-gen"},
                      Case{"nl", "auto's", true, "auto's"}, Case{"nl", "hbo’ers", true, "hbo’ers"},
                      Case{"nl", "paraplu’s", true, "pa-ra-plu’s"}, Case{"nl", "agenda’s", true, "agenda’s"},
                      Case{"nl", "e-mailadres", true, "e-mail-adres"}));

// Short words, names, addresses, numbers, letters beyond Latin-1, invalid UTF-8 (\xFF), nothing.
INSTANTIATE_TEST_SUITE_P(
    WordsLeftWhole, Hyphenation,
    ::testing::Values(Case{"nl", "werk", true, "werk"}, Case{"nl", "mbo", true, "mbo"},
                      Case{"nl", "Hogeschool", true, "Hogeschool"}, Case{"nl", "Hogeschool", false, "Ho-ge-school"},
                      Case{"nl", "’s-Hertogenbosch", true, "’s-Hertogenbosch"},
                      Case{"nl", "eHealth-toepassingen", true, "eHealth-toe-pas-sin-gen"},
                      Case{"nl", "hbo-Verpleegkunde", true, "hbo-Verpleegkunde"},
                      Case{"nl", "ARBEIDSPARTICIPATIE", false, "AR-BEIDS-PAR-TI-CI-PA-TIE"},
                      Case{"nl", "https://www.werkplaats.nl", true, "https://www.werkplaats.nl"},
                      Case{"nl", "info@werkplaats.nl", true, "info@werkplaats.nl"},
                      Case{"nl", "verslag_bijeenkomst", true, "verslag_bijeenkomst"}, Case{"nl", "2019", true, "2019"},
                      Case{"nl", "werkplaats2019", true, "werkplaats2019"}, Case{"nl", "Sarıkaş", true, "Sarıkaş"},
                      Case{"nl", "Sarıkaş", false, "Sarıkaş"}, Case{"nl", "ervarings\xFF", true, "ervarings\xFF"},
                      Case{"nl", "", true, ""}));

// Words as they stand in a sentence, and letters written with a combining diaeresis or accent.
INSTANTIATE_TEST_SUITE_P(PunctuationAndCombiningMarks, Hyphenation,
                         ::testing::Values(Case{"nl", "arbeidsparticipatie.", true, "ar-beids-par-ti-ci-pa-tie."},
                                           Case{"nl", "(huisuitzettingen),", true, "(huis-uit-zet-tin-gen),"},
                                           Case{"nl", "“samenwerkingsverband”", true, "“sa-men-wer-kings-ver-band”"},
                                           Case{"nl", "coo\u0308peratie", true, "co-o\u0308-pe-ra-tie"},
                                           Case{"nl", "kenniscafe\u0301", true, "ken-nis-cafe\u0301"}));

INSTANTIATE_TEST_SUITE_P(EnglishWords, Hyphenation,
                         ::testing::Values(Case{"en", "accessibility", true, "ac-ces-si-bil-ity"},
                                           Case{"en-GB", "hyphenation", true, "hy-phen-ation"},
                                           Case{"en", "participation", true, "par-tic-i-pa-tion"},
                                           Case{"en-US", "accessibility", true, "ac-ces-si-bil-ity"}));

TEST(Hyphenator, NeverBreaksRightNextToAnExistingHyphen) {
  const std::string word = "mbo-professionals";
  for (std::size_t point : hyphenator("nl").points(word)) {
    EXPECT_NE(word[point - 1], '-') << point;
    EXPECT_NE(word[point], '-') << point;
  }
  EXPECT_EQ(hyphenator("nl").points(word).front(), std::string("mbo-pro").size());
}

TEST(Hyphenator, PointsAreUtf8ByteOffsets) {
  // "coö" is 4 bytes: the break after ö is at byte 4, the one before it at byte 2.
  EXPECT_EQ(hyphenator("nl").points("coöperatie"), (std::vector<std::size_t>{2, 4, 6, 8}));
  EXPECT_EQ(hyphenator("nl").points("kenniscafé"), (std::vector<std::size_t>{3, 6}));
}

struct SplitCase {
  const char* language;
  const char* word;
  const char* before;  // what the line ends in
  const char* after;   // what the next line starts with
};

class Split : public ::testing::TestWithParam<SplitCase> {};

TEST_P(Split, PrintsTheHalves) {
  const SplitCase& c = GetParam();
  const std::string word = c.word;
  const std::size_t point = std::string(c.before).size() - std::string("\u2010").size();
  const Hyphenator::Split halves = hyphenator(c.language).split(word, point);
  EXPECT_EQ(halves.before, c.before);
  EXPECT_EQ(halves.after, c.after);
}

INSTANTIATE_TEST_SUITE_P(Halves, Split,
                         ::testing::Values(SplitCase{"nl", "coöperatie", "co‐", "operatie"},
                                           SplitCase{"nl", "coöperatie", "coö‐", "peratie"},
                                           SplitCase{"nl", "Coöperatie", "Co‐", "operatie"},
                                           SplitCase{"nl", "COÖPERATIE", "CO‐", "OPERATIE"},
                                           SplitCase{"nl", "naïef", "na‐", "ief"},
                                           SplitCase{"nl", "reünie", "re‐", "unie"},
                                           SplitCase{"nl", "coo\u0308peratie", "co‐", "operatie"},
                                           SplitCase{"nl", "arbeidsparticipatie", "arbeids‐", "participatie"},
                                           SplitCase{"nl", "kenniscafé", "kennis‐", "café"},
                                           SplitCase{"nl", "mbo-professionals", "mbo-pro‐", "fessionals"},
                                           SplitCase{"en", "coördination", "coör‐", "dination"}));

TEST(Hyphenator, RejectsAPointThatIsNotInsideTheWord) {
  const Hyphenator& h = hyphenator("nl");
  EXPECT_THROW(h.split("coöperatie", 0), std::out_of_range);
  EXPECT_THROW(h.split("coöperatie", 3), std::out_of_range);  // inside ö
  EXPECT_THROW(h.split("coöperatie", 11), std::out_of_range);
}

// Two threads asking for one language at once get the one loading; a language without patterns
// throws to each asker, every time.
TEST(SharedHyphenator, IsLoadedOnceForThreadsAskingTogether) {
  const Hyphenator* first = nullptr;
  const Hyphenator* second = nullptr;
  std::thread other([&] { second = &shared_hyphenator("nl-NL"); });
  first = &shared_hyphenator("nl-NL");
  other.join();
  EXPECT_EQ(first, second);
  EXPECT_EQ(first->language(), "nl-NL");
  EXPECT_EQ(&shared_hyphenator("nl-NL"), first);
  EXPECT_THROW(shared_hyphenator("tlh"), std::runtime_error);
  EXPECT_THROW(shared_hyphenator("tlh"), std::runtime_error);
}

TEST(Hyphenator, KeepsTheLanguageItWasMadeFor) {
  EXPECT_EQ(hyphenator("nl-BE").language(), "nl-BE");
  EXPECT_EQ(hyphenator("en").language(), "en");
}

}  // namespace
}  // namespace persklaar
