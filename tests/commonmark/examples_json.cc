#include "tests/commonmark/examples_json.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/text/utf8.h"

namespace persklaar::testing {
namespace {

bool is_high_surrogate(char32_t code) {
  return code >= 0xD800 && code <= 0xDBFF;
}
bool is_low_surrogate(char32_t code) {
  return code >= 0xDC00 && code <= 0xDFFF;
}

constexpr char32_t kReplacementCharacter = 0xFFFD;

// A recursive-descent reader over the whole text; every method leaves `at_` after what it read.
class JsonReader {
 public:
  explicit JsonReader(std::string_view text) : text_(text) {}

  std::vector<SpecExample> examples() {
    std::vector<SpecExample> result;
    expect('[');
    if (!take(']')) {
      do {
        result.push_back(example());
      } while (take(','));
      expect(']');
    }
    skip_whitespace();
    if (at_ != text_.size()) fail("text after the closing ']'");
    return result;
  }

 private:
  SpecExample example() {
    SpecExample example;
    expect('{');
    if (take('}')) return example;
    do {
      const std::string key = string();
      expect(':');
      if (key == "number") {
        example.number = integer();
      } else if (key == "section") {
        example.section = string();
      } else if (key == "markdown") {
        example.markdown = string();
      } else if (key == "html") {
        example.html = string();
      } else {
        skip_value();  // tolerant: later versions of the file may carry more fields
      }
    } while (take(','));
    expect('}');
    return example;
  }

  std::string string() {
    expect('"');
    std::string out;
    while (true) {
      const char c = next();
      if (c == '"') return out;
      if (c == '\\') {
        escape(out);
      } else {
        out += c;  // UTF-8 bytes pass through unchanged
      }
    }
  }

  void escape(std::string& out) {
    const char c = next();
    switch (c) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': append_utf8(out, unicode_escape()); break;
      default: fail(std::string("unknown escape '\\") + c + "'");
    }
  }

  // After "\u": one code point, joining a surrogate pair written as two escapes. A lone surrogate
  // cannot be written as UTF-8, so it becomes U+FFFD as in most decoders.
  char32_t unicode_escape() {
    const char32_t first = hex4();
    if (is_low_surrogate(first)) return kReplacementCharacter;
    if (!is_high_surrogate(first)) return first;
    if (text_.substr(at_, 2) != "\\u") return kReplacementCharacter;
    const std::size_t before_second = at_;
    at_ += 2;
    const char32_t second = hex4();
    if (!is_low_surrogate(second)) {
      at_ = before_second;  // the second escape is a character of its own
      return kReplacementCharacter;
    }
    return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
  }

  char32_t hex4() {
    char32_t code = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = next();
      code <<= 4;
      if (c >= '0' && c <= '9') {
        code |= static_cast<char32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        code |= static_cast<char32_t>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        code |= static_cast<char32_t>(c - 'A' + 10);
      } else {
        fail("bad hexadecimal digit in \\u escape");
      }
    }
    return code;
  }

  int integer() {
    skip_whitespace();
    const std::size_t begin = at_;
    if (at_ < text_.size() && text_[at_] == '-') ++at_;
    while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9') ++at_;
    if (at_ == begin) fail("expected a number");
    return std::stoi(std::string(text_.substr(begin, at_ - begin)));
  }

  // Any JSON value, read and thrown away.
  void skip_value() {
    skip_whitespace();
    if (at_ >= text_.size()) fail("expected a value");
    const char c = text_[at_];
    if (c == '"') {
      string();
    } else if (c == '{' || c == '[') {
      skip_container(c == '{' ? '}' : ']');
    } else {
      // Numbers, true, false and null: everything up to the next delimiter.
      while (at_ < text_.size() && std::string_view(",]} \t\r\n").find(text_[at_]) == std::string_view::npos) ++at_;
    }
  }

  void skip_container(char close) {
    ++at_;
    if (take(close)) return;
    do {
      if (close == '}') {
        string();
        expect(':');
      }
      skip_value();
    } while (take(','));
    expect(close);
  }

  void skip_whitespace() {
    while (at_ < text_.size() && std::string_view(" \t\r\n").find(text_[at_]) != std::string_view::npos) ++at_;
  }

  bool take(char c) {
    skip_whitespace();
    if (at_ < text_.size() && text_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }

  void expect(char c) {
    if (!take(c)) fail(std::string("expected '") + c + "'");
  }

  char next() {
    if (at_ >= text_.size()) fail("unexpected end of text");
    return text_[at_++];
  }

  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error("examples.json: " + what + " at byte " + std::to_string(at_));
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

}  // namespace

std::vector<SpecExample> parse_spec_examples(std::string_view json) {
  return JsonReader(json).examples();
}

std::vector<SpecExample> read_spec_examples(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return parse_spec_examples(bytes.str());
}

}  // namespace persklaar::testing
