#include "core/layout/string_breaks.h"

#include <glib.h>

#include <algorithm>
#include <iterator>
#include <string_view>

#include "core/text/utf8.h"

namespace persklaar {
namespace {

constexpr std::string_view kSeparators = "/.-_?&=,;";

// An address, which breaks at its separators whatever its length ("https://…", "www.…", "a@b.nl").
bool looks_like_address(std::string_view run) {
  if (run.find("://") != std::string_view::npos || run.find("www.") != std::string_view::npos) return true;
  return run.find('@') != std::string_view::npos && run.find('.') != std::string_view::npos;
}

bool is_space(char32_t c) {
  return c == ' ' || c == 0x2028 || c == '\n' || c == '\t';
}

// Unicode line breaking (UAX #14) for the characters of Chinese, Japanese and Korean: a break is
// allowed beside one of them unless punctuation binds the two characters together.
bool is_ideographic(char32_t c) {
  switch (g_unichar_break_type(c)) {
    case G_UNICODE_BREAK_IDEOGRAPHIC:
    case G_UNICODE_BREAK_CONDITIONAL_JAPANESE_STARTER:
    case G_UNICODE_BREAK_HANGUL_L_JAMO:
    case G_UNICODE_BREAK_HANGUL_V_JAMO:
    case G_UNICODE_BREAK_HANGUL_T_JAMO:
    case G_UNICODE_BREAK_HANGUL_LV_SYLLABLE:
    case G_UNICODE_BREAK_HANGUL_LVT_SYLLABLE: return true;
    default: return false;
  }
}

bool never_starts_a_line(char32_t c) {
  switch (g_unichar_break_type(c)) {
    case G_UNICODE_BREAK_CLOSE_PUNCTUATION:
    case G_UNICODE_BREAK_CLOSE_PARANTHESIS:
    case G_UNICODE_BREAK_EXCLAMATION:
    case G_UNICODE_BREAK_INFIX_SEPARATOR:
    case G_UNICODE_BREAK_NON_STARTER:
    case G_UNICODE_BREAK_QUOTATION:
    case G_UNICODE_BREAK_COMBINING_MARK:
    case G_UNICODE_BREAK_ZERO_WIDTH_JOINER:
    case G_UNICODE_BREAK_WORD_JOINER:
    case G_UNICODE_BREAK_NON_BREAKING_GLUE: return true;
    default: return false;
  }
}

bool never_ends_a_line(char32_t c) {
  switch (g_unichar_break_type(c)) {
    case G_UNICODE_BREAK_OPEN_PUNCTUATION:
    case G_UNICODE_BREAK_QUOTATION:
    case G_UNICODE_BREAK_ZERO_WIDTH_JOINER:
    case G_UNICODE_BREAK_WORD_JOINER:
    case G_UNICODE_BREAK_NON_BREAKING_GLUE: return true;
    default: return false;
  }
}

bool ideographic_break(char32_t before, char32_t after) {
  return (is_ideographic(before) || is_ideographic(after)) && !never_ends_a_line(before) && !never_starts_a_line(after);
}

void add_run_breaks(const std::string& text, const std::vector<double>& widths, std::size_t begin, std::size_t end,
                    double measure, std::vector<StringBreak>& out) {
  double width = 0;
  for (std::size_t k = begin; k < end; k += decode_utf8_at(text, k).length) width += widths[k];
  const std::string_view run(text.data() + begin, end - begin);
  // Shorter names ("en/of", "Text.Pandoc") stay whole: they fit, and a break in them reads badly.
  const bool natural = looks_like_address(run) || width > measure / 3;
  const bool emergency = width > measure;
  // Chinese, Japanese and Korean start at U+1100, whose UTF-8 begins with 0xE1 or more: a run without
  // such a byte holds none (one with it may, or hold a dash or curly quote).
  const bool ideographs =
      std::any_of(run.begin(), run.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xE1; });
  if (!natural && !emergency && !ideographs) return;
  // The first and last characters never start a line: a break after a separator needs material on
  // both sides.
  std::size_t previous = begin;
  char32_t previous_character = decode_utf8_at(text, begin).code_point;
  for (std::size_t k = begin + decode_utf8_at(text, begin).length; k < end;) {
    const DecodedCodePoint cp = decode_utf8_at(text, k);
    const bool after_separator = kSeparators.find(text[previous]) != std::string_view::npos;
    const bool before_separator = kSeparators.find(text[k]) != std::string_view::npos;
    if (ideographs && ideographic_break(previous_character, cp.code_point)) {
      out.push_back({k, false, true});
    } else if (natural && after_separator && !before_separator) {
      out.push_back({k, false});
    } else if (emergency && !g_unichar_ismark(cp.code_point)) {
      out.push_back({k, true});
    }
    previous = k;
    previous_character = cp.code_point;
    k += cp.length;
  }
}

}  // namespace

std::vector<StringBreak> string_breaks(const std::string& text, const std::vector<double>& widths, double measure) {
  std::vector<StringBreak> out;
  std::size_t k = 0;
  while (k < text.size()) {
    while (k < text.size() && is_space(decode_utf8_at(text, k).code_point)) k += decode_utf8_at(text, k).length;
    const std::size_t begin = k;
    while (k < text.size() && !is_space(decode_utf8_at(text, k).code_point)) k += decode_utf8_at(text, k).length;
    if (k > begin) add_run_breaks(text, widths, begin, k, measure, out);
  }
  return out;
}

}  // namespace persklaar

namespace persklaar {

std::vector<StringBreak> needed_breaks(const std::vector<StringBreak>& points,
                                       const std::set<std::size_t>& other_breaks, const std::string& text,
                                       const std::vector<double>& widths, double measure) {
  // Every place the line breaker may already break: spaces, other breaks, natural points.
  std::set<std::size_t> bounds = other_breaks;
  for (std::size_t k = 0; k < text.size(); k += decode_utf8_at(text, k).length) {
    if (is_space(decode_utf8_at(text, k).code_point)) bounds.insert(k);
  }
  for (const StringBreak& point : points) {
    if (!point.emergency) bounds.insert(point.offset);
  }
  bounds.insert(0);
  bounds.insert(text.size());
  std::vector<StringBreak> out;
  // Each piece's width is measured once: a long unbroken string has a point at every character, and
  // measuring its piece again for each would cost the square of its length.
  std::size_t measured_begin = std::string::npos;
  double width = 0;
  for (const StringBreak& point : points) {
    if (!point.emergency) {
      out.push_back(point);
      continue;
    }
    const auto after = bounds.upper_bound(point.offset);
    const std::size_t end = *after;
    const std::size_t begin = *std::prev(after);
    if (begin != measured_begin) {
      width = 0;
      for (std::size_t k = begin; k < end; k += decode_utf8_at(text, k).length) width += widths[k];
      measured_begin = begin;
    }
    if (width > measure) out.push_back(point);
  }
  return out;
}

}  // namespace persklaar
