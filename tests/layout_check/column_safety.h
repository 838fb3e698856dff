#pragma once
// The column-safety invariant, checked on a PDF as a reader's software sees it: every word Poppler
// extracts stands inside the page, inside the type area (running heads and folios in their margins
// excepted), inside the column of the line it belongs to (or the type area, for the lines the
// layout set across the columns: titles of openers, the contents, wide blocks), and on no other word.
// The laid-out pages only say which line a word belongs to and how wide that line was meant to be;
// every position checked is the PDF's.
#include <string>
#include <vector>

#include "core/layout/frame.h"
#include "tests/pdf/pdf_reader.h"

namespace persklaar::testing {

struct LayoutViolation {
  int page = 0;        // 1-based
  std::string kind;    // "outside the page", "outside the type area", "outside its column", "overlap",
                       // "on no laid-out line", "page count"
  std::string word;    // the word as extracted
  std::string detail;  // where it stands and where it should
};

// Checks every word of `pdf` against the pages it was painted from.
std::vector<LayoutViolation> check_column_safety(const PdfText& pdf, const LaidOutPublication& laid_out);

// "page 4: outside its column: 'https://…' [312.1, 401.9] beyond column [56.7, 283.5]".
std::string describe(const LayoutViolation& violation);

}  // namespace persklaar::testing
