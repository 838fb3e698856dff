#pragma once
// Word spaces as printed: from the word boxes of a PDF's justified lines, the gap between each
// pair of words compared with the font's natural space.
#include <string>
#include <vector>

#include "core/layout/layout_spec.h"
#include "tests/pdf/rendered_edition.h"

namespace persklaar::testing {

// The advance of a space in `role`'s face and size, measured with Pango on the bundled fonts
// ("n n" less "nn", so that any kerning against the space counts).
double natural_space(const FontRole& role);

struct SpacedLine {
  int page = 0;  // 1-based
  std::string text;
  double natural = 0;    // the natural space of its font, points
  double widest = 0;     // its widest word gap divided by `natural`
  double overshoot = 0;  // how far it reaches past its column's right edge, points (negative: short of it)
};

struct SpacingSurvey {
  // Lines that reach the column's right edge (within 1 pt) and are not a paragraph's last line, and
  // lines the page building justified that stop short of the edge (those are in short_of_edge too).
  std::vector<SpacedLine> justified;
  std::vector<SpacedLine> overfull;       // any text line of a body page wider than its column by more than 0.5 pt
  std::vector<SpacedLine> short_of_edge;  // lines the engine justified that stop short of the edge by over 1 pt
  std::vector<double> ragged_gaps;        // word gaps of body-size lines that are not justified, points
  int ragged_lines_at_edge = 0;           // lines reaching the edge that the page building says are not justified
                                          // (a paragraph's last line that happens to fill the measure, a table row)
  int lines_without_counterpart = 0;      // reaching the edge with no line of the page building there
};

// Surveys the body and opener pages of `edition`: lines set in Charis SIL at the body or the
// testimonial size, in one column. Whether a line is a paragraph's last line (set at its natural
// spacing, not justified) or a table row is taken from the page building (LineItem::justified of the
// line on that baseline); the gaps are always the PDF's.
SpacingSurvey survey_spacing(const RenderedEdition& edition);

}  // namespace persklaar::testing
