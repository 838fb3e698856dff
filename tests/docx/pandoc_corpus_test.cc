// pandoc's Word test files (../shared/corpora/pandoc-docx, read in place): every one goes through the
// real persklaar command, which must never crash, hang or fail internally, and nine in ten must give
// a text edition holding at least 95 % of the words of pandoc's own reading (its .native file).
#include <gtest/gtest.h>

#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <regex>

#include "tests/docx/word_coverage.h"
#include "tests/support/cli_run.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

const std::filesystem::path kCorpus = testing::corpora_dir() / "pandoc-docx";

struct CorpusFile {
  std::filesystem::path docx;
  std::filesystem::path native;  // empty for reference documents that have no expected reading
};

// Every .docx of the corpus, each with the first expected reading MANIFEST.json pairs it with (the
// default options, which accept tracked changes).
std::vector<CorpusFile> corpus_files() {
  std::map<std::string, std::string> native_of;
  const std::string manifest = testing::read_file(kCorpus / "MANIFEST.json");
  static const std::regex pair(R"re("docx":\s*"([^"]+)",\s*"native":\s*"([^"]+)")re");
  for (auto it = std::sregex_iterator(manifest.begin(), manifest.end(), pair); it != std::sregex_iterator(); ++it) {
    native_of.emplace((*it)[1].str(), (*it)[2].str());
  }
  std::vector<CorpusFile> files;
  for (const auto* folder : {"", "golden"}) {
    for (const auto& entry : std::filesystem::directory_iterator(kCorpus / folder)) {
      if (entry.path().extension() != ".docx") continue;
      const std::string name =
          (std::string(folder).empty() ? "" : std::string(folder) + "/") + entry.path().filename().string();
      const auto native = native_of.find(name);
      files.push_back({entry.path(), native == native_of.end() ? std::filesystem::path() : kCorpus / native->second});
    }
  }
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.docx < b.docx; });
  return files;
}

struct Reading {
  testing::CliRun run;
  std::string text;  // the text edition, when the build succeeded
};

// Builds the text edition of one Word file: the file alone, and when it has no title (most test files
// have none), with one given on the command line.
Reading build_text_edition(const std::filesystem::path& docx) {
  testing::TemporaryFolder folder;
  const auto out = folder.path() / "out";
  auto run = testing::run_cli({"build", docx.string(), "-t", "txt", "-o", out.string()}, folder);
  const std::filesystem::path edition = out / (docx.stem().string() + ".txt");
  if (run.exit_code == 1 && run.output.find("the manuscript has no title") != std::string::npos) {
    run = testing::run_cli(
        {"build", docx.string(), "-t", "txt", "-o", out.string(), "-M", "title=" + docx.stem().string()}, folder);
  }
  Reading reading{run, {}};
  if (run.exit_code == 0) reading.text = testing::read_file(edition);
  return reading;
}

TEST(PandocCorpus, NoneCrashesHangsOrFailsInternallyAndNineInTenKeepTheWords) {
  PERSKLAAR_SKIP_WITHOUT(kCorpus);
  const auto files = corpus_files();
  EXPECT_EQ(files.size(), 123u);
  int with_reading = 0;
  int kept = 0;
  int built = 0;
  for (const CorpusFile& file : files) {
    const Reading reading = build_text_edition(file.docx);
    const std::string name = std::filesystem::relative(file.docx, kCorpus).string();
    const testing::CliRun& run = reading.run;
    EXPECT_FALSE(run.timed_out) << name << " hangs";
    EXPECT_EQ(run.signal, 0) << name << " crashes\n" << run.output;
    EXPECT_TRUE(run.exit_code == 0 || run.exit_code == 1) << name << ": exit " << run.exit_code << "\n" << run.output;
    if (run.exit_code == 1) {
      EXPECT_NE(run.output.find("error:"), std::string::npos) << name << ": no message\n" << run.output;
    }
    built += run.exit_code == 0;
    if (file.native.empty()) {
      std::cout << std::left << std::setw(48) << name << " exit " << run.exit_code << "  (no pandoc reading)\n";
      continue;
    }
    ++with_reading;
    const auto reference = testing::native_words(testing::read_file(file.native));
    const double coverage = testing::word_coverage(reference, testing::text_words(reading.text));
    kept += coverage >= 0.95;
    std::cout << std::left << std::setw(48) << name << " exit " << run.exit_code << "  words " << std::setw(5)
              << reference.size() << " kept " << std::fixed << std::setprecision(1) << 100 * coverage << " %"
              << (coverage < 0.95 ? "  < 95 %" : "") << "\n";
  }
  std::cout << built << " of " << files.size() << " built; " << kept << " of " << with_reading
            << " with a pandoc reading keep at least 95 % of its words\n";
  EXPECT_GE(kept * 10, with_reading * 9);
}

TEST(WordCoverage, ComparesWordsWithoutPunctuationOrCase) {
  const auto reference = testing::native_words(R"([Para [Str "\8220Well-known,\8221",Space,Str "caf\233s"]])");
  ASSERT_EQ(reference.size(), 2u);
  EXPECT_EQ(reference[1], "caf\xC3\xA9s");
  EXPECT_DOUBLE_EQ(testing::word_coverage(reference, testing::text_words("“well-known” caves")), 0.5);
  EXPECT_DOUBLE_EQ(testing::word_coverage(reference, testing::text_words("‘Well-known’ cafés")), 1.0);
  EXPECT_DOUBLE_EQ(testing::word_coverage(reference, testing::text_words("nothing")), 0.0);
}

}  // namespace
}  // namespace persklaar
