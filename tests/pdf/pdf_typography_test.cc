// The screen PDF's typography read back: only the bundled faces, embedded as subsets; every glyph of
// a body page inside its column and the type area; justified lines evenly spaced, none overfull.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "tests/pdf/rendered_edition.h"
#include "tests/pdf/word_spacing.h"

namespace persklaar::testing {
namespace {

constexpr double kTolerance = 0.5;       // points a glyph box may stand past a column or type-area edge
constexpr double kLooseRatio = 1.5;      // a word gap wider than this many natural spaces is loose
constexpr double kMaxLooseShare = 0.05;  // of the justified lines
constexpr std::size_t kShown = 10;

std::string box(const PdfWord& word) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(1) << "[" << word.left << ", " << word.top << " – " << word.right << ", "
      << word.bottom << "]";
  return out.str();
}

TEST(PdfTypography, EmbedsSubsetsOfTheBundledFacesOnly) {
  const PdfText& pdf = sample_magazine().text;
  ASSERT_FALSE(pdf.fonts.empty());
  bool charis = false, inter = false;
  for (const PdfFont& font : pdf.fonts) {
    const std::string face = without_subset_prefix(font.name);
    EXPECT_TRUE(font.embedded) << font.name << " is not embedded";
    EXPECT_TRUE(font.subset) << font.name << " is embedded whole, not as a subset";
    EXPECT_NE(face, font.name) << font.name << " has no subset prefix";
    const bool bundled = face.rfind("CharisSIL", 0) == 0 || face.rfind("Inter-", 0) == 0;
    EXPECT_TRUE(bundled) << font.name << " is not one of the bundled faces (Charis SIL, Inter)";
    charis = charis || face.rfind("CharisSIL", 0) == 0;
    inter = inter || face.rfind("Inter-", 0) == 0;
  }
  EXPECT_TRUE(charis) << "no Charis SIL: the body text is not in its face";
  EXPECT_TRUE(inter) << "no Inter: the headings are not in their face";
}

// On body pages and chapter openers, every word box outside the opener's colour field lies in one
// column and between the top and bottom margins; in the margins stand only the running head (top)
// and the folio (bottom).
TEST(PdfTypography, KeepsEveryGlyphOfTheBodyPagesInsideItsColumn) {
  const RenderedEdition& magazine = sample_magazine();
  const FontRoles& roles = magazine.spec().roles;
  std::vector<std::string> outside;
  int checked = 0;
  for (std::size_t k = 0; k < magazine.text.pages.size() && k < magazine.laid_out().pages.size(); ++k) {
    const Page& page = magazine.laid_out().pages[k];
    if (page.kind != PageKind::body && page.kind != PageKind::opener) continue;
    const PageFrame frame = magazine.frame(k);
    const std::string number = std::to_string(k + 1);
    for (const PdfWord& word : magazine.text.pages[k].words) {
      const bool in_field = std::any_of(page.rules.begin(), page.rules.end(), [&](const RuleItem& rule) {
        return rule.y <= 0 && rule.width >= frame.width && word.middle() < rule.y + rule.height;
      });
      if (in_field) continue;
      ++checked;
      std::string problem;
      const bool across = word.left < frame.left() - kTolerance || word.right > frame.right() + kTolerance;
      if (word.middle() < frame.top) {
        if (std::abs(word.font_size - roles.running_head.size) > 0.05 || word.bottom > frame.top + kTolerance) {
          problem = "in the top margin, and not the running head";
        } else if (across) {
          problem = "running head outside the type area's width";
        }
      } else if (word.middle() > frame.bottom) {
        if (word.text != number || std::abs(word.font_size - roles.folio.size) > 0.05) {
          problem = "in the bottom margin, and not the folio";
        } else if (across) {
          problem = "folio outside the type area's width";
        }
      } else {
        const bool in_a_column = std::any_of(frame.columns.begin(), frame.columns.end(), [&](const auto& column) {
          return word.left >= column.first - kTolerance && word.right <= column.second + kTolerance;
        });
        if (!in_a_column) {
          std::ostringstream out;
          out << "outside its column (columns ";
          for (const auto& [left, right] : frame.columns)
            out << std::fixed << std::setprecision(1) << left << "–" << right << " ";
          out << ")";
          problem = out.str();
        } else if (word.top < frame.top - kTolerance || word.bottom > frame.bottom + kTolerance) {
          problem = "above or below the type area";
        }
      }
      if (!problem.empty()) {
        outside.push_back("page " + number + ": \"" + word.text + "\" " + box(word) + " " + problem);
      }
    }
  }
  EXPECT_GT(checked, 10000) << "too few words on the body pages; is the text there?";
  std::ostringstream listed;
  for (std::size_t k = 0; k < outside.size() && k < kShown; ++k) listed << "  " << outside[k] << "\n";
  EXPECT_TRUE(outside.empty()) << outside.size() << " word(s) outside their column or the type area; the first:\n"
                               << listed.str();
}

std::string histogram(const std::vector<SpacedLine>& lines) {
  const std::vector<double> edges = {0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.8, 2.0};
  std::vector<int> counts(edges.size() + 1, 0);
  for (const SpacedLine& line : lines) {
    const auto bucket = std::upper_bound(edges.begin(), edges.end(), line.widest) - edges.begin();
    ++counts[static_cast<std::size_t>(bucket)];
  }
  std::ostringstream out;
  const int most = std::max(1, *std::max_element(counts.begin(), counts.end()));
  for (std::size_t b = 0; b < counts.size(); ++b) {
    std::ostringstream range;
    range << std::fixed << std::setprecision(1);
    if (b == 0) {
      range << "      < " << edges[0];
    } else if (b == edges.size()) {
      range << "     >= " << edges.back();
    } else {
      range << edges[b - 1] << " – " << edges[b];
    }
    out << "  " << std::setw(10) << range.str() << " " << std::setw(5) << counts[b] << " "
        << std::string(static_cast<std::size_t>(50 * counts[b] / most), '#') << "\n";
  }
  return out.str();
}

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::nth_element(values.begin(), values.begin() + static_cast<long>(values.size() / 2), values.end());
  return values[values.size() / 2];
}

const SpacingSurvey& survey() {
  static const SpacingSurvey surveyed = survey_spacing(sample_magazine());
  return surveyed;
}

// The natural space is Pango's measure of Charis SIL at the body size, checked against the median
// gap of the lines set at natural spacing (a paragraph's last lines).
TEST(PdfTypography, SpacesJustifiedLinesEvenly) {
  const RenderedEdition& magazine = sample_magazine();
  ASSERT_GT(survey().justified.size(), 500u) << "too few justified lines found";

  const double pango_space = natural_space(magazine.spec().roles.body);
  const double median_gap = median(survey().ragged_gaps);
  std::vector<SpacedLine> loose;
  for (const SpacedLine& line : survey().justified) {
    if (line.widest > kLooseRatio) loose.push_back(line);
  }
  std::sort(loose.begin(), loose.end(), [](const SpacedLine& a, const SpacedLine& b) { return a.widest > b.widest; });
  const double share = static_cast<double>(loose.size()) / static_cast<double>(survey().justified.size());

  std::cout << std::fixed << std::setprecision(3) << "[ spacing  ] natural space of Charis SIL "
            << magazine.spec().roles.body.size << " pt (Pango): " << pango_space << " pt; median gap of "
            << survey().ragged_gaps.size() << " gaps in unjustified lines: " << median_gap << " pt\n"
            << "[ spacing  ] " << survey().justified.size()
            << " justified lines; widest gap per line, in natural spaces:\n"
            << histogram(survey().justified) << std::setprecision(1) << "[ spacing  ] " << loose.size() << " lines ("
            << 100 * share << "%) have a gap wider than " << kLooseRatio << "x; " << survey().ragged_lines_at_edge
            << " lines at the edge are a paragraph's last line or a table row; " << survey().lines_without_counterpart
            << " had no line of the page building\n";
  for (std::size_t k = 0; k < loose.size() && k < 5; ++k) {
    std::cout << "[ loosest  ] page " << loose[k].page << ", " << std::setprecision(2) << loose[k].widest
              << "x: " << loose[k].text << "\n";
  }

  // The two estimates of the natural space agree: the gaps are measured right.
  EXPECT_NEAR(median_gap, pango_space, 0.05 * pango_space);
  EXPECT_LE(share, kMaxLooseShare) << loose.size() << " of " << survey().justified.size()
                                   << " justified lines have a word gap wider than " << kLooseRatio
                                   << " natural spaces";
}

TEST(PdfTypography, SetsNoLineWiderThanItsColumn) {
  std::ostringstream overfull;
  for (std::size_t k = 0; k < survey().overfull.size() && k < kShown; ++k) {
    overfull << "  page " << survey().overfull[k].page << ", " << std::setprecision(2) << survey().overfull[k].overshoot
             << " pt past the column: " << survey().overfull[k].text << "\n";
  }
  EXPECT_TRUE(survey().overfull.empty()) << survey().overfull.size() << " overfull line(s); the first:\n"
                                         << overfull.str();
}

// A justified line ends at the column's edge, however loose it had to be.
TEST(PdfTypography, FillsEveryJustifiedLineToTheColumnEdge) {
  std::ostringstream short_lines;
  for (std::size_t k = 0; k < survey().short_of_edge.size() && k < kShown; ++k) {
    const SpacedLine& line = survey().short_of_edge[k];
    short_lines << "  page " << line.page << ", " << std::fixed << std::setprecision(2) << -line.overshoot
                << " pt short, widest gap " << line.widest << "x: " << line.text << "\n";
  }
  EXPECT_TRUE(survey().short_of_edge.empty())
      << survey().short_of_edge.size() << " justified line(s) stop short of the column's edge; the first:\n"
      << short_lines.str();
}

}  // namespace
}  // namespace persklaar::testing
