#pragma once
// Cutting a line out of its paragraph's single shaping: the glyph items of the measuring layout
// are split at the line's ends and the justification goes into the glyph advances, so a line is
// never shaped a second time.
#include <pango/pango.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/layout/frame.h"
#include "core/layout/styled_text.h"

namespace persklaar {

struct LineCut {
  std::size_t start = 0, end = 0;  // the line's bytes in the paragraph text
  // Extra advance after the character at each byte offset of [start, end): word space and letter
  // spacing from justification; indexed by offset - start.
  std::vector<double> extra;
  Color color;
  Color link_color;
};

// The runs of the line, or nullopt when it cannot be cut from the shaping (an end falls inside a
// ligature or cluster, or the text runs right to left): the caller then shapes the line itself.
// `paragraph_runs` are the measuring layout's glyph items in logical order; `hyphen`, when not
// null, is a shaped hyphen appended at the end. `width` receives the line's width.
std::optional<std::vector<GlyphRun>> cut_line(const std::vector<const PangoGlyphItem*>& paragraph_runs,
                                              const std::shared_ptr<const std::string>& text, const StyledText& styled,
                                              const LineCut& cut, const PangoGlyphItem* hyphen,
                                              const std::shared_ptr<const std::string>& hyphen_text, double& width);

// The x of the character at byte `offset` (of the paragraph text) within the cut line.
double x_of_offset(const std::vector<GlyphRun>& runs, std::size_t offset);

}  // namespace persklaar
