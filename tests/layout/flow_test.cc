// Page building on synthetic blocks: lines without Pango layouts, only units and text, flowed by the
// real PageBuilder into a small two-column page, and the rules checked on the positioned lines.
#include "core/layout/flow.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace persklaar {
namespace {

// A page of two columns of ten grid lines, inner and outer margins different so that mirroring shows.
LayoutSpec small_spec() {
  LayoutSpec spec;
  spec.name = "flow-test";
  PageGeometry& page = spec.page;
  page.width = 400;
  page.margin_top = 50;
  page.margin_bottom = 40;
  page.margin_inner = 30;
  page.margin_outer = 20;
  page.baseline = 12;
  page.height = page.margin_top + 10 * page.baseline + page.margin_bottom;
  page.columns = 2;
  page.gutter = 10;
  page.facing = true;
  return spec;
}

// A block of `count` lines of `units` grid lines each; line k reads "<name> k".
FlowBlock block_of(const std::string& name, int count, int id, int units = 1) {
  FlowBlock block;
  for (int k = 0; k < count; ++k) {
    LineItem line;
    line.text = name + " " + std::to_string(k);
    line.block = id;
    line.width = 100;
    block.lines.push_back(line);
    block.units.push_back(units);
  }
  return block;
}

FlowBlock paragraph(int count, int id) {
  return block_of("p" + std::to_string(id), count, id);
}

FlowBlock heading(int id, int units = 1, int space_before = 0) {
  FlowBlock block = block_of("h" + std::to_string(id), 1, id, units);
  for (LineItem& line : block.lines) line.role = LineRole::heading3;
  block.keep_with_next = true;
  block.splittable = false;
  block.space_before = space_before;
  return block;
}

// Where a placed line ended up.
struct Place {
  int page = 0;    // 1-based
  int column = 0;  // 0-based
  double baseline = 0;
  std::string text;
  int block = -1;
  LineRole role = LineRole::body;

  bool same_column(const Place& other) const { return page == other.page && column == other.column; }
};

// Every placed line, in reading order, with its page and column (found from its x).
class Flow {
 public:
  explicit Flow(LayoutSpec spec = small_spec()) : spec_(std::move(spec)), builder_(spec_, out_) {}

  PageBuilder& builder() { return builder_; }
  const LayoutSpec& spec() const { return spec_; }
  const LaidOutPublication& out() const { return out_; }

  // Fills the current column with an unsplittable block of `units` single-unit lines.
  void fill(int units, int id = 900) {
    FlowBlock filler = block_of("filler", units, id);
    filler.splittable = false;
    builder_.add(std::move(filler));
  }

  double column_left(int page_number, int column) const {
    return type_area_left(spec_.page, page_number) + column * (spec_.page.column_width() + spec_.page.gutter);
  }

  std::vector<Place> places() const {
    std::vector<Place> result;
    for (const Page& page : out_.pages) {
      for (const LineItem& line : page.lines) {
        int column = -1;
        for (int c = 0; c < spec_.page.columns; ++c) {
          if (std::abs(line.x - column_left(page.number, c)) < 1e-6) column = c;
        }
        EXPECT_GE(column, 0) << "'" << line.text << "' on page " << page.number << " at x " << line.x
                             << " is at no column's left edge";
        result.push_back({page.number, column, line.baseline, line.text, line.block, line.role});
      }
    }
    return result;
  }

  std::vector<Place> places_of(int block) const {
    std::vector<Place> result;
    for (const Place& place : places()) {
      if (place.block == block) result.push_back(place);
    }
    return result;
  }

  // The grid line a baseline stands on: 1 for the first line of the type area.
  double grid_line(double baseline) const { return (baseline - spec_.page.margin_top) / spec_.page.baseline; }

 private:
  LayoutSpec spec_;
  LaidOutPublication out_;
  PageBuilder builder_;
};

// The sizes of the runs of consecutive places in one column: {3, 2} for a block split 3/2.
std::vector<int> parts(const std::vector<Place>& places) {
  std::vector<int> sizes;
  for (std::size_t k = 0; k < places.size(); ++k) {
    if (k == 0 || !places[k].same_column(places[k - 1])) sizes.push_back(0);
    ++sizes.back();
  }
  return sizes;
}

std::string describe(const std::vector<int>& sizes) {
  std::string out;
  for (int size : sizes) out += (out.empty() ? "" : "/") + std::to_string(size);
  return out;
}

TEST(FlowBuilder, CapacityIsTheGridLinesOfTheTypeArea) {
  LaidOutPublication out;
  const LayoutSpec spec = small_spec();
  PageBuilder builder(spec, out);
  EXPECT_EQ(builder.capacity(), 10);
  EXPECT_DOUBLE_EQ(builder.grid_top(), 50);
}

// For every room left in a column and every paragraph length: the paragraph is either whole in one
// column or split with at least min_lines (2) on each side; nothing is lost, and a paragraph that
// fits where it starts is not moved.
TEST(FlowWidowsAndOrphans, NoSplitLeavesASingleLine) {
  for (int filled = 0; filled <= 10; ++filled) {
    for (int length = 1; length <= 13; ++length) {
      Flow flow;
      flow.fill(filled);
      flow.builder().add(paragraph(length, 1));
      flow.builder().flush();
      const std::vector<Place> places = flow.places_of(1);
      const std::string context =
          "paragraph of " + std::to_string(length) + " lines after " + std::to_string(filled) + " filled";
      ASSERT_EQ(places.size(), static_cast<std::size_t>(length)) << context;
      const std::vector<int> sizes = parts(places);
      if (sizes.size() > 1) {
        for (int size : sizes) EXPECT_GE(size, 2) << context << " splits " << describe(sizes);
        EXPECT_GE(length, 4) << context << " splits " << describe(sizes);
      }
      if (length <= 10 - filled) {
        EXPECT_EQ(places.front().page, 1) << context;
        EXPECT_EQ(places.front().column, 0) << context;
        EXPECT_EQ(sizes.size(), 1u) << context;
      }
    }
  }
}

TEST(FlowWidowsAndOrphans, OneFreeLineTakesNoOrphan) {
  Flow flow;
  flow.fill(9);
  flow.builder().add(paragraph(5, 1));
  const std::vector<Place> places = flow.places_of(1);
  ASSERT_EQ(places.size(), 5u);
  for (const Place& place : places) EXPECT_EQ(place.column, 1) << place.text;
}

TEST(FlowWidowsAndOrphans, ASplitLeavesNoWidowBehind) {
  Flow flow;
  flow.fill(6);  // four lines free for a paragraph of five: four here would leave one over there
  flow.builder().add(paragraph(5, 1));
  EXPECT_EQ(describe(parts(flow.places_of(1))), "3/2");
}

TEST(FlowWidowsAndOrphans, ThreeLinesAreNeverSplit) {
  Flow flow;
  flow.fill(8);
  flow.builder().add(paragraph(3, 1));
  const std::vector<Place> places = flow.places_of(1);
  EXPECT_EQ(describe(parts(places)), "3");
  EXPECT_EQ(places.front().column, 1);
}

TEST(FlowWidowsAndOrphans, MinLinesComesFromTheBlock) {
  Flow flow;
  flow.fill(7);
  FlowBlock block = paragraph(8, 1);
  block.min_lines = 3;
  flow.builder().add(std::move(block));
  EXPECT_EQ(describe(parts(flow.places_of(1))), "3/5");

  Flow tight;
  tight.fill(8);
  FlowBlock other = paragraph(8, 1);
  other.min_lines = 3;
  tight.builder().add(std::move(other));
  EXPECT_EQ(describe(parts(tight.places_of(1))), "8");
}

// A list item's marker shares its first line's grid line (the line after it takes 0 units): at a
// column break the two count as one line, so one grid line alone is still an orphan.
TEST(FlowWidowsAndOrphans, LinesSharingAGridLineCountOnce) {
  Flow flow;
  flow.fill(9);
  FlowBlock item = paragraph(6, 1);
  item.lines[0].text = "marker";
  item.units = {1, 0, 1, 1, 1, 1};
  flow.builder().add(std::move(item));
  std::map<std::pair<int, int>, std::set<double>> grid_lines;  // per column, the baselines used
  for (const Place& place : flow.places_of(1)) grid_lines[{place.page, place.column}].insert(place.baseline);
  for (const auto& [column, baselines] : grid_lines) {
    EXPECT_GE(baselines.size(), 2u) << "page " << column.first << " column " << column.second
                                    << " holds one grid line of the item";
  }
}

// A heading at the bottom of a column moves on with the first lines of its paragraph.
TEST(FlowKeepWithNext, AHeadingMovesWithTheStartOfItsParagraph) {
  Flow flow;
  flow.fill(8);  // room for the heading and one line: not enough
  flow.builder().add(heading(1));
  flow.builder().add(paragraph(6, 2));
  const std::vector<Place> head = flow.places_of(1);
  const std::vector<Place> text = flow.places_of(2);
  ASSERT_EQ(head.size(), 1u);
  ASSERT_EQ(text.size(), 6u);
  EXPECT_EQ(head.front().column, 1);
  EXPECT_DOUBLE_EQ(flow.grid_line(head.front().baseline), 1);
  EXPECT_TRUE(text.front().same_column(head.front()));
  EXPECT_DOUBLE_EQ(flow.grid_line(text.front().baseline), 2);
}

TEST(FlowKeepWithNext, AHeadingStaysWhenTwoLinesOfItsParagraphFit) {
  Flow flow;
  flow.fill(7);  // room for the heading and two lines
  flow.builder().add(heading(1));
  flow.builder().add(paragraph(6, 2));
  EXPECT_EQ(flow.places_of(1).front().column, 0);
  EXPECT_EQ(describe(parts(flow.places_of(2))), "2/4");
}

// A paragraph of three lines cannot be split, so the heading needs room for all three; room for the
// heading and two lines is not enough.
TEST(FlowKeepWithNext, AHeadingIsNotLeftBehindByAShortParagraph) {
  Flow flow;
  flow.fill(7);  // room for the heading and two lines
  flow.builder().add(heading(1));
  flow.builder().add(paragraph(3, 2));
  const std::vector<Place> head = flow.places_of(1);
  const std::vector<Place> text = flow.places_of(2);
  ASSERT_EQ(head.size(), 1u);
  ASSERT_EQ(text.size(), 3u);
  EXPECT_TRUE(text.front().same_column(head.front()))
      << "heading in column " << head.front().column << ", its paragraph in column " << text.front().column;
}

// Likewise before an unsplittable block (a table row, a code block that must stay whole).
TEST(FlowKeepWithNext, AHeadingIsNotLeftBehindByAnUnsplittableBlock) {
  Flow flow;
  flow.fill(6);  // room for the heading and three lines
  flow.builder().add(heading(1));
  FlowBlock table = paragraph(5, 2);
  table.splittable = false;
  flow.builder().add(std::move(table));
  const std::vector<Place> head = flow.places_of(1);
  const std::vector<Place> text = flow.places_of(2);
  ASSERT_EQ(text.size(), 5u);
  EXPECT_TRUE(text.front().same_column(head.front()))
      << "heading in column " << head.front().column << ", the block in column " << text.front().column;
}

// A chapter heading and a section heading both wait for the text, and move on together with it.
TEST(FlowKeepWithNext, SeveralHeadingsMoveOnTogether) {
  Flow flow;
  flow.fill(7);
  flow.builder().add(heading(1, 2));
  flow.builder().add(heading(2, 1, 1));
  flow.builder().add(paragraph(4, 3));
  const std::vector<Place> first = flow.places_of(1);
  const std::vector<Place> second = flow.places_of(2);
  const std::vector<Place> text = flow.places_of(3);
  EXPECT_EQ(first.front().column, 1);
  EXPECT_TRUE(second.front().same_column(first.front()));
  EXPECT_TRUE(text.front().same_column(first.front()));
  EXPECT_DOUBLE_EQ(flow.grid_line(first.front().baseline), 2) << "space before dropped at the top";
  EXPECT_DOUBLE_EQ(flow.grid_line(second.front().baseline), 4) << "one grid line of space before";
  EXPECT_DOUBLE_EQ(flow.grid_line(text.front().baseline), 5);
}

// The heading's anchor names the page it lands on, after the move.
TEST(FlowKeepWithNext, AnchorsFollowAHeadingToTheNextPage) {
  Flow flow;
  flow.fill(10);
  flow.fill(9);  // the second column: one line free
  FlowBlock title = heading(1);
  title.anchors.push_back("sectie");
  flow.builder().add(std::move(title));
  flow.builder().add(paragraph(4, 2));
  const std::vector<Place> head = flow.places_of(1);
  ASSERT_EQ(head.size(), 1u);
  EXPECT_EQ(head.front().page, 2);
  EXPECT_EQ(flow.out().page_of.at("sectie"), 2);
  ASSERT_EQ(flow.out().pages[1].anchors.size(), 1u);
  EXPECT_DOUBLE_EQ(flow.out().pages[1].anchors.front().y, 50) << "the top of the heading's first grid line";
}

// A heading with nothing after it is still placed when the builder is flushed.
TEST(FlowKeepWithNext, FlushPlacesAHeadingThatWaits) {
  Flow flow;
  flow.builder().add(heading(1));
  EXPECT_TRUE(flow.places_of(1).empty());
  flow.builder().flush();
  EXPECT_EQ(flow.places_of(1).size(), 1u);
}

TEST(FlowUnsplittable, ABlockThatDoesNotFitMovesWhole) {
  Flow flow;
  flow.fill(8);
  FlowBlock block = paragraph(5, 1);
  block.splittable = false;
  flow.builder().add(std::move(block));
  const std::vector<Place> places = flow.places_of(1);
  EXPECT_EQ(describe(parts(places)), "5");
  EXPECT_EQ(places.front().column, 1);
  EXPECT_DOUBLE_EQ(flow.grid_line(places.front().baseline), 1);
}

TEST(FlowUnsplittable, ABlockThatFitsStays) {
  Flow flow;
  flow.fill(5);
  FlowBlock block = paragraph(5, 1);
  block.splittable = false;
  flow.builder().add(std::move(block));
  const std::vector<Place> places = flow.places_of(1);
  EXPECT_EQ(describe(parts(places)), "5");
  EXPECT_EQ(places.front().column, 0);
  EXPECT_DOUBLE_EQ(flow.grid_line(places.back().baseline), 10);
}

// Taller than a column: placed over as many columns as it needs, every line once and in order.
TEST(FlowOversized, AnUnsplittableBlockTallerThanAColumnIsPlacedWhole) {
  Flow flow;
  flow.fill(4);
  FlowBlock block = paragraph(25, 1);
  block.splittable = false;
  flow.builder().add(std::move(block));
  flow.builder().add(paragraph(2, 2));
  const std::vector<Place> places = flow.places_of(1);
  ASSERT_EQ(places.size(), 25u);
  for (std::size_t k = 0; k < places.size(); ++k) EXPECT_EQ(places[k].text, "p1 " + std::to_string(k));
  EXPECT_EQ(describe(parts(places)), "10/10/5");
  EXPECT_EQ(places.front().column, 1) << "it starts in a fresh column";
  EXPECT_EQ(flow.places_of(2).size(), 2u);
}

TEST(FlowOversized, ALongParagraphRunsOverSeveralPages) {
  Flow flow;
  flow.builder().add(paragraph(47, 1));
  const std::vector<Place> places = flow.places_of(1);
  ASSERT_EQ(places.size(), 47u);
  for (std::size_t k = 0; k < places.size(); ++k) EXPECT_EQ(places[k].text, "p1 " + std::to_string(k));
  const std::vector<int> sizes = parts(places);
  for (int size : sizes) EXPECT_GE(size, 2) << describe(sizes);
  EXPECT_EQ(flow.out().pages.size(), 3u);
}

// A single line taller than a whole column (a huge heading) is placed, and the flow goes on.
TEST(FlowOversized, ALineTallerThanAColumnIsPlacedAndTheFlowGoesOn) {
  Flow flow;
  FlowBlock huge = block_of("huge", 1, 1, 12);
  huge.splittable = false;
  flow.builder().add(std::move(huge));
  flow.builder().add(paragraph(3, 2));
  ASSERT_EQ(flow.places_of(1).size(), 1u);
  const std::vector<Place> after = flow.places_of(2);
  ASSERT_EQ(after.size(), 3u);
  EXPECT_EQ(after.front().column, 1);
}

// A pseudo-random mix of headings (1–3 units, some with space before), paragraphs with spaces, and
// unsplittable blocks of 1- and 2-unit lines, flowed into columns of twenty grid lines (so that two
// headings and the largest unsplittable block always fit one column). At most two headings in a row:
// a chapter and a section title.
std::unique_ptr<Flow> mixed_flow(unsigned seed) {
  LayoutSpec spec = small_spec();
  spec.page.height += 10 * spec.page.baseline;
  auto flow = std::make_unique<Flow>(spec);
  auto next = [&seed](int range) {
    seed = seed * 1103515245u + 12345u;
    return static_cast<int>((seed >> 16) % static_cast<unsigned>(range));
  };
  int id = 0;
  int headings_in_a_row = 0;
  for (int n = 0; n < 200; ++n) {
    const int kind = next(4);
    headings_in_a_row = kind == 0 ? headings_in_a_row + 1 : 0;
    if (headings_in_a_row > 2) continue;
    ++id;
    if (kind == 0) {
      flow->builder().add(heading(id, 1 + next(3), next(2)));
    } else if (kind == 1) {
      FlowBlock block = paragraph(1 + next(9), id);
      block.space_before = next(2);
      block.space_after = next(2);
      flow->builder().add(std::move(block));
    } else if (kind == 2) {
      FlowBlock block = block_of("u" + std::to_string(id), 1 + next(4), id, 1 + next(2));
      block.splittable = false;
      flow->builder().add(std::move(block));
    } else {
      flow->builder().add(paragraph(4 + next(12), id));
    }
  }
  flow->builder().flush();
  return flow;
}

constexpr unsigned kMixedFlows = 20;

// The grid: every baseline is margin_top + k × baseline with k a whole number from 1 to the
// capacity, whatever mix of units, spaces, headings and splits came before.
TEST(FlowBaselineGrid, EveryLineOfAMixedFlowSitsOnTheGrid) {
  for (unsigned seed = 1; seed <= kMixedFlows; ++seed) {
    const auto flow = mixed_flow(seed);
    ASSERT_EQ(flow->builder().capacity(), 20);
    const std::vector<Place> places = flow->places();
    ASSERT_GT(places.size(), 500u);
    for (const Place& place : places) {
      const double k = flow->grid_line(place.baseline);
      const std::string at =
          "seed " + std::to_string(seed) + ": '" + place.text + "' on page " + std::to_string(place.page);
      EXPECT_NEAR(k, std::round(k), 1e-9) << at;
      EXPECT_GE(k, 1) << at;
      EXPECT_LE(k, 20) << at;
    }
  }
}

// Reading order: within a column, baselines descend the page; the columns and pages follow on.
TEST(FlowMixed, LinesFollowInReadingOrder) {
  for (unsigned seed = 1; seed <= kMixedFlows; ++seed) {
    const std::vector<Place> places = mixed_flow(seed)->places();
    for (std::size_t k = 1; k < places.size(); ++k) {
      const Place& a = places[k - 1];
      const Place& b = places[k];
      const bool forward =
          b.page > a.page || (b.page == a.page && b.column > a.column) || (b.same_column(a) && b.baseline > a.baseline);
      EXPECT_TRUE(forward) << "seed " << seed << ": '" << b.text << "' comes before '" << a.text << "'";
    }
  }
}

TEST(FlowMixed, NoSplitLeavesASingleLine) {
  for (unsigned seed = 1; seed <= kMixedFlows; ++seed) {
    std::map<int, std::vector<Place>> by_block;
    for (const Place& place : mixed_flow(seed)->places()) by_block[place.block].push_back(place);
    for (const auto& [block, lines] : by_block) {
      const std::vector<int> sizes = parts(lines);
      if (sizes.size() < 2) continue;
      EXPECT_EQ(lines.front().text[0], 'p') << "seed " << seed << ": only paragraphs split, not " << lines.front().text;
      for (int size : sizes)
        EXPECT_GE(size, 2) << "seed " << seed << ": " << lines.front().text << " splits " << describe(sizes);
    }
  }
}

TEST(FlowMixed, NoHeadingEndsAColumn) {
  for (unsigned seed = 1; seed <= kMixedFlows; ++seed) {
    const std::vector<Place> places = mixed_flow(seed)->places();
    for (std::size_t k = 0; k + 1 < places.size(); ++k) {
      if (places[k].role != LineRole::heading3) continue;
      EXPECT_TRUE(places[k + 1].same_column(places[k]))
          << "seed " << seed << ": '" << places[k].text << "' ends column " << places[k].column << " of page "
          << places[k].page << "; '" << places[k + 1].text << "' follows on page " << places[k + 1].page << " column "
          << places[k + 1].column;
    }
  }
}

// Balancing a chapter's last page sets its columns again, shorter: a heading still never ends one.
TEST(FlowMixed, NoHeadingEndsABalancedColumn) {
  int moved = 0;
  for (unsigned seed = 1; seed <= 200; ++seed) {
    LayoutSpec spec = small_spec();
    spec.page.height += 10 * spec.page.baseline;
    Flow flow(spec);
    unsigned state = seed;
    auto next = [&state](int range) {
      state = state * 1103515245u + 12345u;
      return static_cast<int>((state >> 16) % static_cast<unsigned>(range));
    };
    // Less than a page: the last page is the one balanced.
    for (int id = 1; id <= 6; ++id) {
      if (next(2) == 0) flow.builder().add(heading(100 + id, 1 + next(2)));
      flow.builder().add(paragraph(2 + next(7), id));
    }
    flow.builder().balance();
    const std::vector<Place> places = flow.places();
    for (std::size_t k = 0; k + 1 < places.size(); ++k) {
      if (places[k].role != LineRole::heading3) continue;
      EXPECT_TRUE(places[k + 1].same_column(places[k]))
          << "seed " << seed << ": '" << places[k].text << "' ends a balanced column (page " << places[k].page
          << ", column " << places[k].column << "; next on page " << places[k + 1].page << ")";
      moved += places[k].column;
    }
  }
  EXPECT_GT(moved, 0) << "some headings should stand in the second column";
}

TEST(FlowBaselineGrid, AHeadingOfSeveralUnitsStandsOnItsLastGridLine) {
  Flow flow;
  flow.fill(3);
  flow.builder().add(heading(1, 3));
  flow.builder().add(paragraph(2, 2));
  EXPECT_DOUBLE_EQ(flow.grid_line(flow.places_of(1).front().baseline), 6);
  EXPECT_DOUBLE_EQ(flow.grid_line(flow.places_of(2).front().baseline), 7);
}

TEST(FlowBaselineGrid, SpaceBeforeIsDroppedAtTheTopOfAColumn) {
  Flow flow;
  flow.fill(10);
  FlowBlock block = paragraph(2, 1);
  block.space_before = 2;
  flow.builder().add(std::move(block));
  FlowBlock next = paragraph(2, 2);
  next.space_before = 2;
  flow.builder().add(std::move(next));
  EXPECT_DOUBLE_EQ(flow.grid_line(flow.places_of(1).front().baseline), 1);
  EXPECT_DOUBLE_EQ(flow.grid_line(flow.places_of(2).front().baseline), 5);
}

// A chapter opener keeps grid lines free at the top of both columns of its first page, not after.
TEST(FlowReservedUnits, BothColumnsOfTheOpenerPageStartBelowTheReservedLines) {
  Flow flow;
  flow.builder().new_page({PageKind::opener, 1, "Hoofdstuk 1", 4});
  flow.builder().add(paragraph(30, 1));
  const std::vector<Place> places = flow.places_of(1);
  ASSERT_EQ(places.size(), 30u);
  EXPECT_EQ(describe(parts(places)), "6/6/10/8");
  EXPECT_DOUBLE_EQ(flow.grid_line(places[0].baseline), 5);
  EXPECT_EQ(places[6].column, 1);
  EXPECT_DOUBLE_EQ(flow.grid_line(places[6].baseline), 5);
  EXPECT_EQ(places[12].page, 2);
  EXPECT_DOUBLE_EQ(flow.grid_line(places[12].baseline), 1);
  EXPECT_EQ(flow.out().pages[0].kind, PageKind::opener);
  EXPECT_EQ(flow.out().pages[1].kind, PageKind::body);
  EXPECT_EQ(flow.out().pages[1].chapter, 1);
  EXPECT_TRUE(flow.out().pages[0].running_head.empty()) << "no running head on the opener";
  EXPECT_EQ(flow.out().pages[1].running_head, "Hoofdstuk 1");
}

// Beside an opener that leaves only two grid lines, a block that fits a full column is not cut.
TEST(FlowReservedUnits, AShortColumnBesideAnOpenerDoesNotCutABlock) {
  Flow flow;
  flow.builder().new_page({PageKind::opener, 1, "Hoofdstuk 1", 8});
  FlowBlock table = paragraph(3, 1);
  table.splittable = false;
  flow.builder().add(std::move(table));
  flow.builder().add(paragraph(3, 2));
  EXPECT_EQ(describe(parts(flow.places_of(1))), "3") << "an unsplittable block of three lines";
  EXPECT_EQ(describe(parts(flow.places_of(2))), "3") << "a paragraph of three lines";
}

// Facing pages mirror the margins: odd (right-hand) pages have the inner margin on the left.
TEST(FlowFacingPages, TypeAreaLeftMirrors) {
  PageGeometry page = small_spec().page;
  EXPECT_DOUBLE_EQ(type_area_left(page, 1), 30);
  EXPECT_DOUBLE_EQ(type_area_left(page, 2), 20);
  EXPECT_DOUBLE_EQ(type_area_left(page, 3), 30);
  EXPECT_DOUBLE_EQ(type_area_left(page, 4), 20);
  page.facing = false;
  EXPECT_DOUBLE_EQ(type_area_left(page, 1), 30);
  EXPECT_DOUBLE_EQ(type_area_left(page, 2), 30);
}

TEST(FlowFacingPages, ColumnsFollowTheMirroredTypeArea) {
  Flow flow;
  flow.builder().add(paragraph(40, 1));
  const double column = flow.spec().page.column_width();
  EXPECT_DOUBLE_EQ(column, 170);
  const std::vector<Place> places = flow.places_of(1);
  ASSERT_EQ(places.size(), 40u);
  const std::vector<LineItem>& first = flow.out().pages[0].lines;
  const std::vector<LineItem>& second = flow.out().pages[1].lines;
  EXPECT_DOUBLE_EQ(first.front().x, 30);
  EXPECT_DOUBLE_EQ(first.back().x, 30 + 170 + 10);
  EXPECT_DOUBLE_EQ(second.front().x, 20);
  EXPECT_DOUBLE_EQ(second.back().x, 20 + 170 + 10);
  EXPECT_DOUBLE_EQ(first.back().x + column, 400 - 20) << "the right column ends at the outer margin";
  EXPECT_DOUBLE_EQ(second.back().x + column, 400 - 30) << "the right column ends at the inner margin";
}

// Lines keep their x within the column (an indent), moved by the column's left edge.
TEST(FlowFacingPages, IndentsAreKeptInsideTheColumn) {
  Flow flow;
  FlowBlock block = paragraph(2, 1);
  block.lines[0].x = 9.5;
  flow.builder().add(std::move(block));
  EXPECT_DOUBLE_EQ(flow.out().pages[0].lines[0].x, 30 + 9.5);
  EXPECT_DOUBLE_EQ(flow.out().pages[0].lines[1].x, 30);
}

}  // namespace
}  // namespace persklaar
