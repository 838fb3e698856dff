#pragma once
// Filling braille lines: words are kept whole where they fit, split only at the table's hyphenation
// points (ending the line with the braille hyphen) or after the author's own hyphen. Only a word
// longer than a whole line without such a point (an address) is cut where the line ends.
#include <string>
#include <vector>

#include "plugins/braille/braille_text.h"

namespace persklaar::braille {

struct LineShape {
  int width = 40;          // cells of a line
  int first_indent = 0;    // blank cells before the first line
  int runover_indent = 0;  // blank cells before every further line (a list item's text under its marker)
  bool hyphenate = true;   // false for headings and the title page: words move whole to the next line
};

// The lines, each at most `shape.width` cells, without trailing blanks. Empty text gives no lines;
// a forced line end always starts a new line.
std::vector<std::u32string> break_lines(const BrailleText& text, const LineShape& shape);

// `line` centred in `width` cells (left-aligned when it fills the line).
std::u32string centred(const std::u32string& line, int width);

}  // namespace persklaar::braille
