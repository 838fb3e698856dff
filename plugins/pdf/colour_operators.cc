#include "plugins/pdf/colour_operators.h"

#include <charconv>
#include <cstdio>
#include <string_view>

namespace persklaar::pdf {
namespace {

std::string format_cmyk(const Cmyk& c) {
  char text[96];
  std::snprintf(text, sizeof text, "%.4g %.4g %.4g %.4g", c.cyan, c.magenta, c.yellow, c.black);
  return text;
}

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

std::optional<double> number_in(std::string_view token) {
  if (token.empty() || !(token[0] == '-' || token[0] == '+' || token[0] == '.' || (token[0] >= '0' && token[0] <= '9')))
    return std::nullopt;
  if (token[0] == '+') token.remove_prefix(1);
  double value = 0;
  const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
  if (error != std::errc() || end != token.data() + token.size()) return std::nullopt;
  return value;
}

bool is_delimiter(char c) {
  return c == '[' || c == ']' || c == '<' || c == '>' || c == '{' || c == '}' || c == '/' || c == '(' || c == ')' ||
         c == '%';
}

// Where the token that starts at `at` ends, as PDF's lexer reads it: an array bracket, a dictionary's
// << or >>, a hex string <…>, a literal string (…) with its nested parentheses and escapes, a name
// /…, or a run of regular characters (a number or an operator). npos for a string that does not end
// and for a comment, which the quick reading leaves to qpdf.
std::size_t token_end(const std::string& content, std::size_t at) {
  const char c = content[at];
  if (c == '%') return std::string::npos;
  if (c == '(') {
    int depth = 0;
    for (std::size_t k = at; k < content.size(); ++k) {
      if (content[k] == '\\') {
        ++k;
      } else if (content[k] == '(') {
        ++depth;
      } else if (content[k] == ')' && --depth == 0) {
        return k + 1;
      }
    }
    return std::string::npos;
  }
  if (c == '[' || c == ']' || c == '{' || c == '}') return at + 1;
  if (c == '<' || c == '>') {
    if (at + 1 < content.size() && content[at + 1] == c) return at + 2;
    if (c == '>') return at + 1;
    const std::size_t close = content.find('>', at);
    return close == std::string::npos ? close : close + 1;
  }
  std::size_t end = at + 1;
  while (end < content.size() && !is_space(content[end]) && !is_delimiter(content[end])) ++end;
  return end;
}

// An operator is a bare word: letters, and the quote operators ' and ".
bool is_operator(std::string_view token) {
  if (token.empty()) return false;
  for (const char c : token) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '*' || c == '\'' || c == '"';
    if (!letter && !(c >= '0' && c <= '9')) return false;
  }
  return !(token[0] >= '0' && token[0] <= '9');
}

}  // namespace

bool is_colour_operator(const std::string& op) {
  return op == "rg" || op == "RG" || op == "g" || op == "G" || op == "cs" || op == "CS" || op == "sc" || op == "SC" ||
         op == "scn" || op == "SCN";
}

std::optional<std::string> ColourRewriter::rewrite(const std::string& op, const std::vector<double>& numbers,
                                                   const std::string& last_name) {
  const bool stroke = op == "RG" || op == "G" || op == "SC" || op == "SCN" || op == "CS";
  bool& rgb_space = stroke ? stroke_rgb_ : fill_rgb_;
  if ((op == "rg" || op == "RG") && numbers.size() == 3) {
    return format_cmyk(palette_.cmyk_for(numbers[0], numbers[1], numbers[2])) + (stroke ? " K" : " k");
  }
  if ((op == "g" || op == "G") && numbers.size() == 1) {
    return format_cmyk(palette_.cmyk_for(numbers[0], numbers[0], numbers[0])) + (stroke ? " K" : " k");
  }
  if ((op == "cs" || op == "CS") && last_name == "/DeviceRGB") {
    rgb_space = true;
    return "/DeviceCMYK " + op;
  }
  if ((op == "sc" || op == "scn" || op == "SC" || op == "SCN") && rgb_space && numbers.size() == 3) {
    return format_cmyk(palette_.cmyk_for(numbers[0], numbers[1], numbers[2])) + " " + op;
  }
  if (op == "cs" || op == "CS") rgb_space = false;
  return std::nullopt;
}

std::optional<std::string> rewrite_colours(const std::string& content, const PrintPalette& palette) {
  ColourRewriter rewriter(palette);
  std::string out;
  std::size_t copied = 0;          // content before this is in `out`
  std::size_t operands_begin = 0;  // where the current operator's operands begin
  bool operands = false;           // whether any came since the last operator
  std::vector<double> numbers;
  std::string last_name;
  for (std::size_t at = 0; at < content.size();) {
    if (is_space(content[at])) {
      ++at;
      continue;
    }
    const std::size_t end = token_end(content, at);
    if (end == std::string::npos) return std::nullopt;
    const std::string_view token(content.data() + at, end - at);
    if (token == "BI" || token == "ID") return std::nullopt;  // inline image data follows
    if (!is_operator(token)) {
      if (!operands) operands_begin = at, operands = true;
      if (const auto number = number_in(token)) numbers.push_back(*number);
      if (token[0] == '/') last_name = token;
    } else {
      const std::string op(token);
      if (is_colour_operator(op)) {
        if (const auto replacement = rewriter.rewrite(op, numbers, last_name)) {
          const std::size_t begin = operands ? operands_begin : at;
          out.append(content, copied, begin - copied);
          out += *replacement;
          copied = end;
        }
      }
      numbers.clear();
      last_name.clear();
      operands = false;
    }
    at = end;
  }
  out.append(content, copied, std::string::npos);
  return out;
}

}  // namespace persklaar::pdf
