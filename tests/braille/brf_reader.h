#pragma once
// Reading a BRF file back for the tests: its pages and lines, the cells behind its characters, the
// numbers on each page's first line, and the text liblouis reads out of its lines.
#include <optional>
#include <string>
#include <vector>

namespace persklaar::testing {

struct BrfPage {
  std::vector<std::string> lines;  // without CR LF; lines[0] is the number line
};

// Splits at form feeds (each page ends with one) and CR LF.
std::vector<BrfPage> read_brf_pages(const std::string& brf);

// The Unicode braille cells of BRF characters (braille ASCII).
std::u32string brf_cells(const std::string& brf_text);

// A number written in braille ASCII with the numeric indicator: "#AB" → 12.
std::optional<int> brf_number(const std::string& token);

// The numbers of a page's number line: the braille page number at the right and, before it, the
// print page reference ("P#D" → 4..4, "P#A-#D" → 1..4) when it has one.
struct NumberLine {
  int braille_page = 0;
  int print_first = 0, print_last = 0;  // 0 when there is no reference
};
std::optional<NumberLine> read_number_line(const std::string& line);

// A print page turn line ("------ P#G"): the pages it names.
std::optional<std::pair<int, int>> read_print_turn(const std::string& line);

// Back-translates braille ASCII lines with a liblouis table list, joining a word the line end split
// with a braille hyphen.
std::string back_translate_lines(const std::vector<std::string>& lines, const std::string& table_list);

// Lowercase words (runs of letters and digits) of UTF-8 text.
std::vector<std::string> words_of(const std::string& text);

// The share of `expected` found in `actual` in the same order: the length of their longest common
// subsequence over the length of `expected`.
double share_in_order(const std::vector<std::string>& expected, const std::vector<std::string>& actual);

}  // namespace persklaar::testing
