// A block in another language than its chapter, read back from the screen PDF: a Dutch and an
// English paragraph in one Dutch chapter are each hyphenated at the points libhyphen gives with
// their own language's patterns, and the English blocks' structure elements carry /Lang en.
#include <gtest/gtest.h>
#include <hyphen.h>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>

#include "core/pipeline/build_editions.h"
#include "tests/pdf/pdf_objects.h"
#include "tests/pdf/pdf_reader.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

constexpr std::string_view kInsertedHyphen = "\xE2\x80\x90";  // U+2010

const char* kDutch =
    "De gemeenteraadsvergadering besprak voorzieningen voor mantelzorgondersteuning en "
    "onderwijsinstellingen in de wijkteamorganisatie, met bijzondere belangstelling voor samenwerking.";
const char* kEnglish =
    "Participation, accessibility and responsibility characterise the participation programmes; "
    "accessibility, participation and particularity matter in international collaboration.";

std::string manuscript() {
  std::string text = "---\ntitle: Talen\nlanguage: nl\n---\n# Een hoofdstuk\n\n";
  for (int k = 0; k < 8; ++k) {
    text += std::string(kDutch) + " " + kDutch + "\n\n";
    text += std::string(kEnglish) + " " + kEnglish + " {lang=en}\n\n";
  }
  text += "- Een punt van de lijst.\n- An item of the list.\n\n  {lang=en}\n\n";
  text += "> An English quotation.\n>\n> {lang=en}\n";
  return text;
}

// The lowercase words of `sentence`, without punctuation.
std::set<std::string> words_of(const std::string& sentence) {
  std::set<std::string> words;
  std::string word;
  for (char c : sentence + " ") {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.insert(word);
      word.clear();
    }
  }
  return words;
}

// Where libhyphen itself, with the engine's minimums (2 letters before a break, 3 after), may
// break an ASCII word with the patterns in `dictionary`: byte offsets of the second half.
class Patterns {
 public:
  explicit Patterns(const char* dictionary) : dictionary_(hnj_hyphen_load(dictionary), hnj_hyphen_free) {}
  bool loaded() const { return dictionary_ != nullptr; }
  bool allows(const std::string& word, std::size_t point) const {
    std::vector<char> hyphens(word.size() + 5);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    const int failed = hnj_hyphen_hyphenate3(dictionary_.get(), word.c_str(), static_cast<int>(word.size()),
                                             hyphens.data(), nullptr, &rep, &pos, &cut, 2, 3, 2, 3);
    if (rep) {
      for (std::size_t i = 0; i < word.size(); ++i) std::free(rep[i]);
    }
    std::free(rep);
    std::free(pos);
    std::free(cut);
    return !failed && point > 0 && point < word.size() && (hyphens[point - 1] & 1);
  }

 private:
  std::unique_ptr<HyphenDict, decltype(&hnj_hyphen_free)> dictionary_;
};

class PdfBlockLanguage : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new testing::TemporaryFolder();
    Diagnostics diagnostics;
    const Publication publication = testing::load_markdown(manuscript());
    // The pocket layout's narrow column hyphenates often.
    EditionRequest request{{"pdf"}, folder_->path(), "edition", testing::source_dir() / "layouts" / "pocket-a5.xml",
                           {},      nullptr};
    const auto results = build_editions(publication, request, testing::built_plugins(), diagnostics);
    ASSERT_EQ(results.size(), 1u);
    ASSERT_TRUE(results.front().error.empty()) << results.front().error;
    file_ = new std::filesystem::path(results.front().files.front());
  }
  static void TearDownTestSuite() {
    delete file_;
    delete folder_;
  }
  static testing::TemporaryFolder* folder_;
  static std::filesystem::path* file_;
};
testing::TemporaryFolder* PdfBlockLanguage::folder_ = nullptr;
std::filesystem::path* PdfBlockLanguage::file_ = nullptr;

TEST_F(PdfBlockLanguage, EachParagraphIsHyphenatedWithItsOwnLanguagesPatterns) {
  const Patterns dutch("/usr/share/hyphen/hyph_nl_NL.dic"), english("/usr/share/hyphen/hyph_en_US.dic");
  ASSERT_TRUE(dutch.loaded());
  ASSERT_TRUE(english.loaded());
  const std::set<std::string> dutch_words = words_of(kDutch), english_words = words_of(kEnglish);
  int dutch_breaks = 0, english_breaks = 0, english_only = 0;
  for (const testing::PdfPage& page : testing::read_pdf_text(*file_).pages) {
    for (const testing::PdfWord& word : page.words) {
      std::string_view text = word.text;
      if (text.size() <= kInsertedHyphen.size() || text.substr(text.size() - kInsertedHyphen.size()) != kInsertedHyphen)
        continue;
      const std::set<std::string> halves = words_of(std::string(text.substr(0, text.size() - kInsertedHyphen.size())));
      ASSERT_EQ(halves.size(), 1u) << word.text;
      const std::string& start = *halves.begin();
      // The words the broken one may be: those of either paragraph that start with its first half.
      std::vector<std::string> in_dutch, in_english;
      for (const std::string& w : dutch_words)
        if (w.size() > start.size() && w.rfind(start, 0) == 0) in_dutch.push_back(w);
      for (const std::string& w : english_words)
        if (w.size() > start.size() && w.rfind(start, 0) == 0) in_english.push_back(w);
      ASSERT_NE(in_dutch.empty(), in_english.empty()) << "'" << word.text << "' is in neither or both paragraphs";
      const bool is_english = !in_english.empty();
      const Patterns& own = is_english ? english : dutch;
      const std::vector<std::string>& candidates = is_english ? in_english : in_dutch;
      EXPECT_TRUE(std::any_of(candidates.begin(), candidates.end(),
                              [&](const std::string& w) { return own.allows(w, start.size()); }))
          << "'" << word.text << "' is not broken at a point of its own language's patterns";
      (is_english ? english_breaks : dutch_breaks) += 1;
      if (is_english && std::none_of(candidates.begin(), candidates.end(),
                                     [&](const std::string& w) { return dutch.allows(w, start.size()); }))
        ++english_only;
    }
  }
  std::printf("hyphenated: %d Dutch, %d English (%d not a Dutch point)\n", dutch_breaks, english_breaks, english_only);
  EXPECT_GT(dutch_breaks, 3);
  EXPECT_GT(english_breaks, 3);
  EXPECT_GT(english_only, 0) << "every English break is one Dutch patterns would make too";
}

TEST_F(PdfBlockLanguage, TheEnglishBlocksElementsCarryLangEn) {
  const testing::PdfObjects objects = testing::read_pdf_objects(*file_);
  EXPECT_EQ(objects.language, "nl");
  std::multiset<std::string> english, other;
  for (const testing::PdfElement& e : objects.elements) (e.language == "en" ? english : other).insert(e.type);
  EXPECT_EQ(english.count("P"), 9u);  // the English paragraphs and the quotation's, and no Dutch one
  EXPECT_GE(other.count("P"), 8u);    // the Dutch paragraphs (and the colophon's)
  EXPECT_EQ(english.count("LBody"), 1u);
  EXPECT_EQ(other.count("LBody"), 1u);
  EXPECT_EQ(english.count("BlockQuote"), 1u);
}

}  // namespace
}  // namespace persklaar
