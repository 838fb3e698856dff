#pragma once
// Where a string too long for its line may break without a hyphen. Addresses and identifiers
// (https://…, www.…, name@host, Text.Pandoc.Readers, snake_case_names) break after their natural
// separators — / . - _ ? & = , ; — as they are printed in books, with no hyphen added; a run of
// characters wider than the measure that still has no place to break gets emergency points between
// its characters, which the line breaker takes only when nothing else fits and which are reported.
// Chinese, Japanese and Korean text, written without spaces, breaks between its characters as the
// Unicode line breaking rules allow (never before closing punctuation or a small kana's iteration
// mark, never after opening punctuation).
#include <cstddef>
#include <set>
#include <string>
#include <vector>

namespace persklaar {

struct StringBreak {
  std::size_t offset = 0;    // byte offset in the text where the next line would start
  bool emergency = false;    // between two ordinary characters: a last resort, reported as a warning
  bool ideographic = false;  // beside a Chinese, Japanese or Korean character: as free as a space
};

// The break points inside the space-separated runs of `text`; `widths` holds each character's
// width indexed by its first byte (as the paragraph's shaping measured it). In ascending order.
std::vector<StringBreak> string_breaks(const std::string& text, const std::vector<double>& widths, double measure);

// `points` without the emergency points that lie in a stretch the line breaker can already break
// (at a space, at one of `other_breaks` or at a natural point) into pieces no wider than `measure`.
std::vector<StringBreak> needed_breaks(const std::vector<StringBreak>& points,
                                       const std::set<std::size_t>& other_breaks, const std::string& text,
                                       const std::vector<double>& widths, double measure);

// The line breaker's cost of breaking at a natural separator and at an emergency point.
inline constexpr double kSeparatorBreakPenalty = 100;
inline constexpr double kEmergencyBreakPenalty = 5000;

}  // namespace persklaar
