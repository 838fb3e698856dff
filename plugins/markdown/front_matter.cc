#include "plugins/markdown/front_matter.h"

#include "core/diagnostics/diagnostic.h"

namespace persklaar::markdown {
namespace {

bool is_fence(const std::string& text, std::size_t begin, std::size_t end, bool closing) {
  std::string line = text.substr(begin, end - begin);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.pop_back();
  return line == "---" || (closing && line == "...");
}

bool is_key_start(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

bool is_key_char(char c) {
  return is_key_start(c) || (c >= '0' && c <= '9') || c == '-';
}

// A YAML "key:" line, optionally commented out: #?[A-Za-z_][A-Za-z0-9_-]*[ \t]*:([ \t].*)?\r?
// Matched by hand in one pass: a backtracking regex recurses once per character of a long line.
bool is_first_key_line(const std::string& line) {
  std::size_t k = 0;
  if (k < line.size() && line[k] == '#') ++k;
  if (k == line.size() || !is_key_start(line[k])) return false;
  while (k < line.size() && is_key_char(line[k])) ++k;
  while (k < line.size() && (line[k] == ' ' || line[k] == '\t')) ++k;
  if (k == line.size() || line[k] != ':') return false;
  ++k;
  return k == line.size() || line[k] == ' ' || line[k] == '\t' || (line[k] == '\r' && k + 1 == line.size());
}

}  // namespace

FrontMatter take_front_matter(std::string& text, const std::string& file) {
  std::size_t end_of_first = text.find('\n');
  if (end_of_first == std::string::npos || !is_fence(text, 0, end_of_first, false)) return {};
  // A metadata block starts with a "key:" line right after the "---"; anything else ("---" then a
  // blank line, a paragraph or another "---") is CommonMark: a thematic break or a setext heading.
  const std::size_t end_of_second = text.find('\n', end_of_first + 1);
  const std::string second = text.substr(end_of_first + 1, end_of_second - end_of_first - 1);
  if (!is_first_key_line(second)) return {};
  std::size_t begin = end_of_first + 1;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    if (is_fence(text, begin, end, true)) {
      FrontMatter front{text.substr(end_of_first + 1, begin - end_of_first - 1), 2};
      for (std::size_t k = 0; k < end; ++k) {
        if (text[k] != '\n') text[k] = ' ';
      }
      return front;
    }
    begin = end + 1;
  }
  throw InputError(position_in(file, 1), "the metadata block opened by '---' on line 1 is never closed",
                   "end it with a line holding only '---'");
}

}  // namespace persklaar::markdown
