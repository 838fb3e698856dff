#pragma once
// Optional hard wrapping for the text edition (--wrap N). Off by default: a screen reader or a
// braille display wraps better itself than any fixed width can.
#include <string>
#include <string_view>

namespace persklaar::text {

// Breaks `line` at ordinary spaces so that no line is longer than `width` characters (code points),
// except a single word that is longer by itself. Never breaks at a no-break space and never
// hyphenates. Lines after the first start with `indent`.
std::string wrap_line(std::string_view line, std::size_t width, std::string_view indent);

}  // namespace persklaar::text
