// The official checkers on real builds: epubcheck (the EPUB specification) must report no error and
// no warning, and DAISY Ace (EPUB Accessibility, with axe-core in Chromium) no violation. Both are
// installed by scripts/setup.sh; a missing checker fails the test rather than skipping it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <stdexcept>

#include "tests/epub/ace_report.h"
#include "tests/epub/epub_files.h"
#include "tests/epub/fixtures.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

struct Run {
  int exit_code = -1;
  std::string output;
};

std::string quoted(const std::string& word) {
  std::string out = "'";
  for (const char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs a shell command with its output in a file of `folder`.
Run run(const std::string& command, const testing::TemporaryFolder& folder) {
  const auto log = folder.path() / "checker.log";
  const int status = std::system((command + " > " + quoted(log.string()) + " 2>&1 < /dev/null").c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, testing::read_file(log)};
}

void expect_epubcheck_passes(const std::filesystem::path& epub) {
  const std::filesystem::path jar = "/usr/share/java/epubcheck.jar";
  ASSERT_TRUE(std::filesystem::exists(jar)) << "epubcheck is not installed: run scripts/setup.sh";
  testing::TemporaryFolder folder;
  // The client compiler and the serial collector halve the JVM's start-up for a run this short.
  const Run result =
      run("java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar " + quoted(jar.string()) + " " + quoted(epub.string()),
          folder);
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_THAT(result.output, HasSubstr("Messages: 0 fatals / 0 errors / 0 warnings")) << result.output;
  EXPECT_THAT(result.output, HasSubstr("No errors or warnings detected.")) << result.output;
}

// Runs Ace on `epub` with its report in `folder`; returns the parsed report.json. Throws
// std::runtime_error when Ace is missing or does not write a report.
testing::JsonValue ace_report(const std::filesystem::path& epub, const testing::TemporaryFolder& folder) {
  const std::filesystem::path ace = testing::source_dir() / "node_modules" / ".bin" / "ace-cli";
  if (!std::filesystem::exists(ace)) throw std::runtime_error("DAISY Ace is not installed: run scripts/setup.sh");
  const auto report_dir = folder.path() / "report";
  // Debian's Chromium instead of Puppeteer's download; Ace passes --no-sandbox itself. Its log and
  // settings go to the test's folder, not the user's home.
  const std::string environment =
      "PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium XDG_CONFIG_HOME=" + quoted((folder.path() / "config").string()) +
      " XDG_DATA_HOME=" + quoted((folder.path() / "data").string()) +
      " XDG_STATE_HOME=" + quoted((folder.path() / "state").string()) +
      " XDG_CACHE_HOME=" + quoted((folder.path() / "cache").string());
  const Run result = run(environment + " " + quoted(ace.string()) + " --silent --force --outdir " +
                             quoted(report_dir.string()) + " " + quoted(epub.string()),
                         folder);
  if (result.exit_code != 0 || !std::filesystem::exists(report_dir / "report.json")) {
    throw std::runtime_error("Ace failed (exit " + std::to_string(result.exit_code) + "):\n" + result.output);
  }
  return testing::parse_json(testing::read_file(report_dir / "report.json"));
}

void expect_ace_passes(const std::filesystem::path& epub) {
  testing::TemporaryFolder folder;
  const testing::JsonValue report = ace_report(epub, folder);
  EXPECT_EQ(testing::ace_violations(report), std::set<std::string>{}) << "see the report in " << folder.path();
  EXPECT_EQ(testing::ace_outcome(report), "pass");
}

TEST(Epubcheck, TheSampleHasNoErrorsAndNoWarnings) {
  expect_epubcheck_passes(testing::sample_epub().file);
}

TEST(Epubcheck, AManuscriptWithEveryKindOfBlockHasNoErrorsAndNoWarnings) {
  testing::TemporaryFolder folder, out;
  const auto manuscript = testing::write_blocks_manuscript(folder.path());
  expect_epubcheck_passes(testing::build_epub(testing::load_paginated(manuscript)->publication, out.path()).file);
}

TEST(Epubcheck, WithoutThePrintLayoutAndItsPageListTooThereAreNoErrorsAndNoWarnings) {
  testing::TemporaryFolder folder, out;
  const auto manuscript = testing::write_blocks_manuscript(folder.path());
  expect_epubcheck_passes(testing::build_epub(testing::load(manuscript), out.path()).file);
}

TEST(Ace, TheSampleHasNoViolations) {
  expect_ace_passes(testing::sample_epub().file);
}

TEST(Ace, AManuscriptWithEveryKindOfBlockHasNoViolations) {
  testing::TemporaryFolder folder, out;
  const auto manuscript = testing::write_blocks_manuscript(folder.path());
  expect_ace_passes(testing::build_epub(testing::load_paginated(manuscript)->publication, out.path()).file);
}

TEST(Ace, ReportsTheViolationOfADeliberatelyBrokenBook) {
  // Proof that the check can fail: the sample with an image lacking alt text slipped into a chapter.
  testing::TemporaryFolder folder, out;
  const std::filesystem::path broken = out.path() / "broken.epub";
  std::filesystem::copy_file(testing::sample_epub().file, broken);
  std::string chapter = testing::EpubArchive(testing::sample_epub().bytes).entry("EPUB/text/chapter-01.xhtml");
  const auto paragraph = chapter.find("<p>");
  ASSERT_NE(paragraph, std::string::npos);
  chapter.insert(paragraph + 3, "<img src=\"../images/cover.svg\"/>");
  testing::replace_entry(broken, "EPUB/text/chapter-01.xhtml", chapter);
  const testing::JsonValue report = ace_report(broken, folder);
  EXPECT_EQ(testing::ace_violations(report), std::set<std::string>{"image-alt"});
  EXPECT_EQ(testing::ace_outcome(report), "fail");
}

TEST(Ace, TheReportReaderFindsAViolation) {
  // The shape of Ace's report for a book with an image without alt text: the result before the test,
  // the rule inside a document's assertions, the report's verdict last.
  const std::string report = R"({"@type": "earl:report", "dct:title": "Ace Report", "assertions": [
    {"@type": "earl:assertion", "earl:result": {"earl:outcome": "fail"}, "assertions": [
      {"@type": "earl:assertion", "earl:result": {"earl:outcome": "fail", "html": "<img src=\"a.png\" />"},
       "earl:test": {"earl:impact": "critical", "dct:title": "image-alt", "help": {"dct:title": "Images"},
                     "rulesetTags": ["wcag2a", "wcag111"]}},
      {"@type": "earl:assertion", "earl:result": {"earl:outcome": "pass"},
       "earl:test": {"dct:title": "heading-order"}}],
     "earl:testSubject": {"url": "chapter-01.xhtml", "dct:title": "Een \u00e9\ud83d\ude00"}}],
    "earl:result": {"earl:outcome": "fail"}, "n": -1.5e3, "ok": true, "none": null})";
  const testing::JsonValue parsed = testing::parse_json(report);
  EXPECT_EQ(testing::ace_violations(parsed), std::set<std::string>{"image-alt"});
  EXPECT_EQ(testing::ace_outcome(parsed), "fail");
  EXPECT_THROW(testing::parse_json("{\"a\": [1, 2}"), std::runtime_error);
}

}  // namespace
}  // namespace persklaar
