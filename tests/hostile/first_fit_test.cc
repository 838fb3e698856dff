// The line-by-line breaker that sets paragraphs too long to be weighed as a whole: every line is as
// full as the measure allows, the paragraph's last line is set at its natural width, a box wider than
// the measure is an overfull line of its own, and hyphenated lines never run more than the limit.
#include <gtest/gtest.h>

#include "core/layout/linebreak.h"

namespace persklaar {
namespace {

// Words of the given widths with spaces (width 4, stretch 2, shrink 1) between them, closed as a
// paragraph; a negative width is a hyphenation point (penalty 50, hyphen width 3) inside a word.
std::vector<BreakItem> paragraph(const std::vector<double>& widths) {
  std::vector<BreakItem> items;
  for (std::size_t k = 0; k < widths.size(); ++k) {
    if (widths[k] < 0) {
      items.push_back(BreakItem::penalty(3, 50, true));
      continue;
    }
    if (k > 0 && widths[k - 1] >= 0) items.push_back(BreakItem::glue(4, 2, 1));
    items.push_back(BreakItem::box(widths[k]));
  }
  items.push_back(BreakItem::glue(0, 1e9, 0));
  items.push_back(BreakItem::penalty(0, -kInfinitePenalty));
  return items;
}

TEST(FirstFit, FillsEachLineAsFarAsTheMeasureAllows) {
  const auto items = paragraph({10, 10, 10, 10, 10, 10, 10});
  // 10 + 4 + 10 + 4 + 10 = 38 fits 40; a fourth word (52, shrinkable to 49) does not.
  const auto breaks = break_lines_first_fit(items, [](std::size_t) { return 40.0; });
  ASSERT_EQ(breaks.size(), 3u);
  EXPECT_EQ(breaks[0].position, 5u);        // the glue after the third word
  EXPECT_NEAR(breaks[0].ratio, 0.5, 1e-9);  // 2 points to stretch over two spaces of stretch 2 each
  EXPECT_FALSE(breaks[0].overfull);
  EXPECT_EQ(breaks.back().position, items.size() - 1);
  EXPECT_EQ(breaks.back().ratio, 0);
}

TEST(FirstFit, AWordWiderThanTheMeasureIsAnOverfullLineOfItsOwn) {
  const auto breaks = break_lines_first_fit(paragraph({10, 90, 10}), [](std::size_t) { return 40.0; });
  ASSERT_EQ(breaks.size(), 3u);
  EXPECT_FALSE(breaks[0].overfull);
  EXPECT_TRUE(breaks[1].overfull);
  EXPECT_FALSE(breaks[2].overfull);
}

TEST(FirstFit, NeverMoreHyphenatedLinesInARowThanAllowed) {
  std::vector<double> widths;
  for (int k = 0; k < 40; ++k) {
    widths.insert(widths.end(), {20, -1, 17});  // a word that can be hyphenated after 20 points
  }
  LineBreakParameters parameters;
  parameters.max_consecutive_flagged = 1;
  const auto breaks = break_lines_first_fit(
      paragraph(widths), [](std::size_t) { return 45.0; }, parameters);
  int run = 0;
  for (const auto& line : breaks) {
    run = line.flagged ? run + 1 : 0;
    EXPECT_LE(run, 1);
  }
}

}  // namespace
}  // namespace persklaar
