#pragma once
// The accessible plain-text edition, written for screen-reader and braille users (WCAG techniques
// T1–T3): a title block and contents list first; headings alone on a line with two blank lines
// before and one after, chapter numbers and section kinds in words; each paragraph one line; no
// decorative characters; quotations and testimonials announced in words; links written out.
#include <string>

#include "core/model/publication.h"

namespace persklaar::text {

struct TextOptions {
  std::size_t wrap = 0;  // 0: paragraphs are single lines; N: wrap at N characters
};

std::string render_text_edition(const Publication& publication, const TextOptions& options);

}  // namespace persklaar::text
