// `persklaar watch` as a user runs it: a save makes every edition again, a broken save shows its error
// and keeps the last good editions, and Ctrl-C ends it with 130 and no temporary file.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>

#include <thread>

#include "tests/support/cli_run.h"
#include "tests/support/temporary_folder.h"

namespace persklaar {
namespace {

using namespace std::chrono_literals;

// Waits (at most `limit`) until `file` exists and contains `text`.
bool eventually_contains(const std::filesystem::path& file, const std::string& text,
                         std::chrono::milliseconds limit = 30s) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (std::filesystem::exists(file) && testing::read_file(file).find(text) != std::string::npos) return true;
    std::this_thread::sleep_for(50ms);
  }
  return false;
}

TEST(Watch, BuildsAgainAfterASaveAndKeepsTheLastGoodEditionsWhenASaveBreaksIt) {
  testing::TemporaryFolder folder;
  const auto manuscript = folder.path() / "boek";
  folder.write("boek/manuscript.yaml", "title: Boek\nlanguage: nl\nchapters:\n  - een.md\n");
  folder.write("boek/een.md", "# Een\n\nDe eerste versie.\n");
  const auto out = folder.path() / "out";
  const auto text = out / "boek.txt";
  testing::CliProcess watch({"watch", manuscript.string(), "-t", "txt,pdf", "-o", out.string() + "/"}, folder);

  ASSERT_TRUE(eventually_contains(text, "eerste versie"));
  folder.write("boek/een.md", "# Een\n\nDe tweede versie.\n");
  ASSERT_TRUE(eventually_contains(text, "tweede versie"));

  folder.write("boek/manuscript.yaml", "title: [Boek\nchapters:\n  - een.md\n");  // broken YAML
  std::this_thread::sleep_for(1500ms);
  EXPECT_THAT(testing::read_file(text), ::testing::HasSubstr("tweede versie"));
  EXPECT_TRUE(std::filesystem::exists(out / "boek.pdf"));

  folder.write("boek/manuscript.yaml", "title: Boek\nlanguage: nl\nchapters:\n  - een.md\n");
  folder.write("boek/een.md", "# Een\n\nDe derde versie.\n");
  ASSERT_TRUE(eventually_contains(text, "derde versie"));

  watch.send(SIGINT);
  const testing::CliRun run = watch.wait(30s);
  EXPECT_EQ(run.exit_code, 130) << run.output;
  EXPECT_THAT(run.output, ::testing::ContainsRegex("manuscript.yaml:[0-9]+:[0-9]+: error: broken YAML"));
  EXPECT_THAT(run.output, ::testing::HasSubstr("een.md changed; building again"));
  for (const auto& entry : std::filesystem::directory_iterator(out)) {
    EXPECT_NE(entry.path().filename().string()[0], '.') << "a temporary file was left: " << entry.path();
  }
}

TEST(Watch, StandardInputCannotBeWatched) {
  testing::TemporaryFolder folder;
  testing::CliProcess watch({"watch", "-"}, folder);
  const testing::CliRun run = watch.wait(30s);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.output, ::testing::HasSubstr("standard input cannot be watched"));
}

}  // namespace
}  // namespace persklaar
