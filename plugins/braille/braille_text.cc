#include "plugins/braille/braille_text.h"

#include <liblouis/liblouis.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "core/memo/remembered.h"
#include "core/text/utf8.h"

namespace persklaar::braille {
namespace {

static_assert(sizeof(widechar) == sizeof(char32_t), "liblouis must be built with 32-bit widechar (Debian's is)");

bool is_letter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

bool is_hyphen(char32_t c) {
  return c == U'-' || c == 0x2010;
}

// The base letter of each Latin Extended-A letter (U+0100…U+017F), for letters a table does not
// know: "ş" in a Dutch text reads better as "s" than as liblouis's escape of its code point.
constexpr char kLatinExtendedABase[] =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUu"
    "UuWwYyYZzZzZzs";
static_assert(sizeof kLatinExtendedABase == 0x81);

bool has_base_letter(char32_t c) {
  return c >= 0x100 && c < 0x180;
}

std::u32string to_utf32(const std::string& text) {
  std::u32string out;
  for (std::size_t at = 0; at < text.size();) {
    const DecodedCodePoint decoded = decode_utf8_at(text, at);
    out += decoded.code_point;
    at += decoded.length;
  }
  return out;
}

// Whether the character at `at` belongs to a web or e-mail address: a hyphen added to an address
// would change it, so its words are never divided.
bool in_address(const std::u32string& input, std::size_t at) {
  const auto is_space = [](char32_t c) { return c == U' ' || c == 0xA0 || c == U'\t'; };
  std::size_t begin = at, end = at;
  while (begin > 0 && !is_space(input[begin - 1])) --begin;
  while (end < input.size() && !is_space(input[end])) ++end;
  const std::u32string token = input.substr(begin, end - begin);
  return token.find(U"://") != std::u32string::npos || token.find(U"www.") != std::u32string::npos ||
         token.find(U'@') != std::u32string::npos;
}

// One line of text (no forced line ends) through lou_translate, keeping both position maps.
// `unknown` receives the input positions the table had no braille for (it escapes them in
// eight-dot cells).
BrailleText translate_once(const std::u32string& input, const std::string& table_list,
                           std::vector<std::size_t>& unknown) {
  BrailleText result;
  if (input.empty()) return result;
  std::vector<widechar> in(input.begin(), input.end());
  for (std::size_t capacity = input.size() * 4 + 64;; capacity *= 2) {
    int in_length = static_cast<int>(in.size());
    int out_length = static_cast<int>(capacity);
    std::vector<widechar> out(capacity);
    std::vector<int> output_pos(in.size()), input_pos(capacity);
    if (!lou_translate(table_list.c_str(), in.data(), &in_length, out.data(), &out_length, nullptr, nullptr,
                       output_pos.data(), input_pos.data(), nullptr, dotsIO | ucBrl)) {
      throw std::runtime_error("liblouis could not translate with " + table_list);
    }
    if (in_length < static_cast<int>(in.size())) continue;  // the output did not fit: try a larger buffer
    result.cells.reserve(static_cast<std::size_t>(out_length));
    for (int k = 0; k < out_length; ++k) {
      char32_t cell = out[static_cast<std::size_t>(k)];
      if (cell < 0x2800 || cell > 0x28FF) cell = kBlankCell;  // liblouis gives a plain space for a blank
      if (cell > 0x283F) {
        cell = 0x2800 | ((cell - 0x2800) & 0x3F);
        const int from = input_pos[static_cast<std::size_t>(k)];
        if (unknown.empty() || unknown.back() != static_cast<std::size_t>(from)) {
          unknown.push_back(static_cast<std::size_t>(from));
        }
      }
      result.cells += cell;
    }
    result.breaks.assign(result.cells.size(), WordBreak::none);

    // A cell may start a new line only where it begins exactly at the input character the break
    // is before: a contraction spanning the break point is never split.
    auto mark = [&](std::size_t input_index, WordBreak kind) {
      const int cell = output_pos[input_index];
      if (cell <= 0 || cell >= out_length) return;
      if (input_pos[static_cast<std::size_t>(cell)] != static_cast<int>(input_index)) return;
      if (output_pos[input_index - 1] >= cell) return;
      result.breaks[static_cast<std::size_t>(cell)] = kind;
    };
    std::size_t begin = 0;
    while (begin < input.size()) {
      if (!is_letter(input[begin])) {
        if (is_hyphen(input[begin]) && begin > 0 && begin + 1 < input.size() && is_letter(input[begin - 1]) &&
            is_letter(input[begin + 1]) && !in_address(input, begin)) {
          mark(begin + 1, WordBreak::after_hyphen);
        }
        ++begin;
        continue;
      }
      std::size_t end = begin;
      while (end < input.size() && is_letter(input[end])) ++end;
      if (end - begin >= 4 && !in_address(input, begin)) {
        std::vector<char> hyphens(end - begin + 1, '0');
        if (lou_hyphenate(table_list.c_str(), in.data() + begin, static_cast<int>(end - begin), hyphens.data(), 0)) {
          for (std::size_t k = 1; k < end - begin; ++k) {
            if (hyphens[k] == '1') mark(begin + k, WordBreak::hyphenate);
          }
        }
      }
      begin = end;
    }
    return result;
  }
}

BrailleText translate_line(std::u32string input, const std::string& table_list) {
  std::vector<std::size_t> unknown;
  BrailleText result = translate_once(input, table_list, unknown);
  std::u32string unknown_characters;
  for (std::size_t at : unknown) {
    if (at < input.size()) unknown_characters += input[at];
  }
  bool replaced = false;
  for (std::size_t at : unknown) {
    if (at < input.size() && has_base_letter(input[at])) {
      input[at] = static_cast<char32_t>(kLatinExtendedABase[input[at] - 0x100]);
      replaced = true;
    }
  }
  if (replaced) result = translate_once(input, table_list, unknown);
  result.unknown_characters = unknown_characters;
  return result;
}

// A paragraph is translated the same way every time: `persklaar watch` keeps the translations of the
// last builds, so that a rebuild translates only what changed. Bounded by the text it holds.
constexpr std::size_t kMostRememberedBytes = 64u << 20;

std::size_t bytes_held(const std::string& key, const BrailleText& text) {
  return key.size() + text.cells.size() * sizeof(char32_t) * 2;
}

Remembered<std::string, BrailleText>& remembered_translations() {
  static auto* translations = new Remembered<std::string, BrailleText>(kMostRememberedBytes, bytes_held);
  return *translations;  // kept until exit: editions finish on threads of their own
}

BrailleText translate_text(const std::u32string& input, const std::string& table_list) {
  BrailleText result;
  std::size_t begin = 0;
  while (begin <= input.size()) {
    std::size_t end = input.find(U'\n', begin);
    if (end == std::u32string::npos) end = input.size();
    if (begin > 0) result.append_cells(std::u32string(1, kForcedLineEnd));
    result.append(translate_line(input.substr(begin, end - begin), table_list));
    begin = end + 1;
  }
  return result;
}

}  // namespace

void BrailleText::append(const BrailleText& other) {
  cells += other.cells;
  breaks.insert(breaks.end(), other.breaks.begin(), other.breaks.end());
  unknown_characters += other.unknown_characters;
}

void BrailleText::append_cells(const std::u32string& more) {
  cells += more;
  breaks.resize(cells.size(), WordBreak::none);
}

BrailleText translate(const std::string& text, const std::string& table_list) {
  return remembered_translations().find_or_make(table_list + '\0' + text,
                                                [&] { return translate_text(to_utf32(text), table_list); });
}

std::string back_translate(const std::u32string& cells, const std::string& table_list) {
  if (cells.empty()) return {};
  std::vector<widechar> in(cells.begin(), cells.end());
  for (std::size_t capacity = cells.size() * 4 + 64;; capacity *= 2) {
    int in_length = static_cast<int>(in.size());
    int out_length = static_cast<int>(capacity);
    std::vector<widechar> out(capacity);
    if (!lou_backTranslateString(table_list.c_str(), in.data(), &in_length, out.data(), &out_length, nullptr, nullptr,
                                 ucBrl)) {
      throw std::runtime_error("liblouis could not back-translate with " + table_list);
    }
    if (in_length < static_cast<int>(in.size())) continue;
    std::string text;
    for (int k = 0; k < out_length; ++k) append_utf8(text, static_cast<char32_t>(out[static_cast<std::size_t>(k)]));
    return text;
  }
}

}  // namespace persklaar::braille
