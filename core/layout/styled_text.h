#pragma once
// A paragraph's inline content flattened into one string with style spans, the form both the line
// breaker and Pango need.
#include <string>
#include <vector>

#include "core/model/inline.h"

namespace persklaar {

struct StyleSpan {
  std::size_t begin = 0, end = 0;  // byte range in StyledText::text
  bool italic = false;
  bool bold = false;
  bool code = false;
  std::string link;  // the target of a link, empty otherwise
  int script = 0;    // 1 superscript, -1 subscript: smaller, raised or lowered
};

struct StyledText {
  std::string text;              // soft breaks are spaces, hard breaks U+2028 LINE SEPARATOR
  std::vector<StyleSpan> spans;  // non-overlapping, ascending; plain text has none
  std::vector<std::pair<std::size_t, std::size_t>> no_hyphenation;  // links, code: never hyphenated
};

// Note references become their number in superscript digits ("¹²"), linked to "#<note id>".
StyledText styled_text(const Inlines& inlines);

// A note's marker in the text: its number in superscript digits.
std::string superscript_number(int number);

// The line separator a hard line break becomes.
inline constexpr const char* kLineSeparator = "\xE2\x80\xA8";

}  // namespace persklaar
