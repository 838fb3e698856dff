// Pictures taken out of a Word document live in a folder of the build's own (mkdtemp, mode 0700)
// under the temporary folder while the editions embed them, and are gone when persklaar ends: after a
// build, after an error, and after SIGTERM. No shared folder under /tmp is used.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <zip.h>

#include <thread>

#include "tests/support/cli_run.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

const std::filesystem::path kRevisions = testing::source_dir() / "tests" / "docx" / "fixtures" / "revisions.docx";

// Runs persklaar with its own temporary folder (TMPDIR), to see what it leaves there.
class WordMedia : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(temporary());
    const char* previous = std::getenv("TMPDIR");
    previous_ = previous ? previous : "";
    ::setenv("TMPDIR", temporary().c_str(), 1);
  }
  void TearDown() override {
    if (previous_.empty()) {
      ::unsetenv("TMPDIR");
    } else {
      ::setenv("TMPDIR", previous_.c_str(), 1);
    }
  }
  std::filesystem::path temporary() const { return folder_.path() / "tmp"; }
  std::vector<std::filesystem::path> left_in_temporary() const {
    std::vector<std::filesystem::path> left;
    for (const auto& entry : std::filesystem::directory_iterator(temporary())) left.push_back(entry.path());
    return left;
  }
  std::filesystem::path manuscript(const std::string& second_chapter) const {
    std::filesystem::copy_file(kRevisions, folder_.path() / "boek" / "revisies.docx");
    folder_.write("boek/tweede.md", second_chapter);
    return folder_.path() / "boek";
  }
  void SetUpManuscriptFolder() const { std::filesystem::create_directories(folder_.path() / "boek"); }

  testing::TemporaryFolder folder_;
  std::string previous_;
};

constexpr const char* kMetadata = "title: Met plaatjes\nlanguage: nl\nchapters:\n  - revisies.docx\n  - tweede.md\n";

TEST_F(WordMedia, TheEditionsEmbedThePictureAndNothingIsLeftAfterTheBuild) {
  SetUpManuscriptFolder();
  folder_.write("boek/manuscript.yaml", kMetadata);
  const auto book = manuscript("# Tweede hoofdstuk\n\n## Inleiding\n\nNog een alinea.\n");
  const testing::CliRun made =
      testing::run_cli({"build", book.string(), "-t", "epub", "-o", (folder_.path() / "uit").string() + "/"}, folder_);
  ASSERT_EQ(made.exit_code, 0) << made.output;
  EXPECT_THAT(made.output, ::testing::Not(HasSubstr("image '")));  // found where the reader put it
  int error = 0;
  zip_t* epub = zip_open((folder_.path() / "uit" / "boek.epub").c_str(), ZIP_RDONLY, &error);
  ASSERT_NE(epub, nullptr);
  int pictures = 0;
  for (zip_int64_t k = 0; k < zip_get_num_entries(epub, 0); ++k) {
    const std::string name = zip_get_name(epub, static_cast<zip_uint64_t>(k), 0);
    pictures +=
        name.size() > 4 && name.compare(name.size() - 4, 4, ".png") == 0 && name.find("cover") == std::string::npos;
  }
  zip_discard(epub);
  EXPECT_EQ(pictures, 1) << "the Word document's picture is in the e-book";
  EXPECT_THAT(left_in_temporary(), ::testing::IsEmpty());
}

TEST_F(WordMedia, NothingIsLeftAfterAnError) {
  SetUpManuscriptFolder();
  folder_.write("boek/manuscript.yaml", kMetadata);
  const auto book = manuscript("# Tweede hoofdstuk\n\n## Inleiding\n\n" + std::string(120, '>') + " te diep\n");
  const testing::CliRun failed =
      testing::run_cli({"build", book.string(), "-o", (folder_.path() / "uit").string() + "/"}, folder_);
  EXPECT_EQ(failed.exit_code, 1) << failed.output;
  EXPECT_THAT(failed.output, HasSubstr("nested more than 100 levels"));
  EXPECT_THAT(left_in_temporary(), ::testing::IsEmpty());
}

TEST_F(WordMedia, ThePrivateFolderIsTheOwnersAloneAndGoesWithSigterm) {
  SetUpManuscriptFolder();
  folder_.write("boek/manuscript.yaml", kMetadata);
  // A long second chapter keeps the layout busy after the Word chapter is read.
  std::string long_chapter = "# Tweede hoofdstuk\n\n## Inleiding\n\n";
  for (int k = 0; k < 4000; ++k)
    long_chapter += "Een alinea die de opmaak bezig houdt, nummer " + std::to_string(k) + ".\n\n";
  const auto book = manuscript(long_chapter);
  testing::CliProcess build({"build", book.string(), "-o", (folder_.path() / "uit").string() + "/"}, folder_);
  std::vector<std::filesystem::path> made;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (made.empty() && std::chrono::steady_clock::now() < deadline) {
    made = left_in_temporary();
    if (made.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ASSERT_EQ(made.size(), 1u) << "persklaar made no private folder";
  EXPECT_THAT(made.front().filename().string(), ::testing::StartsWith("persklaar-"));
  struct stat status {};
  ASSERT_EQ(::stat(made.front().c_str(), &status), 0);
  EXPECT_EQ(status.st_mode & 0777, 0700u) << "only its owner may read or replace the pictures";
  build.send(SIGTERM);
  const testing::CliRun ended = build.wait();
  EXPECT_EQ(ended.exit_code, 143) << ended.output;
  EXPECT_THAT(left_in_temporary(), ::testing::IsEmpty());
}

}  // namespace
}  // namespace persklaar
