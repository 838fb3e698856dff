// The manuscript's language must be a BCP 47 tag: a name is an error with the tag meant as a hint,
// and a manuscript without one is a warning saying which language was assumed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/input/metadata_yaml.h"
#include "core/passes/structure.h"
#include "core/text/language.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

TEST(LanguageTag, WellFormedTagsAreAccepted) {
  for (const char* tag : {"nl", "NL", "en-GB", "nl-BE", "sr-Latn-RS", "es-419", "de-CH-1996", "x-klingon", "fy"}) {
    EXPECT_TRUE(is_language_tag(tag)) << tag;
  }
}

TEST(LanguageTag, ThePrimarySubtagIsLowercasedAndCutAtEitherSeparator) {
  EXPECT_EQ(primary_language_subtag("nl-BE"), "nl");
  EXPECT_EQ(primary_language_subtag("NL"), "nl");
  EXPECT_EQ(primary_language_subtag("nl_NL"), "nl");
  EXPECT_EQ(primary_language_subtag("sr-Latn-RS"), "sr");
  EXPECT_EQ(primary_language_subtag(""), "");
  EXPECT_TRUE(is_dutch("NL-be"));
  EXPECT_FALSE(is_dutch("nld"));
}

TEST(LanguageTag, NamesAndUnderscoresAreRefusedWithTheTagMeant) {
  for (const char* tag : {"Nederlands", "dutch", "nl_NL", "", "n", "nl-", "en--GB", "123", "nl-BE-x"}) {
    EXPECT_FALSE(is_language_tag(tag)) << tag;
  }
  EXPECT_EQ(suggest_language_tag("Nederlands"), "nl");
  EXPECT_EQ(suggest_language_tag("dutch"), "nl");
  EXPECT_EQ(suggest_language_tag("English"), "en");
  EXPECT_EQ(suggest_language_tag("nl_BE"), "nl-BE");
  EXPECT_EQ(suggest_language_tag("Klingon"), "");
}

TEST(LanguageTag, AMetadataLanguageThatIsNoTagIsAnErrorWithLineAndHint) {
  Diagnostics diagnostics;
  try {
    metadata_from_yaml(parse_yaml_mapping("title: T\nlanguage: Nederlands\n", "boek.md", 2), "boek.md", 2, diagnostics);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_EQ(error.diagnostic().where.line, 3);
    EXPECT_THAT(error.diagnostic().message, HasSubstr("'Nederlands' is not a BCP 47 language tag"));
    EXPECT_EQ(error.diagnostic().hint, "write: language: nl");
  }
}

TEST(LanguageTag, AChapterLangThatIsNoTagIsAnError) {
  Publication publication;
  publication.metadata.title = "T";
  publication.metadata.language = "nl";
  Chapter chapter;
  chapter.title = {Inline{Text{"Engels"}, {}}};
  chapter.attributes.pairs = {{"lang", "english"}};
  chapter.position = position_in("boek.md", 7);
  publication.chapters.push_back(chapter);
  Diagnostics diagnostics;
  try {
    check_structure(publication, diagnostics);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_EQ(error.diagnostic().where.line, 7);
    EXPECT_EQ(error.diagnostic().hint, "write: {lang=en}");
  }
}

TEST(LanguageTag, NoLanguageIsAWarningNamingTheOneAssumed) {
  Publication publication;
  publication.metadata.title = "T";
  Chapter chapter;
  chapter.title = {Inline{Text{"Een"}, {}}};
  publication.chapters.push_back(chapter);
  Diagnostics diagnostics;
  const Publication checked = check_structure(publication, diagnostics);
  EXPECT_EQ(checked.metadata.language, "nl");
  ASSERT_EQ(diagnostics.all().size(), 1u);
  EXPECT_THAT(diagnostics.all()[0].message, HasSubstr("Dutch (nl) is assumed"));
}

}  // namespace
}  // namespace persklaar
