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

// `line` cut into pieces that fit `columns` columns: every piece but the last ends in
// kCodeContinuation, which takes `mark_columns` columns at the end (the code face may lack the
// arrow: another face draws it, wider), after the piece padded with spaces so that the marks line
// up. A break goes after the last space or separator in the second half of the room, else at the
// room's end. At least one column is left for the text.
std::vector<std::string> wrap_code_line(const std::string& line, std::size_t columns, std::size_t mark_columns = 1);

}  // namespace persklaar
