#include "tests/braille/brf_reader.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>

#include "core/text/utf8.h"
#include "plugins/braille/braille_formats.h"
#include "plugins/braille/braille_text.h"

namespace persklaar::testing {

std::vector<BrfPage> read_brf_pages(const std::string& brf) {
  std::vector<BrfPage> pages;
  std::size_t begin = 0;
  while (begin < brf.size()) {
    std::size_t end = brf.find('\f', begin);
    if (end == std::string::npos) end = brf.size();
    BrfPage page;
    const std::string text = brf.substr(begin, end - begin);
    std::size_t at = 0;
    while (at < text.size()) {
      std::size_t line_end = text.find("\r\n", at);
      if (line_end == std::string::npos) line_end = text.size();
      page.lines.push_back(text.substr(at, line_end - at));
      at = line_end + 2;
    }
    pages.push_back(std::move(page));
    begin = end + 1;
  }
  return pages;
}

std::u32string brf_cells(const std::string& brf_text) {
  std::u32string cells;
  for (char c : brf_text) {
    char32_t found = U'?';
    for (char32_t cell = 0x2800; cell < 0x2840; ++cell) {
      if (braille::brf_character(cell) == c) found = cell;
    }
    cells += found;
  }
  return cells;
}

std::optional<int> brf_number(const std::string& token) {
  if (token.size() < 2 || token[0] != '#') return std::nullopt;
  int value = 0;
  for (std::size_t k = 1; k < token.size(); ++k) {
    const char c = token[k];
    if (c < 'A' || c > 'J') return std::nullopt;
    value = value * 10 + (c == 'J' ? 0 : c - 'A' + 1);
  }
  return value;
}

namespace {

std::optional<std::pair<int, int>> print_reference(const std::string& token) {
  static const std::regex pattern("^P(#[A-J]+)(?:-(#[A-J]+))?$");
  std::smatch match;
  if (!std::regex_match(token, match, pattern)) return std::nullopt;
  const auto first = brf_number(match[1]);
  const auto last = match[2].matched ? brf_number(match[2]) : first;
  if (!first || !last) return std::nullopt;
  return std::make_pair(*first, *last);
}

std::vector<std::string> tokens_of(const std::string& line) {
  std::vector<std::string> tokens;
  std::string token;
  for (char c : line + " ") {
    if (c == ' ') {
      if (!token.empty()) tokens.push_back(token);
      token.clear();
    } else {
      token += c;
    }
  }
  return tokens;
}

}  // namespace

std::optional<NumberLine> read_number_line(const std::string& line) {
  const auto tokens = tokens_of(line);
  if (tokens.empty() || tokens.size() > 2) return std::nullopt;
  const auto page = brf_number(tokens.back());
  if (!page) return std::nullopt;
  NumberLine numbers{*page, 0, 0};
  if (tokens.size() == 2) {
    const auto reference = print_reference(tokens.front());
    if (!reference) return std::nullopt;
    numbers.print_first = reference->first;
    numbers.print_last = reference->second;
  }
  return numbers;
}

std::optional<std::pair<int, int>> read_print_turn(const std::string& line) {
  const auto tokens = tokens_of(line);
  if (tokens.size() != 2 || tokens[0].find_first_not_of('-') != std::string::npos || tokens[0].size() < 3) {
    return std::nullopt;
  }
  return print_reference(tokens[1]);
}

std::string back_translate_lines(const std::vector<std::string>& lines, const std::string& table_list) {
  std::string joined;
  for (const std::string& line : lines) {
    std::string text = line;
    while (!text.empty() && text.back() == ' ') text.pop_back();
    const std::size_t first = text.find_first_not_of(' ');
    text = first == std::string::npos ? "" : text.substr(first);
    if (!joined.empty() && joined.back() == '-' && !text.empty()) {
      joined.pop_back();  // a word split at a hyphenation point continues here
    } else if (!joined.empty()) {
      joined += ' ';
    }
    joined += text;
  }
  return braille::back_translate(brf_cells(joined), table_list);
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t at = 0; at <= text.size();) {
    char32_t c = U' ';
    std::size_t length = 1;
    if (at < text.size()) {
      const DecodedCodePoint decoded = decode_utf8_at(text, at);
      c = decoded.code_point;
      length = decoded.length;
    }
    const bool letter = (c < 0x80 && std::isalnum(static_cast<int>(c))) || (c >= 0xC0 && c <= 0x24F);
    if (letter) {
      append_utf8(word, c < 0x80 ? static_cast<char32_t>(std::tolower(static_cast<int>(c))) : c);
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
    at += length;
  }
  return words;
}

double share_in_order(const std::vector<std::string>& expected, const std::vector<std::string>& actual) {
  if (expected.empty()) return 1.0;
  // The longest common subsequence of the two word sequences, one row at a time.
  std::map<std::string, int> ids;
  auto id_of = [&ids](const std::string& word) {
    return ids.emplace(word, static_cast<int>(ids.size())).first->second;
  };
  std::vector<int> a, b;
  for (const auto& word : expected) a.push_back(id_of(word));
  for (const auto& word : actual) b.push_back(id_of(word));
  std::vector<int> previous(b.size() + 1, 0), current(b.size() + 1, 0);
  for (int word : a) {
    for (std::size_t j = 0; j < b.size(); ++j) {
      current[j + 1] = word == b[j] ? previous[j] + 1 : std::max(previous[j + 1], current[j]);
    }
    std::swap(previous, current);
  }
  return static_cast<double>(previous[b.size()]) / static_cast<double>(expected.size());
}

}  // namespace persklaar::testing
