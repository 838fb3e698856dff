#pragma once
// Code blocks: each source line set in the layout's code role (a monospace face, no ligatures), flush
// left, never justified or hyphenated. A line longer than the measure holds is wrapped, preferably
// after a space or separator, and each wrapped piece but the last ends in a continuation mark (↩),
// so that no character ever runs past the column.
#include <cstddef>
#include <string>
#include <vector>

namespace persklaar {

// The mark that ends a code line continued on the next one.
inline constexpr const char* kCodeContinuation = "\xE2\x86\xA9";  // U+21A9 LEFTWARDS ARROW WITH HOOK

// `line` with tabs expanded to the next multiple of four columns.
std::string expand_tabs(const std::string& line);

// `line` cut into pieces of at most `columns` characters, the mark included: every piece but the
// last ends in kCodeContinuation, in its last column. A break goes after the last space or separator in the second half
// of the room, else at the room's end. `columns` below 2 is taken as 2.
std::vector<std::string> wrap_code_line(const std::string& line, std::size_t columns);

}  // namespace persklaar
