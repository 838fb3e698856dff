// What the preview page hears of a build: the page images written while the build runs are news at
// once (with the last build's diagnostics until it ends), a build's end is news, and images that did
// not change are none.
#include "cli/preview_state.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/pipeline/paginate.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;
using ::testing::Not;

TEST(PreviewState, PageImagesWrittenDuringABuildAreNewsBeforeItEnds) {
  testing::TemporaryFolder folder;
  Publication publication = testing::load(testing::sample_manuscript());
  Diagnostics diagnostics;
  cli::BuildPlan plan;
  plan.request = EditionRequest{{"png"}, folder.path(), "sample", {}, {}, nullptr};
  paginate_for_editions(publication, plan.request, diagnostics);
  folder.write("sample-pages/page-001.png", "first page");
  folder.write("sample-pages/page-002.png", "second page");
  Diagnostic warning;
  warning.severity = Severity::warning;
  warning.message = "a loose line";
  diagnostics.report(warning);

  cli::PreviewState state;
  state.building();
  state.built(plan, cli::BuildOutcome{}, diagnostics);
  const cli::PreviewSnapshot first = state.snapshot();
  EXPECT_EQ(first.build, 1);
  EXPECT_THAT(first.json, HasSubstr("a loose line"));

  // The next build: the second page changes and is written before the build ends.
  state.building();
  const cli::PreviewNews before = state.wait_for_news({}, 0ms);
  folder.write("sample-pages/page-002.png", "second page, one word changed");
  state.pages_written(plan);
  const cli::PreviewNews news = state.wait_for_news(before, 0ms);
  EXPECT_EQ(news.build, 1);  // the build has not ended
  EXPECT_TRUE(news.building);
  EXPECT_EQ(news.pages_shown, before.pages_shown + 1);
  const cli::PreviewSnapshot during = state.snapshot();
  EXPECT_NE(during.json, first.json);
  EXPECT_THAT(during.json, HasSubstr("a loose line"));  // the last build's diagnostics until this one ends

  // The same images once more are no news; the build's end is.
  state.pages_written(plan);
  EXPECT_EQ(state.wait_for_news(news, 0ms), news);
  state.built(plan, cli::BuildOutcome{}, Diagnostics{});
  const cli::PreviewNews ended = state.wait_for_news(news, 0ms);
  EXPECT_EQ(ended.build, 2);
  EXPECT_FALSE(ended.building);
  EXPECT_EQ(ended.pages_shown, news.pages_shown);
  EXPECT_THAT(state.snapshot().json, Not(HasSubstr("a loose line")));
}

}  // namespace
}  // namespace persklaar
