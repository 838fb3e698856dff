// Languages in the print layout: each chapter and section is hyphenated with the patterns of its own
// language, looked up by language; a language without patterns is one warning and no hyphenation.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "core/layout/hyphenate.h"
#include "core/layout/magazine.h"
#include "tests/support/pipeline.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

constexpr const char* kInsertedHyphen = "\u2010";

std::string paragraphs(const std::string& sentence, int count) {
  std::string out;
  for (int k = 0; k < count; ++k) out += sentence + " " + sentence + " " + sentence + "\n\n";
  return out;
}

const char* kDutch =
    "De gemeenteraadsvergadering besprak de voorzieningen voor mantelzorgondersteuning en de "
    "onderwijsinstellingen in de wijkteamorganisatie, met bijzondere belangstelling voor samenwerking.";
const char* kEnglish =
    "Participation, accessibility and responsibility characterise the participation programmes; "
    "accessibility, participation and particularity matter in international collaboration.";

struct Break {
  std::string word;
  std::size_t point = 0;
  int chapter = 0;
};

// Every inserted hyphenation in the body chapters: the word rejoined and where it was broken.
std::vector<Break> breaks_of(const LaidOutPublication& laid_out) {
  std::vector<Break> breaks;
  for (const Page& page : laid_out.pages) {
    for (std::size_t k = 0; k + 1 < page.lines.size(); ++k) {
      const LineItem& line = page.lines[k];
      if (!line.hyphenated || page.chapter == 0) continue;
      std::string before = line.text.substr(line.text.rfind(' ') + 1);
      before = before.substr(0, before.size() - std::string(kInsertedHyphen).size());
      const std::string& next = page.lines[k + 1].text;
      std::string after = next.substr(0, next.find(' '));
      while (!after.empty() && std::ispunct(static_cast<unsigned char>(after.back()))) after.pop_back();
      breaks.push_back({before + after, before.size(), page.chapter});
    }
  }
  return breaks;
}

TEST(LanguageLayout, EachChapterIsHyphenatedWithItsOwnLanguagesPatterns) {
  const Publication publication =
      testing::load_markdown(std::string("---\ntitle: T\nlanguage: nl\n---\n# Een\n\n") + paragraphs(kDutch, 6) +
                             "# Two {lang=en}\n\n" + paragraphs(kEnglish, 6));
  Diagnostics diagnostics;
  const LaidOutPublication laid_out =
      lay_out_publication(publication, load_layout(testing::source_dir() / "layouts" / "pocket-a5.xml"), diagnostics);
  const Hyphenator dutch("nl"), english("en");
  int dutch_breaks = 0, english_breaks = 0, english_only = 0;
  for (const Break& b : breaks_of(laid_out)) {
    const Hyphenator& own = b.chapter == 1 ? dutch : english;
    const auto points = own.points(b.word);
    EXPECT_NE(std::find(points.begin(), points.end(), b.point), points.end())
        << b.word << " broken at " << b.point << " in chapter " << b.chapter;
    if (b.chapter == 1) {
      ++dutch_breaks;
    } else {
      ++english_breaks;
      const auto other = dutch.points(b.word);
      if (std::find(other.begin(), other.end(), b.point) == other.end()) ++english_only;
    }
  }
  EXPECT_GT(dutch_breaks, 0);
  EXPECT_GT(english_breaks, 0);
  EXPECT_GT(english_only, 0) << "no English break that Dutch patterns would not also make";
}

TEST(LanguageLayout, PatternsAreLookedUpByLanguage) {
  EXPECT_THAT(hyphenation_patterns_for("nl"), HasSubstr("hyph_nl_NL.dic"));
  EXPECT_THAT(hyphenation_patterns_for("nl-BE"), HasSubstr("hyph_nl_BE.dic"));
  EXPECT_THAT(hyphenation_patterns_for("en"), HasSubstr("hyph_en_US.dic"));
  EXPECT_THAT(hyphenation_patterns_for("en-GB"), HasSubstr("hyph_en_US.dic"));
  EXPECT_EQ(hyphenation_patterns_for("tlh"), "");
  EXPECT_THROW(Hyphenator("tlh"), std::runtime_error);
}

TEST(LanguageLayout, ALanguageWithoutPatternsIsOneWarningAndNoHyphenation) {
  const Publication publication =
      testing::load_markdown(std::string("---\ntitle: T\nlanguage: nl\n---\n# Een {lang=tlh}\n\n## A\n\n") +
                             paragraphs(kEnglish, 2) + "## B\n\n" + paragraphs(kEnglish, 2));
  Diagnostics diagnostics;
  const LaidOutPublication laid_out =
      lay_out_publication(publication, load_layout(testing::source_dir() / "layouts" / "pocket-a5.xml"), diagnostics);
  int warnings = 0;
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.message.find("'tlh' is not hyphenated") != std::string::npos) ++warnings;
  }
  EXPECT_EQ(warnings, 1);
  EXPECT_TRUE(breaks_of(laid_out).empty());
}

}  // namespace
}  // namespace persklaar
