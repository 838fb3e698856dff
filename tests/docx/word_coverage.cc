#include "tests/docx/word_coverage.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/text/utf8.h"

namespace persklaar::testing {
namespace {

// A Haskell string literal starting at `at` (after the opening quote); leaves `at` after the closing one.
std::string haskell_string(std::string_view native, std::size_t& at) {
  static const std::map<std::string_view, char32_t> kNamed = {{"NUL", 0}, {"SOH", 1}, {"DEL", 127}};
  std::string out;
  while (at < native.size() && native[at] != '"') {
    char c = native[at++];
    if (c != '\\') {
      out += c;
      continue;
    }
    if (at >= native.size()) break;
    c = native[at++];
    switch (c) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case '&': break;  // separates an escape from a following digit
      case '"':
      case '\\':
      case '\'': out += c; break;
      default:
        if (c >= '0' && c <= '9') {
          char32_t code = static_cast<char32_t>(c - '0');
          while (at < native.size() && native[at] >= '0' && native[at] <= '9') code = code * 10 + (native[at++] - '0');
          if (code < 0x110000) append_utf8(out, code);
        } else {
          for (const auto& [name, code] : kNamed) {
            if (native.substr(at - 1, name.size()) == name) {
              at += name.size() - 1;
              append_utf8(out, code);
            }
          }
        }
    }
  }
  ++at;
  return out;
}

// The length of the valid UTF-8 sequence at `k`, or 0.
std::size_t sequence_length(std::string_view text, std::size_t k) {
  const unsigned char lead = static_cast<unsigned char>(text[k]);
  const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || k + length > text.size() || find_invalid_utf8(text.substr(k, length))) return 0;
  return length;
}

void split_into(std::string_view text, std::vector<std::string>& words) {
  std::string word;
  std::size_t k = 0;
  while (k < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[k]);
    std::size_t length = 1;
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && c >= 0x80 && sequence_length(text, k) > 0) {
      const DecodedCodePoint decoded = decode_utf8_at(text, k);
      length = decoded.length;
      space = decoded.code_point == 0xA0 || decoded.code_point == 0x202F || decoded.code_point == 0x2009 ||
              decoded.code_point == 0x2007;
    }
    if (space) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word.append(text.substr(k, length));
    }
    k += length;
  }
  if (!word.empty()) words.push_back(std::move(word));
}

}  // namespace

std::vector<std::string> native_words(std::string_view native) {
  // Constructors whose content continues the word it stands in ("m", Superscript [Str "2"] is "m2");
  // every other constructor (Space, Para, Cell, Note, …) ends the word.
  static const std::set<std::string_view> kJoining = {
      "Str",       "Emph",   "Strong",      "Underline",   "Strikeout", "Superscript", "Subscript",
      "SmallCaps", "Quoted", "SingleQuote", "DoubleQuote", "Span",      "Code"};
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) split_into(word, words);
    word.clear();
  };
  int depth = 0;
  int text_depth = -1;  // the depth at which the next string is text (after Str, Code, CodeBlock)
  bool block_text = false;
  // A link's text is a word apart: the text edition follows it with its address in brackets.
  struct OpenLink {
    int depth;
    int arguments_closed;
  };
  std::vector<OpenLink> links;
  std::size_t at = 0;
  while (at < native.size()) {
    const char c = native[at];
    if (c == '"') {
      ++at;
      std::string value = haskell_string(native, at);
      if (depth == text_depth) {
        if (block_text) {
          flush();
          split_into(value, words);
        } else {
          word += value;
        }
        text_depth = -1;
      }
    } else if (c == '(' || c == '[') {
      ++depth;
      ++at;
    } else if (c == ')' || c == ']') {
      --depth;
      ++at;
      if (!links.empty() && links.back().depth == depth) {
        flush();
        if (++links.back().arguments_closed == 3) links.pop_back();
      }
    } else if (std::isupper(static_cast<unsigned char>(c))) {
      std::size_t end = at;
      while (end < native.size() && std::isalnum(static_cast<unsigned char>(native[end]))) ++end;
      const std::string_view name = native.substr(at, end - at);
      if (!kJoining.count(name)) flush();
      if (name == "Link") links.push_back({depth, 0});
      if (name == "Str" || name == "Code" || name == "CodeBlock") {
        text_depth = depth;
        block_text = name == "CodeBlock";
      }
      at = end;
    } else {
      ++at;
    }
  }
  flush();
  return words;
}

std::vector<std::string> text_words(std::string_view text) {
  std::vector<std::string> words;
  split_into(text, words);
  return words;
}

std::string comparable(std::string_view word) {
  std::string out;
  std::size_t k = 0;
  while (k < word.size()) {
    const unsigned char c = static_cast<unsigned char>(word[k]);
    if (c < 0x80) {
      if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
      ++k;
      continue;
    }
    if (sequence_length(word, k) == 0) {
      ++k;
      continue;
    }
    const DecodedCodePoint decoded = decode_utf8_at(word, k);
    const char32_t code = decoded.code_point;
    const bool punctuation = (code >= 0xA0 && code <= 0xBF) || (code >= 0x2000 && code <= 0x206F) || code == 0xD7 ||
                             code == 0xF7 || (code >= 0x2190 && code <= 0x2BFF) || (code >= 0xE000 && code <= 0xF8FF);
    if (!punctuation) out.append(word.substr(k, decoded.length));
    k += decoded.length;
  }
  return out;
}

double word_coverage(const std::vector<std::string>& reference, const std::vector<std::string>& edition) {
  // The edition's words, comparable, one after the other with a separator between them. A reference
  // word is found where its letters stand in the edition, inside a longer word too (the edition may
  // join what pandoc splits, as a link's text and the word before it), and each place counts once.
  std::string text = "\x01";
  for (const auto& word : edition) text += comparable(word) + "\x01";
  std::size_t total = 0;
  std::size_t found = 0;
  for (const auto& word : reference) {
    const std::string key = comparable(word);
    if (key.empty()) continue;
    ++total;
    const std::size_t at = text.find(key);
    if (at == std::string::npos) continue;
    ++found;
    std::fill(text.begin() + static_cast<long>(at), text.begin() + static_cast<long>(at + key.size()), '\x02');
  }
  return total == 0 ? 1.0 : static_cast<double>(found) / static_cast<double>(total);
}

}  // namespace persklaar::testing
