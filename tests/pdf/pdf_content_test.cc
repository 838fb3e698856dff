// The screen PDF read back with Poppler: as many pages as the engine laid out, a multiple of four,
// and every paragraph of the sample in reading order — in the magazine layout and in the pocket
// layout, which the same code must build from data alone.
#include <gtest/gtest.h>

#include <iomanip>
#include <iostream>
#include <sstream>

#include "core/layout/magazine.h"
#include "core/resources/resource_paths.h"
#include "tests/pdf/model_expectations.h"
#include "tests/pdf/rendered_edition.h"
#include "tests/support/pipeline.h"
#include "tests/support/test_paths.h"

namespace persklaar::testing {
namespace {

constexpr std::size_t kShownProblems = 10;

std::string excerpt(const std::string& text, std::size_t length = 90) {
  if (text.size() <= length) return text;
  std::size_t end = length;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // whole characters
  return text.substr(0, end) + "…";
}

struct Coverage {
  std::size_t total = 0;
  std::size_t in_order = 0;
  std::vector<std::string> problems;  // the paragraphs not found after the one before them
};

// Reads the body text of every page (running heads and folios left out) and looks for each of the
// model's paragraphs after the one before it.
Coverage paragraph_coverage(const RenderedEdition& edition) {
  ReadingText reading;
  for (std::size_t k = 0; k < edition.pages.size(); ++k) {
    for (const TextLine& line : edition.pages[k].body) reading.add_line(line.text(), static_cast<int>(k) + 1);
  }
  Coverage coverage;
  std::size_t cursor = 0;
  for (const ExpectedParagraph& paragraph : paragraphs_of(edition.publication)) {
    ++coverage.total;
    const ReadingText::Match match = reading.find(paragraph.text, cursor);
    if (match.found) {
      ++coverage.in_order;
      cursor = match.end;
      continue;
    }
    std::ostringstream problem;
    problem << "\"" << excerpt(paragraph.text) << "\" (" << paragraph.where << "): ";
    if (match.elsewhere) {
      problem << "not after the paragraph before it; the text occurs only earlier, on page " << match.page;
    } else {
      problem << "not in the PDF (reading text after page " << reading.page_at(cursor) << ")";
    }
    if (!match.pdf_goes_on.empty()) {
      problem << "\n      the PDF reads   \"" << match.pdf_goes_on << "\" (page " << match.page << ")"
              << "\n      where the model \"" << match.text_goes_on << "\"";
    }
    coverage.problems.push_back(problem.str());
  }
  return coverage;
}

void expect_every_paragraph(const RenderedEdition& edition, const std::string& name) {
  const Coverage coverage = paragraph_coverage(edition);
  ASSERT_GT(coverage.total, 100u) << "the sample reads as too few paragraphs";
  std::cout << "[ coverage ] " << name << ": " << coverage.in_order << " of " << coverage.total
            << " paragraphs found in reading order (" << std::fixed << std::setprecision(1)
            << 100.0 * static_cast<double>(coverage.in_order) / static_cast<double>(coverage.total) << "%)\n";
  std::ostringstream listed;
  for (std::size_t k = 0; k < coverage.problems.size() && k < kShownProblems; ++k) {
    listed << "  " << coverage.problems[k] << "\n";
  }
  EXPECT_TRUE(coverage.problems.empty()) << coverage.problems.size() << " paragraph(s) missing or out of order in "
                                         << name << "; the first:\n"
                                         << listed.str();
}

TEST(PdfContent, HasTheLaidOutPagesAMultipleOfFour) {
  const RenderedEdition& magazine = sample_magazine();
  // Laid out again, apart from the build: the PDF has the pages the engine makes of the sample.
  Diagnostics diagnostics;
  const LaidOutPublication laid_out =
      lay_out_publication(load(sample_manuscript()), load_layout(default_layout_file()), diagnostics);
  ASSERT_EQ(magazine.text.pages.size(), laid_out.pages.size());
  for (std::size_t k = 0; k < laid_out.pages.size(); ++k) {
    EXPECT_EQ(laid_out.pages[k].kind, magazine.laid_out().pages[k].kind) << "page " << k + 1;
  }
  EXPECT_EQ(magazine.text.pages.size() % 4, 0u) << magazine.text.pages.size() << " pages";
  for (std::size_t k = 0; k < magazine.text.pages.size(); ++k) {
    EXPECT_NEAR(magazine.text.pages[k].width, magazine.spec().page.width, 0.5) << "page " << k + 1;
    EXPECT_NEAR(magazine.text.pages[k].height, magazine.spec().page.height, 0.5) << "page " << k + 1;
  }
}

TEST(PdfContent, HoldsEveryParagraphOfTheSampleInReadingOrder) {
  expect_every_paragraph(sample_magazine(), "magazine-a4");
}

// The pocket layout is data only: the same code builds the sample from it.
TEST(PdfContent, PocketLayoutBuildsTheSampleOnA5) {
  const RenderedEdition& pocket = sample_pocket();
  ASSERT_FALSE(pocket.text.pages.empty());
  constexpr double kA5Width = 148 / 25.4 * 72, kA5Height = 210 / 25.4 * 72;
  for (std::size_t k = 0; k < pocket.text.pages.size(); ++k) {
    EXPECT_NEAR(pocket.text.pages[k].width, kA5Width, 0.5) << "page " << k + 1;
    EXPECT_NEAR(pocket.text.pages[k].height, kA5Height, 0.5) << "page " << k + 1;
  }
  EXPECT_EQ(pocket.text.pages.size(), pocket.laid_out().pages.size());
  EXPECT_EQ(pocket.text.pages.size() % 4, 0u) << pocket.text.pages.size() << " pages";
}

TEST(PdfContent, PocketLayoutHoldsEveryParagraphInReadingOrder) {
  expect_every_paragraph(sample_pocket(), "pocket-a5");
}

}  // namespace
}  // namespace persklaar::testing
