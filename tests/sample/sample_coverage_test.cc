// The sample magazine against its seed: the plain-text edition the real pipeline makes of
// samples/kenniscafes must keep the seed's sentences, addresses, testimonials and acknowledged
// names, and the sample must have the magazine's structure.
#include <gtest/gtest.h>

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "core/model/plain_text.h"
#include "core/model/publication.h"
#include "tests/sample/seed_sentences.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar::testing {
namespace {

constexpr double kRequiredCoverage = 98.0;  // percent of the seed's sentences
constexpr std::size_t kAcknowledgedNames = 64;
constexpr std::size_t kSeedAttributions = 19;  // 18 people, one of them twice
constexpr int kNumberedChapters = 7;

std::filesystem::path seed_file() {
  return seed_dir() / "kenniscafes-magazine.txt";
}

class SampleCoverage : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!missing_shared(seed_file())) seed_ = std::make_unique<SeedText>(read_seed(read_file(seed_file())));
    publication_ = std::make_unique<Publication>(load(sample_manuscript()));
    TemporaryFolder folder;
    edition_ = std::make_unique<std::string>(render(*publication_, "txt", folder.path()));
    comparable_ = std::make_unique<ComparableText>(*edition_);
  }

  static void TearDownTestSuite() {
    comparable_.reset();
    edition_.reset();
    publication_.reset();
    seed_.reset();
  }

  static const SeedText& seed() { return *seed_; }
  static const Publication& publication() { return *publication_; }
  static const std::string& edition() { return *edition_; }
  static const ComparableText& comparable() { return *comparable_; }

 private:
  static std::unique_ptr<SeedText> seed_;
  static std::unique_ptr<Publication> publication_;
  static std::unique_ptr<std::string> edition_;
  static std::unique_ptr<ComparableText> comparable_;
};

std::unique_ptr<SeedText> SampleCoverage::seed_;
std::unique_ptr<Publication> SampleCoverage::publication_;
std::unique_ptr<std::string> SampleCoverage::edition_;
std::unique_ptr<ComparableText> SampleCoverage::comparable_;

TEST_F(SampleCoverage, TextEditionKeepsAtLeast98PercentOfTheSeedsSentences) {
  PERSKLAAR_SKIP_WITHOUT(seed_file());
  const auto& sentences = seed().sentences;
  ASSERT_GE(sentences.size(), 400u) << "the seed reads as too few sentences; is it the whole magazine?";

  std::size_t found = 0;
  std::ostringstream missing;
  for (const SeedSentence& sentence : sentences) {
    if (comparable().contains(sentence)) {
      ++found;
    } else {
      missing << "  seed line " << sentence.line << ": " << sentence.text << "\n";
    }
  }
  const double coverage = 100.0 * static_cast<double>(found) / static_cast<double>(sentences.size());
  std::ostringstream figure;
  figure << std::fixed << std::setprecision(2) << coverage;
  std::cout << "[ coverage ] " << found << " of " << sentences.size() << " seed sentences are in the text edition ("
            << figure.str() << "%)\n";
  if (found < sentences.size()) std::cout << "[ missing  ]\n" << missing.str();
  RecordProperty("seed_sentences", static_cast<int>(sentences.size()));
  RecordProperty("sentences_found", static_cast<int>(found));
  RecordProperty("coverage_percent", figure.str());

  EXPECT_GE(coverage, kRequiredCoverage) << "only " << figure.str() << "% of the seed's sentences are in the text "
                                         << "edition; missing:\n"
                                         << missing.str();
}

TEST_F(SampleCoverage, TextEditionHasEveryAddressOfTheSeed) {
  PERSKLAAR_SKIP_WITHOUT(seed_file());
  const auto& urls = seed().urls;
  ASSERT_FALSE(urls.empty()) << "the seed has addresses; none were read";
  std::cout << "[ addresses ] " << urls.size() << " distinct addresses in the seed\n";
  RecordProperty("seed_addresses", static_cast<int>(urls.size()));
  for (const std::string& url : urls) {
    // The text edition writes a mail link's address without its "mailto:".
    const std::string shown = url.rfind("mailto:", 0) == 0 ? url.substr(7) : url;
    EXPECT_NE(edition().find(shown), std::string::npos) << "the text edition lacks the address " << url;
  }
}

TEST_F(SampleCoverage, TextEditionHasEveryTestimonialOfTheSeed) {
  PERSKLAAR_SKIP_WITHOUT(seed_file());
  const auto& attributions = seed().attributions;
  ASSERT_GE(attributions.size(), kSeedAttributions) << "the seed's testimonials were not all read";
  std::cout << "[ testimonials ] " << attributions.size() << " attributions in the seed\n";
  RecordProperty("seed_attributions", static_cast<int>(attributions.size()));
  for (const SeedAttribution& attribution : attributions) {
    EXPECT_TRUE(comparable().contains(attribution.name))
        << "seed line " << attribution.line << ": the text edition lacks the name " << attribution.name;
    // The edition writes "Name (role) vertelt:"; a testimonial without a role keeps the seed's
    // "Name, role" or "Name - role" as its person.
    const std::string name = normalise_text(attribution.name);
    const std::string role = normalise_text(attribution.role);
    const bool attributed = comparable().has_line_with({name + " (" + role + ")"}) ||
                            comparable().has_line_with({name + ", " + role}) ||
                            comparable().has_line_with({name + " - " + role});
    EXPECT_TRUE(attributed) << "seed line " << attribution.line << ": no line of the text edition attributes a "
                            << "testimonial to " << attribution.name << " (" << attribution.role << ")";
  }
}

TEST_F(SampleCoverage, SampleHasTheMagazinesChaptersAndSections) {
  PERSKLAAR_SKIP_WITHOUT(seed_file());
  const auto& chapters = publication().chapters;
  // The extraction kept the running heads of chapters 1 to 5 only; those name their chapters.
  ASSERT_FALSE(seed().chapter_titles.empty()) << "the seed's running heads were not read";

  int body = 0;
  bool has_front = false;
  bool has_dankwoord = false;
  Matter previous = Matter::front;
  for (const Chapter& chapter : chapters) {
    const std::string title = plain_text(chapter.title);
    EXPECT_GE(static_cast<int>(chapter.matter), static_cast<int>(previous))
        << "'" << title << "' stands out of order: front matter, body, back matter";
    previous = chapter.matter;
    if (chapter.matter == Matter::front) has_front = true;
    if (chapter.matter == Matter::back && title == "Dankwoord") has_dankwoord = true;
    if (chapter.matter != Matter::body) continue;

    ++body;
    EXPECT_EQ(chapter.number, body) << "'" << title << "'";
    const auto seed_title = seed().chapter_titles.find(chapter.number);
    if (seed_title != seed().chapter_titles.end()) {
      EXPECT_EQ(normalise_text(title), normalise_text(seed_title->second)) << "chapter " << chapter.number;
    }
    auto count = [&chapter](SectionKind kind) {
      return std::count_if(chapter.sections.begin(), chapter.sections.end(),
                           [kind](const Section& section) { return section.kind == kind; });
    };
    EXPECT_GE(count(SectionKind::introduction), 1) << "chapter " << chapter.number << " has no introduction";
    EXPECT_GE(count(SectionKind::meeting_report), 1) << "chapter " << chapter.number << " has no meeting report";
    EXPECT_GE(count(SectionKind::experiences), 1) << "chapter " << chapter.number << " has no experiences section";
  }
  std::cout << "[ structure ] " << chapters.size() << " chapters, " << body << " numbered; "
            << seed().chapter_titles.size() << " running heads in the seed\n";
  EXPECT_EQ(body, kNumberedChapters);
  EXPECT_TRUE(has_front) << "the sample has no front matter";
  EXPECT_TRUE(has_dankwoord) << "the sample has no Dankwoord in its back matter";
}

TEST_F(SampleCoverage, TextEditionThanksEveryoneTheSeedThanks) {
  PERSKLAAR_SKIP_WITHOUT(seed_file());
  const auto& names = seed().acknowledged_names;
  ASSERT_EQ(names.size(), kAcknowledgedNames) << "the seed's Dankwoord thanks 64 people";
  std::cout << "[ dankwoord ] " << names.size() << " names in the seed\n";
  for (const std::string& name : names) {
    EXPECT_TRUE(comparable().has_item(name)) << "the text edition does not list " << name;
  }
}

}  // namespace
}  // namespace persklaar::testing
