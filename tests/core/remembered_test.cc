// The results a process keeps by their inputs: found again, forgotten all at once past the limit,
// and kept for a later build only once the process is going to build again.
#include "core/memo/remembered.h"

#include <gtest/gtest.h>

#include <string>

namespace persklaar {
namespace {

TEST(Remembered, FindsWhatItKeptAndForgetsEverythingPastItsLimit) {
  Remembered<std::string, int> kept(2);
  kept.keep("a", 1);
  kept.keep("b", 2);
  EXPECT_EQ(kept.find("a"), 1);
  EXPECT_EQ(kept.find("b"), 2);
  kept.keep("c", 3);  // a third entry: the first two are forgotten
  EXPECT_FALSE(kept.find("a"));
  EXPECT_FALSE(kept.find("b"));
  EXPECT_EQ(kept.find("c"), 3);
  int made = 0;
  EXPECT_EQ(kept.find_or_make("c", [&] { return ++made; }), 3);
  EXPECT_EQ(kept.find_or_make("d", [&] { return ++made; }), 1);
  EXPECT_EQ(made, 1) << "made once, for the key it did not have";
}

TEST(Remembered, WeighsEntriesWhenToldHow) {
  Remembered<std::string, std::string> kept(
      10, [](const std::string& key, const std::string& value) { return key.size() + value.size(); });
  kept.keep("k", "12345");    // 6
  kept.keep("l", "1234567");  // 6 + 8 > 10: forgets the first
  EXPECT_FALSE(kept.find("k"));
  EXPECT_EQ(kept.find("l"), "1234567");
}

TEST(Remembered, KeepsForALaterBuildOnlyInAProcessThatBuildsAgain) {
  // Each test runs in a process of its own (gtest_discover_tests), so nothing has switched yet.
  Remembered<std::string, int> for_later(10, nullptr, KeepFor::processes_that_build_again);
  Remembered<std::string, int> for_now(10);
  ASSERT_FALSE(remembering_across_builds());
  for_later.keep("page", 1);
  for_now.keep("word", 2);
  EXPECT_FALSE(for_later.keeping());
  EXPECT_FALSE(for_later.find("page")) << "a build that runs once checks each page once";
  EXPECT_EQ(for_now.find("word"), 2);
  remember_across_builds();  // as persklaar watch does
  for_later.keep("page", 1);
  EXPECT_EQ(for_later.find("page"), 1);
}

}  // namespace
}  // namespace persklaar
