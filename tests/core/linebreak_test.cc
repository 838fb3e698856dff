#include "core/layout/linebreak.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace persklaar {
namespace {

constexpr double kFill = 1e6;  // finishing glue, as the paragraph setter makes it
constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

// A paragraph from text, one unit a character. A space is glue of width 1 that stretches 0.5 and
// shrinks 0.25 (sums of these are exact in binary, so a ratio on a fitness class boundary falls on
// the same side here and in the breaker); "|" is a hyphenation point (a flagged penalty with a
// hyphen of width 1), "~" a tie (a space no line may end at) and "\n" a forced line end. The usual
// finish closes it.
std::vector<BreakItem> paragraph(std::string_view text, double hyphen_penalty = 50, double finishing_stretch = kFill) {
  std::vector<BreakItem> items;
  double word = 0;
  auto flush = [&] {
    if (word > 0) items.push_back(BreakItem::box(word));
    word = 0;
  };
  for (char c : text) {
    if (c == ' ' || c == '|' || c == '~' || c == '\n') flush();
    if (c == ' ') {
      items.push_back(BreakItem::glue(1, 0.5, 0.25));
    } else if (c == '|') {
      items.push_back(BreakItem::penalty(1, hyphen_penalty, true));
    } else if (c == '~') {
      items.push_back(BreakItem::penalty(0, kInfinitePenalty));
      items.push_back(BreakItem::glue(1, 0.5, 0.25));
    } else if (c == '\n') {
      items.push_back(BreakItem::glue(0, finishing_stretch, 0));
      items.push_back(BreakItem::penalty(0, -kInfinitePenalty));
    } else {
      word += 1;
    }
  }
  flush();
  items.push_back(BreakItem::glue(0, finishing_stretch, 0));
  items.push_back(BreakItem::penalty(0, -kInfinitePenalty));
  return items;
}

// `count` words of 1 to `longest` letters; words of 6 letters or more get hyphenation points when
// asked.
std::string random_text(unsigned seed, int count, bool hyphenate = false, int longest = 9) {
  std::mt19937 random(seed);  // mt19937's sequence is fixed by the standard; its distributions are not
  std::string text;
  for (int w = 0; w < count; ++w) {
    if (w > 0) text += ' ';
    const int letters = 1 + static_cast<int>(random() % static_cast<unsigned>(longest));
    for (int k = 0; k < letters; ++k) {
      if (hyphenate && letters >= 6 && k >= 2 && k <= letters - 3 && k % 2 == 0) text += '|';
      text += 'x';
    }
  }
  return text;
}

bool forced(const BreakItem& item) {
  return item.type == BreakItem::Type::penalty && item.cost <= -kInfinitePenalty;
}

bool legal_break(const std::vector<BreakItem>& items, std::size_t i) {
  if (items[i].type == BreakItem::Type::glue) return i > 0 && items[i - 1].type == BreakItem::Type::box;
  return items[i].type == BreakItem::Type::penalty && items[i].cost < kInfinitePenalty;
}

// Breaking at `i` would leave the next line empty: no box comes before the next forced break.
bool leaves_empty_line(const std::vector<BreakItem>& items, std::size_t i) {
  for (std::size_t j = i + 1; j < items.size(); ++j) {
    if (items[j].type == BreakItem::Type::box) return false;
    if (forced(items[j])) return true;
  }
  return true;
}

// A line measured item by item, independently of the breaker's running totals.
struct Line {
  double width = 0, stretch = 0, shrink = 0;
  bool empty = true;  // no box: a blank line, set at its natural width
};

// The line after a break at `previous` (kNone: the paragraph's start) up to a break at `end`; the
// glue and penalties after a break are discarded up to the next box.
Line line_between(const std::vector<BreakItem>& items, std::size_t previous, std::size_t end) {
  std::size_t i = previous == kNone ? 0 : previous + 1;
  while (i < end && items[i].type != BreakItem::Type::box && !forced(items[i])) ++i;
  Line line;
  for (; i < end; ++i) {
    if (items[i].type == BreakItem::Type::penalty) continue;
    line.empty = line.empty && items[i].type != BreakItem::Type::box;
    line.width += items[i].width;
    line.stretch += items[i].type == BreakItem::Type::glue ? items[i].stretch : 0;
    line.shrink += items[i].type == BreakItem::Type::glue ? items[i].shrink : 0;
  }
  if (end < items.size() && items[end].type == BreakItem::Type::penalty) line.width += items[end].width;
  return line;
}

double ratio_of(const Line& line, double measure) {
  if (line.empty || std::abs(line.width - measure) < 1e-9) return 0;
  if (line.width < measure) {
    return line.stretch > 0 ? (measure - line.width) / line.stretch : std::numeric_limits<double>::infinity();
  }
  return line.shrink > 0 ? (measure - line.width) / line.shrink : -std::numeric_limits<double>::infinity();
}

using Widths = std::function<double(std::size_t)>;

Widths constant(double measure) {
  return [measure](std::size_t) { return measure; };
}

// Every break is legal, the list ends at the last item, and each reported ratio is the one the
// line really has (overfull lines report -1, lines with nothing to stretch 0).
void expect_consistent(const std::vector<BreakItem>& items, const std::vector<ChosenBreak>& breaks,
                       const Widths& widths) {
  ASSERT_FALSE(breaks.empty());
  EXPECT_EQ(breaks.back().position, items.size() - 1);
  std::size_t previous = kNone;
  for (std::size_t n = 0; n < breaks.size(); ++n) {
    const ChosenBreak& b = breaks[n];
    ASSERT_LT(b.position, items.size());
    EXPECT_TRUE(legal_break(items, b.position)) << "line " << n << " ends at item " << b.position;
    EXPECT_TRUE(previous == kNone || b.position > previous);
    const double ratio = ratio_of(line_between(items, previous, b.position), widths(n));
    if (b.overfull) {
      EXPECT_LT(ratio, -1) << "line " << n;
      EXPECT_EQ(b.ratio, -1);
    } else if (std::isinf(ratio)) {
      EXPECT_TRUE(b.loose) << "line " << n;
      EXPECT_EQ(b.ratio, 0);
    } else {
      EXPECT_NEAR(b.ratio, ratio, 1e-6) << "line " << n;
    }
    previous = b.position;
  }
}

// Knuth and Plass's demerits, written out again from the paper to check the breaker against.
int fitness_of(double ratio) {
  return ratio > 1 ? 0 : ratio > 0.5 ? 1 : ratio >= -0.5 ? 2 : 3;
}

double line_demerits(const BreakItem& at, double ratio, bool previous_flagged, int previous_fitness,
                     const LineBreakParameters& parameters) {
  const double badness = 100 * std::pow(std::abs(ratio), 3);
  double demerits = std::pow(parameters.line_penalty + badness, 2);
  if (at.type == BreakItem::Type::penalty && !forced(at)) demerits += at.cost * std::abs(at.cost);
  if (at.flagged && previous_flagged) demerits += parameters.flagged_demerits;
  if (std::abs(fitness_of(ratio) - previous_fitness) > 1) demerits += parameters.fitness_demerits;
  return demerits;
}

double total_demerits(const std::vector<BreakItem>& items, const std::vector<ChosenBreak>& breaks, const Widths& widths,
                      const LineBreakParameters& parameters) {
  double total = 0;
  std::size_t previous = kNone;
  bool previous_flagged = false;
  int previous_fitness = 2;
  for (std::size_t n = 0; n < breaks.size(); ++n) {
    const double ratio = ratio_of(line_between(items, previous, breaks[n].position), widths(n));
    total += line_demerits(items[breaks[n].position], ratio, previous_flagged, previous_fitness, parameters);
    previous = breaks[n].position;
    previous_flagged = items[previous].flagged;
    previous_fitness = fitness_of(ratio);
  }
  return total;
}

// The least total demerits over every break sequence within `tolerance`, by trying them all.
struct Exhaustive {
  const std::vector<BreakItem>& items;
  const Widths& widths;
  const LineBreakParameters& parameters;
  double best = std::numeric_limits<double>::infinity();

  void from(std::size_t previous, std::size_t line, int flagged_run, int fitness, double total) {
    for (std::size_t i = previous == kNone ? 0 : previous + 1; i < items.size(); ++i) {
      if (!legal_break(items, i)) continue;
      const Line l = line_between(items, previous, i);
      if (l.width - l.shrink > widths(line) + 1) return;  // only wider from here on
      if (!forced(items[i]) && (l.empty || leaves_empty_line(items, i))) continue;
      const double ratio = ratio_of(l, widths(line));
      const int run = items[i].flagged ? flagged_run + 1 : 0;
      const bool within = ratio >= -1 - 1e-9 && ratio <= parameters.tolerance + 1e-9;
      if (within && run <= parameters.max_consecutive_flagged) {
        const double sum = total + line_demerits(items[i], ratio, flagged_run > 0, fitness, parameters);
        if (i == items.size() - 1) {
          best = std::min(best, sum);
        } else {
          from(i, line + 1, run, fitness_of(ratio), sum);
        }
      }
      if (forced(items[i])) return;
    }
  }
};

// First fit, for comparison: each line takes as much as fits, shrinking if it must.
std::vector<ChosenBreak> first_fit(const std::vector<BreakItem>& items, double measure) {
  std::vector<ChosenBreak> breaks;
  std::size_t previous = kNone, fitting = kNone;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!legal_break(items, i)) continue;
    const double ratio = ratio_of(line_between(items, previous, i), measure);
    if (ratio < -1 && fitting != kNone) {
      breaks.push_back({fitting, ratio_of(line_between(items, previous, fitting), measure)});
      previous = fitting;
      fitting = kNone;
      i = previous;
      continue;
    }
    fitting = i;
    if (forced(items[i])) {
      breaks.push_back({i, ratio});
      previous = i;
      fitting = kNone;
    }
  }
  return breaks;
}

TEST(LineBreaking, TotalFitAvoidsTheLooseLineFirstFitLeaves) {
  // First fit shrinks "by this well in fact an" into the first line and leaves "ugly creature came"
  // 4 short with two spaces to stretch it; total fit takes "an" down and sets both lines moderately.
  const auto items = paragraph("by this well in fact an ugly creature came back now");
  const double measure = 22;
  const auto greedy = first_fit(items, measure);
  const auto breaks = break_lines(items, constant(measure));
  expect_consistent(items, breaks, constant(measure));
  ASSERT_EQ(greedy.size(), 3u);
  EXPECT_EQ(greedy[1].ratio, 4);
  ASSERT_EQ(breaks.size(), 3u);
  EXPECT_EQ(breaks[0].ratio, 1);
  EXPECT_NEAR(breaks[1].ratio, 2.0 / 3, 1e-9);
  for (const ChosenBreak& b : breaks) EXPECT_FALSE(b.loose || b.overfull);
  const LineBreakParameters defaults;
  EXPECT_LT(total_demerits(items, breaks, constant(measure), defaults),
            total_demerits(items, greedy, constant(measure), defaults));
}

// Random paragraphs checked against every break sequence. Measures cycle over three values and never
// settle, so a break after two lines is not the same as one after three; demerits vary so that
// fitness classes and hyphens in a row change the optimum. One case a line: the measures, the
// paragraphs and the first-pass tolerance.
struct ExhaustiveCase {
  double narrowest;  // measure of lines 0, 3, 6, …; each next line is `step` wider, three apart
  double step;
  int words;
  int longest;  // letters in the longest word
  double tolerance;
};

void PrintTo(const ExhaustiveCase& c, std::ostream* out) {
  *out << c.narrowest << "+" << c.step << " " << c.words << " words up to " << c.longest << " r<=" << c.tolerance;
}

class TotalFit : public ::testing::TestWithParam<ExhaustiveCase> {};

TEST_P(TotalFit, FindsTheLeastDemeritsOfEverySequence) {
  const ExhaustiveCase& c = GetParam();
  const Widths widths = [&c](std::size_t line) { return c.narrowest + c.step * static_cast<double>(line % 3); };
  int compared = 0;
  for (unsigned seed = 1; seed <= 500; ++seed) {
    LineBreakParameters parameters;
    parameters.tolerance = c.tolerance;
    parameters.max_consecutive_flagged = static_cast<int>(seed % 3);
    parameters.fitness_demerits = seed % 2 ? 100 : 20000;
    parameters.flagged_demerits = seed % 5 ? 3000 : 0;
    const auto items = paragraph(random_text(seed, c.words, true, c.longest), 50 - 10.0 * (seed % 7));
    Exhaustive exhaustive{items, widths, parameters};
    exhaustive.from(kNone, 0, 0, 2, 0);
    const auto breaks = break_lines(items, widths, parameters);
    expect_consistent(items, breaks, widths);
    if (std::isinf(exhaustive.best)) continue;  // no first-pass solution: a later pass decides
    ++compared;
    EXPECT_NEAR(total_demerits(items, breaks, widths, parameters), exhaustive.best, 1e-6 * exhaustive.best)
        << "seed " << seed;
  }
  EXPECT_GT(compared, 100);
}

// Text-like paragraphs at the usual tolerance; and short words in loose lines, where the same break
// is reached after different numbers of lines.
INSTANTIATE_TEST_SUITE_P(LineBreaking, TotalFit,
                         ::testing::Values(ExhaustiveCase{20, 8, 24, 9, 2}, ExhaustiveCase{10, 10, 20, 6, 10}));

TEST(LineBreaking, RatiosStayWithinToleranceWhenASolutionExists) {
  for (unsigned seed = 100; seed < 120; ++seed) {
    const auto items = paragraph(random_text(seed, 80, true));
    const auto breaks = break_lines(items, constant(60));
    expect_consistent(items, breaks, constant(60));
    for (const ChosenBreak& b : breaks) {
      EXPECT_GE(b.ratio, -1) << "seed " << seed;
      EXPECT_LE(b.ratio, 1) << "seed " << seed;
      EXPECT_FALSE(b.loose || b.overfull) << "seed " << seed;
    }
  }
}

TEST(LineBreaking, HonoursForcedBreaks) {
  const auto items = paragraph("one two three\nfour five six seven eight nine ten\neleven");
  const auto breaks = break_lines(items, constant(20));
  expect_consistent(items, breaks, constant(20));
  std::vector<std::size_t> forced_at;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (forced(items[i])) forced_at.push_back(i);
  }
  ASSERT_EQ(forced_at.size(), 3u);
  std::vector<std::size_t> broken_at;
  for (const ChosenBreak& b : breaks) broken_at.push_back(b.position);
  for (std::size_t at : forced_at) EXPECT_NE(std::find(broken_at.begin(), broken_at.end(), at), broken_at.end());
  // The short lines before a forced break are set at their natural width, not stretched.
  EXPECT_EQ(breaks.front().position, forced_at[0]);
  EXPECT_NEAR(breaks.front().ratio, 0, 1e-4);
}

TEST(LineBreaking, SetsABlankLineBetweenForcedBreaksAsItIs) {
  // Two line ends in a row: the finishing glue of the blank line is discarded after the first, but
  // the blank line is not a loose one, and doesn't push the paragraph into a later pass.
  const auto items = paragraph("one two three four\n\nfive six seven eight nine ten eleven");
  const auto breaks = break_lines(items, constant(20));
  expect_consistent(items, breaks, constant(20));
  ASSERT_GE(breaks.size(), 3u);
  EXPECT_TRUE(forced(items[breaks[0].position]));
  EXPECT_TRUE(forced(items[breaks[1].position]));
  for (const ChosenBreak& b : breaks) EXPECT_FALSE(b.loose || b.overfull);
  EXPECT_EQ(breaks[1].ratio, 0);
}

TEST(LineBreaking, NeverBreaksAtAnInfinitePenalty) {
  // Ties everywhere but one space: lines must stay overfull rather than break at a tie.
  const auto tied = paragraph("aaaa~bbbb~cccc~dddd eeee~ffff");
  const auto breaks = break_lines(tied, constant(10));
  expect_consistent(tied, breaks, constant(10));
  ASSERT_EQ(breaks.size(), 2u);
  EXPECT_EQ(tied[breaks[0].position].type, BreakItem::Type::glue);
  EXPECT_TRUE(breaks[0].overfull);
  EXPECT_FALSE(breaks[1].overfull);

  // And inside a word, where a break would be the only way to fit.
  const std::vector<BreakItem> word = {BreakItem::box(6), BreakItem::penalty(0, kInfinitePenalty), BreakItem::box(6),
                                       BreakItem::glue(0, kFill, 0), BreakItem::penalty(0, -kInfinitePenalty)};
  const auto one_line = break_lines(word, constant(8));
  ASSERT_EQ(one_line.size(), 1u);
  EXPECT_TRUE(one_line[0].overfull);
}

int longest_hyphen_run(const std::vector<ChosenBreak>& breaks) {
  int run = 0, longest = 0;
  for (const ChosenBreak& b : breaks) {
    run = b.flagged ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

TEST(LineBreaking, NeverExceedsTheHyphenatedLinesInARow) {
  // Hyphenation points everywhere, hyphens free and narrow lines: the breaker would hyphenate
  // every line if it could.
  std::string text;
  for (int w = 0; w < 40; ++w) text += "xx|xx|xx|xx|xx ";
  text.pop_back();
  const auto items = paragraph(text, 0);
  LineBreakParameters parameters;
  parameters.flagged_demerits = 0;
  for (int limit : {0, 1, 2, 3}) {
    parameters.max_consecutive_flagged = limit;
    const auto breaks = break_lines(items, constant(13), parameters);
    expect_consistent(items, breaks, constant(13));
    EXPECT_EQ(longest_hyphen_run(breaks), limit) << "limit " << limit;
  }
}

int hyphen_pairs(const std::vector<ChosenBreak>& breaks) {
  int pairs = 0;
  for (std::size_t n = 1; n < breaks.size(); ++n) pairs += breaks[n - 1].flagged && breaks[n].flagged;
  return pairs;
}

TEST(LineBreaking, FlaggedDemeritsMakeConsecutiveHyphensRarer) {
  LineBreakParameters free, costly;
  free.flagged_demerits = 0;
  costly.flagged_demerits = 10000;
  int free_pairs = 0, costly_pairs = 0;
  for (unsigned seed = 200; seed < 230; ++seed) {
    const auto items = paragraph(random_text(seed, 60, true), 10);
    free_pairs += hyphen_pairs(break_lines(items, constant(40), free));
    costly_pairs += hyphen_pairs(break_lines(items, constant(40), costly));
  }
  EXPECT_GT(free_pairs, 0);
  EXPECT_LT(costly_pairs, free_pairs);
}

TEST(LineBreaking, ReportsABoxWiderThanTheMeasureAsOverfull) {
  const auto items = paragraph("a bb cc dddddddddddddddddddddddddddddd ee f gg");
  const auto breaks = break_lines(items, constant(10));
  expect_consistent(items, breaks, constant(10));
  int overfull = 0;
  for (const ChosenBreak& b : breaks) overfull += b.overfull;
  EXPECT_EQ(overfull, 1);
  // The wide word gets a line of its own; the words around it are set normally.
  for (std::size_t n = 0; n + 1 < breaks.size(); ++n) {
    if (!breaks[n].overfull) continue;
    ASSERT_GT(n, 0u);
    EXPECT_EQ(breaks[n].position, breaks[n - 1].position + 2);
  }

  const auto alone = break_lines(paragraph("dddddddddddddddddddddddddddddd"), constant(10));
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_TRUE(alone[0].overfull);
  EXPECT_EQ(alone[0].ratio, -1);
}

TEST(LineBreaking, PrefersLooseLinesToOverfullOnes) {
  // Every word alone is too short and any two are too long: lines are left short and loose.
  const auto items = paragraph("aaaaaa bbbbbb cccccc dddddd");
  const auto breaks = break_lines(items, constant(10));
  expect_consistent(items, breaks, constant(10));
  ASSERT_EQ(breaks.size(), 4u);
  for (std::size_t n = 0; n + 1 < breaks.size(); ++n) {
    EXPECT_TRUE(breaks[n].loose);
    EXPECT_FALSE(breaks[n].overfull);
  }
}

TEST(LineBreaking, MarksLinesBeyondTheFirstToleranceLoose) {
  // "aaaaa bbb" in a measure of 11 stretches its one space by 2, a ratio of 4; "aaaaa" alone can't
  // stretch at all and "aaaaa bbb ccccc" is far too wide.
  const auto items = paragraph("aaaaa bbb ccccc ddd");
  LineBreakParameters generous;
  generous.second_pass_tolerance = 10;
  const auto breaks = break_lines(items, constant(11), generous);
  expect_consistent(items, breaks, constant(11));
  ASSERT_EQ(breaks.size(), 2u);
  EXPECT_TRUE(breaks[0].loose);
  EXPECT_NEAR(breaks[0].ratio, 4, 1e-9);
  EXPECT_FALSE(breaks[0].overfull || breaks[1].overfull || breaks[1].loose);
}

TEST(LineBreaking, RespectsAShorterFirstLine) {
  const auto items = paragraph(random_text(7, 80, true));
  const Widths indented = [](std::size_t line) { return line == 0 ? 40.0 : 60.0; };
  const auto breaks = break_lines(items, indented);
  expect_consistent(items, breaks, indented);
  for (const ChosenBreak& b : breaks) EXPECT_FALSE(b.loose || b.overfull);
  const Line first = line_between(items, kNone, breaks[0].position);
  EXPECT_LE(first.width - first.shrink, 40 + 1e-9);
  EXPECT_GT(line_between(items, breaks[0].position, breaks[1].position).width - first.width, 15);
}

TEST(LineBreaking, FollowsWidthsThatChangeBetweenColumns) {
  const auto items = paragraph(random_text(8, 120, true));
  const Widths columns = [](std::size_t line) { return line < 4 ? 45.0 : line < 8 ? 65.0 : 55.0; };
  const auto breaks = break_lines(items, columns);
  expect_consistent(items, breaks, columns);
  for (const ChosenBreak& b : breaks) EXPECT_FALSE(b.loose || b.overfull);
}

TEST(LineBreaking, DiscardsGlueAfterABreak) {
  // Three spaces after the first word: breaking at the first, the other two must not widen the
  // second line, which fits exactly without them and not at all with them.
  const auto items = paragraph("aaaaaaaa   bbbbbb b");
  const auto breaks = break_lines(items, constant(8));
  expect_consistent(items, breaks, constant(8));
  ASSERT_EQ(breaks.size(), 2u);
  EXPECT_EQ(breaks[0].position, 1u);
  EXPECT_EQ(breaks[1].position, items.size() - 1);
  EXPECT_EQ(breaks[1].ratio, 0);
}

TEST(LineBreaking, NeverSetsAnEmptyLine) {
  // A break encouraged between two spaces would leave nothing on its line; and with words wider
  // than the measure, only the final pass (which takes any stretch) could be tempted.
  const std::vector<BreakItem> items = {BreakItem::box(5),
                                        BreakItem::glue(1, 0.5, 0.25),
                                        BreakItem::penalty(0, -5000),
                                        BreakItem::glue(1, 0.5, 0.25),
                                        BreakItem::box(5),
                                        BreakItem::glue(0, kFill, 0),
                                        BreakItem::penalty(0, -kInfinitePenalty)};
  const auto breaks = break_lines(items, constant(4));
  expect_consistent(items, breaks, constant(4));
  std::size_t previous = kNone;
  for (const ChosenBreak& b : breaks) {
    EXPECT_FALSE(line_between(items, previous, b.position).empty) << "line ending at " << b.position;
    previous = b.position;
  }
}

TEST(LineBreaking, AnEmptyParagraphIsOneLine) {
  const std::vector<BreakItem> empty = {BreakItem::glue(0, kFill, 0), BreakItem::penalty(0, -kInfinitePenalty)};
  const auto breaks = break_lines(empty, constant(10));
  ASSERT_EQ(breaks.size(), 1u);
  EXPECT_EQ(breaks[0].position, 1u);
  EXPECT_FALSE(breaks[0].loose || breaks[0].overfull);

  const auto nothing = break_lines({}, constant(10));
  ASSERT_EQ(nothing.size(), 1u);
  EXPECT_EQ(nothing[0].position, 0u);
  EXPECT_FALSE(nothing[0].loose || nothing[0].overfull);
}

TEST(LineBreaking, ClosesAParagraphWithoutAFinish) {
  std::vector<BreakItem> items = paragraph(random_text(9, 30));
  items.resize(items.size() - 2);
  const auto breaks = break_lines(items, constant(25));
  ASSERT_FALSE(breaks.empty());
  EXPECT_EQ(breaks.back().position, items.size());
}

TEST(LineBreaking, DoesNotStretchTheLastLine) {
  for (double finish : {kFill, std::numeric_limits<double>::infinity()}) {
    const auto items = paragraph("a few words and then a short last one", 50, finish);
    const auto breaks = break_lines(items, constant(20));
    ASSERT_GE(breaks.size(), 2u);
    EXPECT_NEAR(breaks.back().ratio, 0, 1e-4);
    EXPECT_FALSE(breaks.back().loose);
  }
}

TEST(LineBreaking, BreaksALongParagraph) {
  const auto items = paragraph(random_text(2024, 2000, true));
  const Widths indented = [](std::size_t line) { return line == 0 ? 50.0 : 60.0; };
  const auto breaks = break_lines(items, indented);
  expect_consistent(items, breaks, indented);
  EXPECT_GT(breaks.size(), 150u);
  for (const ChosenBreak& b : breaks) EXPECT_FALSE(b.loose || b.overfull);
  EXPECT_LE(longest_hyphen_run(breaks), 2);
}

}  // namespace
}  // namespace persklaar
