#include "plugins/text/line_wrap.h"

#include <vector>

namespace persklaar::text {
namespace {

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

std::vector<std::string_view> words_of(std::string_view line) {
  std::vector<std::string_view> words;
  std::size_t begin = 0;
  while (begin < line.size()) {
    std::size_t end = line.find(' ', begin);
    if (end == std::string_view::npos) end = line.size();
    if (end > begin) words.push_back(line.substr(begin, end - begin));
    begin = end + 1;
  }
  return words;
}

}  // namespace

std::string wrap_line(std::string_view line, std::size_t width, std::string_view indent) {
  // Keep the line's own leading indent (list markers, nesting) on the first line.
  const std::size_t lead = line.find_first_not_of(' ');
  if (lead == std::string_view::npos) return std::string(line);
  std::string out(line.substr(0, lead));
  std::size_t used = lead;
  bool line_has_word = false;
  for (std::string_view word : words_of(line.substr(lead))) {
    const std::size_t length = code_points(word);
    if (line_has_word && used + 1 + length > width) {
      out += '\n';
      out += indent;
      used = code_points(indent);
      line_has_word = false;
    }
    if (line_has_word) {
      out += ' ';
      ++used;
    }
    out += word;
    used += length;
    line_has_word = true;
  }
  return out;
}

}  // namespace persklaar::text
