#pragma once
// Putting the words Poppler extracts back into reading order with the layout's page geometry:
// words on one baseline make a line; lines are split at the column gutters unless a line runs
// across them (a chapter title, the back cover's text); a page is read band by band (a band being
// the lines between two lines across the columns), and within a band column by column. Running
// heads and folios, in the margins, are kept apart.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/layout/layout_spec.h"
#include "tests/pdf/pdf_reader.h"

namespace persklaar::testing {

// Where text may stand on one page: the type area and its columns, in points from the top left.
struct PageFrame {
  double width = 0, height = 0;
  double top = 0, bottom = 0;                      // the type area's vertical extent
  std::vector<std::pair<double, double>> columns;  // each column's left and right edge

  double left() const { return columns.front().first; }
  double right() const { return columns.back().second; }
};

// The frame of page `number` (1-based): odd pages are right-hand pages, with the inner margin on the
// left, when the layout has facing pages.
PageFrame page_frame(const PageGeometry& geometry, int number);

struct TextLine {
  std::vector<PdfWord> words;  // left to right
  int column = 0;              // 0-based; -1 for a line across the gutters
  double left = 0, top = 0, right = 0, bottom = 0;

  double middle() const { return (top + bottom) / 2; }
  // The words joined with a space wherever the PDF has one between them.
  std::string text() const;
  // The size every word is set in, or 0 when the line mixes sizes.
  double font_size() const;
};

struct PageText {
  std::vector<TextLine> head;  // in the top margin, top to bottom
  std::vector<TextLine> body;  // in the type area, in reading order
  std::vector<TextLine> foot;  // in the bottom margin
};

// The words grouped into lines by baseline across the whole page width, top to bottom.
std::vector<TextLine> rows_of(std::vector<PdfWord> words);

PageText read_page(const PdfPage& page, const PageFrame& frame);

// Text folded for comparison: normalise_text (white space, quotes, dashes), then a diaeresis that
// a Dutch hyphenation drops ("coöpe‐ / ratie" prints "co‐ / operatie") folded away, and the space
// after a hyphen dropped, so that an author's hyphen at a line end ("mbo- / hbo", "zorg- / en")
// compares the same whichever way it is rejoined.
std::string comparable(std::string_view text);

// The text of a run of pages in reading order, rejoined across lines: a line that ends in an
// inserted hyphen (U+2010), or inside an address broken after one of / - _ . ? & =, continues with
// the next line's first word; any other line with a space.
class ReadingText {
 public:
  void add_line(const std::string& text, int page_number);

  struct Match {
    bool found = false;      // at or after the search position
    std::size_t end = 0;     // where the match ends, for the next search
    int page = 0;            // the page it starts on, or where it was found elsewhere
    bool elsewhere = false;  // not after the position, but before it
    // When not found: how the longest found beginning of the text goes on in the PDF, and in the
    // text looked for ("…le dak- en thuis…" against "…le daken thuis…").
    std::string pdf_goes_on, text_goes_on;
  };
  // Looks for the comparable form of `text` from `from` on.
  Match find(const std::string& text, std::size_t from) const;
  const std::string& text() const { return text_; }
  int page_at(std::size_t offset) const;

 private:
  std::string text_;
  bool hyphen_pending_ = false;
  bool address_pending_ = false;
  std::vector<std::pair<std::size_t, int>> page_starts_;  // offset → page number
};

}  // namespace persklaar::testing
