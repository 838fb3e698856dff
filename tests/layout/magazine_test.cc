// The sample magazine laid out with both bundled layouts, checked on the page frames: the grid, the
// columns, the type area, keep-with-next, widows and orphans, hyphenation limits, page numbers and
// running heads.
#include "core/layout/magazine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/layout/flow.h"
#include "tests/support/pipeline.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

constexpr double kTolerance = 0.5;  // points

struct LaidOutSample {
  Publication publication;
  Diagnostics diagnostics;
  LaidOutPublication pages;
};

const Publication& sample() {
  static const Publication publication = testing::load(testing::sample_manuscript());
  return publication;
}

// The sample laid out once per layout for the whole test program.
const LaidOutSample& laid_out(const std::string& layout) {
  static std::map<std::string, std::unique_ptr<LaidOutSample>> cache;
  auto found = cache.find(layout);
  if (found == cache.end()) {
    auto result = std::make_unique<LaidOutSample>();
    const LayoutSpec spec = load_layout(testing::source_dir() / "layouts" / (layout + ".xml"));
    result->pages = lay_out_publication(sample(), spec, result->diagnostics);
    found = cache.emplace(layout, std::move(result)).first;
  }
  return *found->second;
}

// A line the page builder placed in a column, with where it is.
struct FlowLine {
  const Page* page = nullptr;
  const LineItem* line = nullptr;
  int column = 0;

  bool same_column(const FlowLine& other) const { return page == other.page && column == other.column; }
};

std::string where(const FlowLine& f) {
  return "page " + std::to_string(f.page->number) + " column " + std::to_string(f.column + 1) + " '" + f.line->text +
         "'";
}

bool is_heading(LineRole role) {
  return role == LineRole::heading1 || role == LineRole::heading2 || role == LineRole::heading3;
}

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

class SampleMagazine : public ::testing::TestWithParam<std::string> {
 protected:
  const LaidOutPublication& out() const { return laid_out(GetParam()).pages; }
  const PageGeometry& geometry() const { return out().spec.page; }

  double column_left(const Page& page, int column) const {
    return type_area_left(geometry(), page.number) + column * (geometry().column_width() + geometry().gutter);
  }

  // The lines in columns, in reading order: body and opener pages, without the furniture (running
  // heads, folios, the opener's number and title).
  std::vector<FlowLine> flow_lines() const {
    std::vector<FlowLine> lines;
    for (const Page& page : out().pages) {
      if (page.kind != PageKind::body && page.kind != PageKind::opener) continue;
      for (const LineItem& line : page.lines) {
        if (line.role == LineRole::furniture || line.role == LineRole::running_head || line.role == LineRole::folio)
          continue;
        if (page.kind == PageKind::opener && line.role == LineRole::heading1) continue;
        int column = 0;
        for (int c = 1; c < geometry().columns; ++c) {
          if (line.x >= column_left(page, c) - 0.01) column = c;
        }
        lines.push_back({&page, &line, column});
      }
    }
    return lines;
  }

  // Paragraph-like blocks: the flow lines of each structure element, in order.
  std::map<int, std::vector<FlowLine>> by_block() const {
    std::map<int, std::vector<FlowLine>> blocks;
    for (const FlowLine& f : flow_lines()) {
      if (f.line->block >= 0) blocks[f.line->block].push_back(f);
    }
    return blocks;
  }
};

TEST_P(SampleMagazine, HasTextOnEveryBodyPage) {
  ASSERT_GT(out().pages.size(), 8u);
  std::set<int> with_text;
  for (const FlowLine& f : flow_lines()) with_text.insert(f.page->number);
  for (const Page& page : out().pages) {
    if (page.kind == PageKind::body) {
      EXPECT_TRUE(with_text.count(page.number)) << "page " << page.number;
    }
  }
}

TEST_P(SampleMagazine, FlowLinesSitOnTheBaselineGrid) {
  const double top = geometry().margin_top;
  for (const FlowLine& f : flow_lines()) {
    const double k = (f.line->baseline - top) / geometry().baseline;
    EXPECT_NEAR(k, std::round(k), 1e-6) << where(f);
  }
}

TEST_P(SampleMagazine, NoLineIsWiderThanItsColumn) {
  const double width = geometry().column_width();
  for (const FlowLine& f : flow_lines()) {
    const double left = column_left(*f.page, f.column);
    EXPECT_GE(f.line->x, left - 0.01) << where(f);
    EXPECT_LE(f.line->x + f.line->width, left + width + kTolerance)
        << where(f) << " is " << f.line->x + f.line->width - left - width << " pt too wide";
  }
  EXPECT_EQ(out().report.overfull_lines, 0);
}

TEST_P(SampleMagazine, FlowLinesStayInTheTypeArea) {
  const double top = geometry().margin_top;
  const double bottom = geometry().height - geometry().margin_bottom;
  for (const FlowLine& f : flow_lines()) {
    EXPECT_GE(f.line->baseline - f.line->ascent, top - kTolerance) << where(f) << " rises above the type area";
    EXPECT_LE(f.line->baseline, bottom + 0.01) << where(f) << " stands below the type area";
  }
}

// Keep-with-next on the real sample: what follows a heading is in the same column.
TEST_P(SampleMagazine, HeadingsAreNeverTheLastLineOfAColumn) {
  const std::vector<FlowLine> lines = flow_lines();
  int headings = 0;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (!is_heading(lines[k].line->role)) continue;
    ++headings;
    ASSERT_LT(k + 1, lines.size()) << where(lines[k]) << " ends the magazine";
    EXPECT_TRUE(lines[k + 1].same_column(lines[k]))
        << where(lines[k]) << " ends its column; " << where(lines[k + 1]) << " follows";
  }
  EXPECT_GT(headings, 10);
}

// A paragraph split over columns keeps two lines on each side; one of fewer than four lines is
// never split.
TEST_P(SampleMagazine, NoWidowsOrOrphans) {
  const int min_lines = out().spec.paragraph.min_lines_at_break;
  int split = 0;
  for (const auto& [block, lines] : by_block()) {
    std::vector<std::size_t> parts;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      if (k == 0 || !lines[k].same_column(lines[k - 1])) parts.push_back(0);
      ++parts.back();
    }
    if (parts.size() < 2) continue;
    ++split;
    EXPECT_GE(lines.size(), 2u * min_lines) << where(lines.front()) << ": " << lines.size() << " lines split";
    for (std::size_t k = 0, first = 0; k < parts.size(); first += parts[k++]) {
      EXPECT_GE(parts[k], static_cast<std::size_t>(min_lines))
          << "a part of " << parts[k] << " line(s) at " << where(lines[first]);
    }
  }
  EXPECT_GT(split, 5) << "the sample should split some paragraphs";
}

TEST_P(SampleMagazine, NeverThreeHyphenatedLinesInARow) {
  int hyphenated = 0;
  for (const auto& [block, lines] : by_block()) {
    int run = 0;
    for (const FlowLine& f : lines) {
      const bool hyphen = f.line->hyphenated || ends_with(f.line->text, "-");
      hyphenated += f.line->hyphenated;
      run = hyphen ? run + 1 : 0;
      EXPECT_LE(run, out().spec.paragraph.max_hyphenated_lines) << where(f);
    }
  }
  EXPECT_GT(hyphenated, 0);
}

TEST_P(SampleMagazine, HeadingsNamesAndFurnitureAreNeverHyphenated) {
  for (const Page& page : out().pages) {
    for (const LineItem& line : page.lines) {
      const bool never = is_heading(line.role) || line.role == LineRole::attribution ||
                         line.role == LineRole::running_head || line.role == LineRole::folio ||
                         line.role == LineRole::furniture;
      if (!never) continue;
      EXPECT_FALSE(line.hyphenated) << "page " << page.number << ": " << line.text;
      EXPECT_FALSE(ends_with(line.text, "\xE2\x80\x90")) << "page " << page.number << ": " << line.text;
    }
  }
}

TEST_P(SampleMagazine, EveryChapterAndSectionHasAPage) {
  const std::map<std::string, int>& page_of = out().page_of;
  int previous = 0;
  for (const Chapter& chapter : sample().chapters) {
    if (chapter.attributes.id.empty()) continue;
    const auto found = page_of.find(chapter.attributes.id);
    ASSERT_NE(found, page_of.end()) << "chapter " << chapter.attributes.id;
    EXPECT_GT(found->second, previous) << "chapter " << chapter.attributes.id << " starts on a new, later page";
    previous = found->second;
    int section_page = found->second;
    for (const Section& section : chapter.sections) {
      if (section.attributes.id.empty()) continue;
      const auto at = page_of.find(section.attributes.id);
      ASSERT_NE(at, page_of.end()) << "section " << section.attributes.id;
      EXPECT_GE(at->second, section_page) << "section " << section.attributes.id;
      section_page = at->second;
    }
  }
  for (const OutlineEntry& entry : out().outline) {
    EXPECT_EQ(entry.page, page_of.at(entry.id)) << entry.title;
  }
  EXPECT_EQ(out().outline.size(), sample().toc.size());
}

TEST_P(SampleMagazine, PageCountIsAMultipleOfFour) {
  EXPECT_EQ(out().pages.size() % 4, 0u) << out().pages.size() << " pages";
  for (std::size_t k = 0; k < out().pages.size(); ++k) EXPECT_EQ(out().pages[k].number, static_cast<int>(k) + 1);
  EXPECT_EQ(out().pages.front().kind, PageKind::cover);
  EXPECT_EQ(out().pages.back().kind, PageKind::back_cover);
}

TEST_P(SampleMagazine, RunningHeadsOnlyOnBodyPages) {
  for (const Page& page : out().pages) {
    const auto heads = std::count_if(page.lines.begin(), page.lines.end(),
                                     [](const LineItem& line) { return line.role == LineRole::running_head; });
    if (page.kind != PageKind::body) {
      EXPECT_TRUE(page.running_head.empty()) << "page " << page.number;
      EXPECT_EQ(heads, 0) << "page " << page.number;
      continue;
    }
    EXPECT_FALSE(page.running_head.empty()) << "body page " << page.number;
    EXPECT_EQ(heads, 1) << "body page " << page.number;
  }
}

// The running head stands on the outer side: flush right on right-hand (odd) pages.
TEST_P(SampleMagazine, RunningHeadsStandOnTheOuterSide) {
  for (const Page& page : out().pages) {
    for (const LineItem& line : page.lines) {
      if (line.role != LineRole::running_head) continue;
      const double left = type_area_left(geometry(), page.number);
      if (page.number % 2 == 1) {
        EXPECT_NEAR(line.x + line.width, left + geometry().type_area_width(), kTolerance) << "page " << page.number;
      } else {
        EXPECT_NEAR(line.x, left, kTolerance) << "page " << page.number;
      }
      EXPECT_LT(line.baseline, geometry().margin_top) << "page " << page.number;
    }
  }
}

// Lines share a grid line only where the setter means them to: a list marker beside its item's first
// line, a table row's cells. Nothing else is printed over something else.
TEST_P(SampleMagazine, NoTwoLinesShareAGridLineByAccident) {
  std::map<std::tuple<int, int, long>, std::vector<FlowLine>> slots;
  for (const FlowLine& f : flow_lines()) {
    slots[{f.page->number, f.column, std::lround(f.line->baseline * 100)}].push_back(f);
  }
  for (const auto& [slot, lines] : slots) {
    if (lines.size() < 2) continue;
    const auto shared = std::count_if(lines.begin(), lines.end(), [](const FlowLine& f) {
      return f.line->role == LineRole::list_item || f.line->role == LineRole::table_cell;
    });
    EXPECT_GE(shared + 1, static_cast<long>(lines.size())) << where(lines[0]) << " and " << where(lines[1]);
  }
}

// The contents pages list every entry of the table of contents with the page page_of gives it,
// inside the type area.
TEST_P(SampleMagazine, TheContentsListTheRightPages) {
  std::map<std::string, std::string> listed;  // id → the number printed after it
  const double bottom = geometry().height - geometry().margin_bottom;
  for (const Page& page : out().pages) {
    if (page.kind != PageKind::contents) continue;
    for (std::size_t k = 0; k < page.lines.size(); ++k) {
      const LineItem& line = page.lines[k];
      if (line.role == LineRole::folio) continue;
      EXPECT_LE(line.baseline, bottom + 0.01) << "contents page " << page.number << ": " << line.text;
      if (line.links.empty() || line.links[0].target.empty() || k + 1 == page.lines.size()) continue;
      listed[line.links[0].target.substr(1)] = page.lines[k + 1].text;
    }
  }
  for (const TocEntry& entry : sample().toc) {
    const auto found = listed.find(entry.id);
    ASSERT_NE(found, listed.end()) << entry.title;
    EXPECT_EQ(found->second, std::to_string(out().page_of.at(entry.id))) << entry.title;
  }
}

TEST_P(SampleMagazine, FoliosOnEveryPrintedPage) {
  for (const Page& page : out().pages) {
    std::vector<std::string> folios;
    for (const LineItem& line : page.lines) {
      if (line.role == LineRole::folio) folios.push_back(line.text);
    }
    const bool printed =
        page.kind != PageKind::cover && page.kind != PageKind::back_cover && page.kind != PageKind::blank;
    EXPECT_EQ(folios, printed ? std::vector<std::string>{std::to_string(page.number)} : std::vector<std::string>{})
        << "page " << page.number;
  }
}

// The back cover is not flowed: its closing text must still fit between the top margin and the
// imprint at the foot of the type area, and no line may be printed over another.
TEST_P(SampleMagazine, TheBackCoverTextFitsAboveTheImprint) {
  const Page& back = out().pages.back();
  ASSERT_EQ(back.kind, PageKind::back_cover);
  const double bottom = geometry().height - geometry().margin_bottom;
  double imprint = bottom;
  int text_lines = 0;
  for (const LineItem& line : back.lines) {
    if (line.role == LineRole::furniture) imprint = std::min(imprint, line.baseline);
  }
  for (const LineItem& line : back.lines) {
    if (line.role == LineRole::furniture) continue;
    ++text_lines;
    EXPECT_GE(line.baseline - line.ascent, geometry().margin_top - kTolerance) << "back cover: " << line.text;
    EXPECT_LT(line.baseline, imprint - geometry().baseline + 0.01)
        << "back cover: '" << line.text << "' at " << line.baseline << " runs into the imprint at " << imprint
        << " (type area bottom " << bottom << ")";
  }
  EXPECT_GT(text_lines, 5);
}

// The structure tree (PDF tags) has no empty branches: every element either has lines of its own
// or an element under it that does.
TEST_P(SampleMagazine, EveryStructureElementHasContent) {
  const std::vector<StructureElement>& structure = out().structure;
  std::vector<bool> has_content(structure.size(), false);
  for (const Page& page : out().pages) {
    for (const LineItem& line : page.lines) {
      for (int e = line.block; e >= 0 && !has_content[static_cast<std::size_t>(e)];
           e = structure[static_cast<std::size_t>(e)].parent) {
        has_content[static_cast<std::size_t>(e)] = true;
      }
    }
  }
  for (std::size_t e = 0; e < structure.size(); ++e) {
    std::string path = structure[e].tag;
    for (int p = structure[e].parent; p >= 0; p = structure[static_cast<std::size_t>(p)].parent) {
      path = structure[static_cast<std::size_t>(p)].tag + "/" + path;
    }
    EXPECT_TRUE(has_content[e]) << "element " << e << " (" << path << ") has no lines";
  }
}

INSTANTIATE_TEST_SUITE_P(Layouts, SampleMagazine, ::testing::Values("magazine-a4", "pocket-a5"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

// A body paragraph's text, independent of where its lines broke: no spaces, no inserted hyphens,
// no diaeresis (Dutch drops it at a break).
std::string comparable(const std::string& text) {
  static const std::pair<std::string, std::string> kFolds[] = {{"\xE2\x80\x90", ""}, {" ", ""},  {"ë", "e"}, {"ï", "i"},
                                                               {"ö", "o"},           {"ü", "u"}, {"ä", "a"}};
  std::string out = text;
  for (const auto& [from, to] : kFolds) {
    for (std::size_t at = out.find(from); at != std::string::npos; at = out.find(from, at)) {
      out.replace(at, from.size(), to);
      at += to.size();
    }
  }
  return out;
}

std::vector<std::string> body_paragraphs(const LaidOutPublication& out) {
  std::map<int, std::string> paragraphs;
  for (const Page& page : out.pages) {
    if (page.kind != PageKind::body && page.kind != PageKind::opener) continue;
    for (const LineItem& line : page.lines) {
      if (line.role == LineRole::body && line.block >= 0) paragraphs[line.block] += line.text;
    }
  }
  std::vector<std::string> texts;
  for (const auto& [block, text] : paragraphs) texts.push_back(comparable(text));
  std::sort(texts.begin(), texts.end());
  return texts;
}

// The pocket edition sets the same text in one narrower column: every paragraph, and all of it.
TEST(SamplePocket, KeepsEveryParagraphOfTheMagazine) {
  const std::vector<std::string> magazine = body_paragraphs(laid_out("magazine-a4").pages);
  const std::vector<std::string> pocket = body_paragraphs(laid_out("pocket-a5").pages);
  ASSERT_GT(magazine.size(), 50u);
  EXPECT_EQ(pocket.size(), magazine.size());
  std::vector<std::string> only_magazine, only_pocket;
  std::set_difference(magazine.begin(), magazine.end(), pocket.begin(), pocket.end(),
                      std::back_inserter(only_magazine));
  std::set_difference(pocket.begin(), pocket.end(), magazine.begin(), magazine.end(), std::back_inserter(only_pocket));
  for (const std::string& text : only_magazine) ADD_FAILURE() << "only in magazine-a4: " << text;
  for (const std::string& text : only_pocket) ADD_FAILURE() << "only in pocket-a5: " << text;
  EXPECT_GT(laid_out("pocket-a5").pages.pages.size(), laid_out("magazine-a4").pages.pages.size());
}

}  // namespace
}  // namespace persklaar
