// Editions written at the same time (build_editions) give exactly the files each gives alone, and
// the work two editions share is made once, whichever thread asks first.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

#include "core/pipeline/build_editions.h"
#include "core/pipeline/once_per_build.h"
#include "core/pipeline/paginate.h"
#include "core/pipeline/prepare_editions.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

// Every file the editions wrote, by name, with its bytes.
// `prepared`: with the editions prepared while the pages are laid out, as `persklaar build` does.
std::map<std::string, std::string> build(const std::vector<std::string>& formats, const std::filesystem::path& folder,
                                         Diagnostics& diagnostics, bool prepared = false) {
  Publication publication = testing::load(testing::sample_manuscript());
  EditionRequest request{formats, folder, "sample", {}, {}, nullptr};
  std::optional<EditionPreparation> preparation;
  if (prepared) preparation.emplace(publication, request, testing::built_plugins());
  paginate_for_editions(publication, request, diagnostics);
  if (preparation) request.preparation = &*preparation;  // each edition waits for its own plugin
  std::map<std::string, std::string> files;
  for (const EditionResult& result : build_editions(publication, request, testing::built_plugins(), diagnostics)) {
    EXPECT_EQ(result.error, "") << result.format;
    for (const auto& file : result.files) files[file.filename().string()] = testing::read_file(file);
  }
  return files;
}

TEST(ParallelEditions, AllAtOnceGiveTheSameFilesAsEachAlone) {
  const std::vector<std::string> formats = {"brf", "epub", "pdf", "pdfx", "pef", "txt"};
  testing::TemporaryFolder together_folder, alone_folder;
  Diagnostics together_diagnostics;
  const auto together = build(formats, together_folder.path(), together_diagnostics);
  ASSERT_EQ(together.size(), formats.size());
  for (const std::string& format : formats) {
    Diagnostics diagnostics;
    for (const auto& [name, bytes] : build({format}, alone_folder.path(), diagnostics)) {
      ASSERT_TRUE(together.count(name)) << name;
      EXPECT_TRUE(together.at(name) == bytes) << name << " differs when the editions are written together";
    }
  }
}

TEST(ParallelEditions, EachEditionIsHandedOverOnceAsItEndsWithItsFilesInPlace) {
  // The preview shows the page images while the PDFs are still being made: each edition's result is
  // handed over as soon as it is written, once, with its files already in place.
  testing::TemporaryFolder folder;
  Publication publication = testing::load(testing::sample_manuscript());
  Diagnostics diagnostics;
  EditionRequest request{{"txt", "pdf", "epub"}, folder.path(), "sample", {}, {}, nullptr};
  paginate_for_editions(publication, request, diagnostics);
  std::mutex mutex;
  std::vector<std::string> announced;
  std::map<std::string, bool> in_place;
  request.edition_done = [&](const EditionResult& result) {
    const std::lock_guard<std::mutex> lock(mutex);
    announced.push_back(result.format);
    in_place[result.format] = !result.files.empty() && std::filesystem::exists(result.files.front());
  };
  const auto results = build_editions(publication, request, testing::built_plugins(), diagnostics);
  std::sort(announced.begin(), announced.end());
  EXPECT_THAT(announced, ::testing::ElementsAre("epub", "pdf", "txt"));
  for (const EditionResult& result : results) EXPECT_TRUE(in_place[result.format]) << result.format;
}

TEST(ParallelEditions, PreparedWhileThePagesAreLaidOutTheyGiveTheSameFilesAndWarnings) {
  const std::vector<std::string> formats = {"brf", "epub", "pef", "txt"};
  testing::TemporaryFolder plain_folder, prepared_folder;
  Diagnostics plain_diagnostics, prepared_diagnostics;
  const auto plain = build(formats, plain_folder.path(), plain_diagnostics);
  const auto prepared = build(formats, prepared_folder.path(), prepared_diagnostics, true);
  ASSERT_EQ(prepared.size(), formats.size());
  for (const auto& [name, bytes] : plain) {
    ASSERT_TRUE(prepared.count(name)) << name;
    EXPECT_TRUE(prepared.at(name) == bytes) << name << " differs when the editions were prepared";
  }
  std::vector<std::string> plain_messages, prepared_messages;
  for (const Diagnostic& diagnostic : plain_diagnostics.collected()) plain_messages.push_back(diagnostic.to_string());
  for (const Diagnostic& diagnostic : prepared_diagnostics.collected())
    prepared_messages.push_back(diagnostic.to_string());
  EXPECT_EQ(prepared_messages, plain_messages);
}

TEST(ParallelEditions, BraillePagesSharedByBrfAndPefAreMadeOnceSoItsWarningComesOnce) {
  // The braille pages are made once for BRF and PEF: a warning about them comes once, not twice.
  testing::TemporaryFolder folder;
  Diagnostics diagnostics;
  build({"brf", "pef"}, folder.path(), diagnostics);
  int braille_warnings = 0;
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    if (diagnostic.message.find("braille table") != std::string::npos) ++braille_warnings;
  }
  EXPECT_EQ(braille_warnings, 1);
}

TEST(ParallelEditions, AFormatAskedForTwiceIsWrittenForEachAsking) {
  testing::TemporaryFolder folder;
  Publication publication = testing::load(testing::sample_manuscript());
  EditionRequest request{{"txt", "pdf", "txt"}, folder.path(), "sample", {}, {}, nullptr};
  Diagnostics diagnostics;
  const std::vector<EditionResult> results =
      build_editions(publication, request, testing::built_plugins(), diagnostics);
  ASSERT_EQ(results.size(), 3u);
  for (const EditionResult& result : results) {
    EXPECT_EQ(result.error, "");
    EXPECT_FALSE(result.files.empty()) << "the edition of '" << result.format << "' wrote nothing";
  }
  EXPECT_EQ(results[2].format, "txt");
}

TEST(ParallelEditions, StartLongestFirstByTheirPluginsEstimates) {
  const std::vector<std::string> formats = {"txt", "brf", "pdfx", "epub", "pef", "pdf"};
  std::vector<std::string> order;
  for (const std::size_t k : starting_order(formats, testing::built_plugins())) order.push_back(formats[k]);
  ASSERT_EQ(order.size(), 6u);
  EXPECT_EQ(order.front(), "pdf") << "painting and finishing the screen PDF is the longest";
  EXPECT_EQ(order[1], "pdfx");
  EXPECT_EQ(order.back(), "txt");
  const auto at = [&](const std::string& format) { return std::find(order.begin(), order.end(), format); };
  EXPECT_LT(at("epub"), at("brf"));
  EXPECT_LT(at("brf"), at("pef"));
}

TEST(OncePerBuild, ThreadsAskingForTheSameBuildShareOneValue) {
  OncePerBuild<int, std::string> shared;
  const auto build = std::make_shared<const LaidOutPublication>();
  std::atomic<int> made{0};
  std::vector<std::shared_ptr<const std::string>> seen(8);
  std::vector<std::thread> threads;
  for (std::size_t k = 0; k < seen.size(); ++k) {
    threads.emplace_back([&, k] {
      seen[k] = shared.get(build, 1, [&] {
        ++made;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));  // others arrive while it is made
        return std::string("painted");
      });
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(made.load(), 1);
  for (const auto& value : seen) EXPECT_EQ(value.get(), seen.front().get());
}

TEST(OncePerBuild, AnotherBuildOrKeyMakesItAgainAndNoBuildSharesNothing) {
  OncePerBuild<int, int> shared;
  int made = 0;
  const auto make = [&] { return ++made; };
  auto first = std::make_shared<const LaidOutPublication>();
  EXPECT_EQ(*shared.get(first, 1, make), 1);
  EXPECT_EQ(*shared.get(first, 1, make), 1);
  EXPECT_EQ(*shared.get(first, 2, make), 2);  // other options
  first.reset();
  const auto second = std::make_shared<const LaidOutPublication>();  // may reuse the address
  EXPECT_EQ(*shared.get(second, 2, make), 3);
  EXPECT_EQ(*shared.get(nullptr, 2, make), 4);
  EXPECT_EQ(*shared.get(nullptr, 2, make), 5);
}

TEST(OncePerBuild, AFailureReachesEveryEditionThatWaits) {
  OncePerBuild<int, int> shared;
  const auto build = std::make_shared<const LaidOutPublication>();
  const auto fail = []() -> int { throw std::runtime_error("cairo: out of memory"); };
  EXPECT_THROW(shared.get(build, 1, fail), std::runtime_error);
  EXPECT_THROW(shared.get(build, 1, [] { return 1; }), std::runtime_error);
}

}  // namespace
}  // namespace persklaar
