#pragma once
// Setting one paragraph: measure its words with Pango (shaped once), choose the line breaks for the
// whole paragraph (Knuth–Plass, with Dutch or English hyphenation), then set each line with its
// word spaces stretched or shrunk to fill the measure exactly.
#include <pango/pango.h>

#include <string>
#include <vector>

#include "core/layout/frame.h"
#include "core/layout/styled_text.h"

namespace persklaar {

class Hyphenator;

struct ParagraphStyle {
  const FontRole* role = nullptr;
  Color color;
  Color link_color;
  double measure = 0;            // line length, points
  double first_line_indent = 0;  // points
  bool justify = true;
  bool uppercase = false;
  const Hyphenator* hyphenator = nullptr;  // null: no hyphenation (headings, names)
  const ParagraphRules* rules = nullptr;
};

// A set line before it is placed on a page: x and baseline are relative to the paragraph's left
// edge and first baseline (0); links relative to the line's origin.
struct SetParagraph {
  std::vector<LineItem> lines;
  std::vector<std::string> missing_glyphs;  // characters no bundled font has, as UTF-8
  bool first_fit = false;                   // too long to be broken as a whole (kWholeParagraphItems): set line by line
};

SetParagraph set_paragraph(const StyledText& text, const ParagraphStyle& style, PangoContext* context);

}  // namespace persklaar
