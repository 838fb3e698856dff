#include "tests/epub/ace_report.h"

#include <stdexcept>

#include "core/text/utf8.h"

namespace persklaar::testing {
namespace {

class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : text_(text) {}

  JsonValue document() {
    JsonValue value = this->value();
    skip_space();
    if (at_ < text_.size()) fail("text after the value");
    return value;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error("not JSON at byte " + std::to_string(at_) + ": " + what);
  }

  void skip_space() {
    while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\r' || text_[at_] == '\t'))
      ++at_;
  }

  char peek() {
    skip_space();
    if (at_ >= text_.size()) fail("unexpected end");
    return text_[at_];
  }

  void expect(char c) {
    if (peek() != c) fail(std::string("expected '") + c + "'");
    ++at_;
  }

  bool take_word(std::string_view word) {
    if (text_.substr(at_, word.size()) != word) return false;
    at_ += word.size();
    return true;
  }

  JsonValue value() {
    const char c = peek();
    if (c == '{') return {object()};
    if (c == '[') return {array()};
    if (c == '"') return {string()};
    if (take_word("true")) return {true};
    if (take_word("false")) return {false};
    if (take_word("null")) return {nullptr};
    const std::size_t start = at_;
    while (at_ < text_.size() && std::string_view("+-0123456789.eE").find(text_[at_]) != std::string_view::npos) ++at_;
    if (at_ == start) fail("unexpected character");
    return {std::string(text_.substr(start, at_ - start))};
  }

  std::shared_ptr<JsonObject> object() {
    auto out = std::make_shared<JsonObject>();
    expect('{');
    if (peek() == '}') {
      ++at_;
      return out;
    }
    for (;;) {
      if (peek() != '"') fail("expected a member name");
      std::string key = string();
      expect(':');
      (*out)[std::move(key)] = value();
      if (peek() == ',') {
        ++at_;
        continue;
      }
      expect('}');
      return out;
    }
  }

  std::shared_ptr<JsonArray> array() {
    auto out = std::make_shared<JsonArray>();
    expect('[');
    if (peek() == ']') {
      ++at_;
      return out;
    }
    for (;;) {
      out->push_back(value());
      if (peek() == ',') {
        ++at_;
        continue;
      }
      expect(']');
      return out;
    }
  }

  unsigned hex4() {
    if (at_ + 4 > text_.size()) fail("short \\u escape");
    unsigned code = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = text_[at_++];
      code <<= 4;
      if (c >= '0' && c <= '9')
        code |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f')
        code |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        code |= static_cast<unsigned>(c - 'A' + 10);
      else
        fail("bad \\u escape");
    }
    return code;
  }

  std::string string() {
    expect('"');
    std::string out;
    while (at_ < text_.size() && text_[at_] != '"') {
      char c = text_[at_++];
      if (c != '\\') {
        out += c;
        continue;
      }
      if (at_ >= text_.size()) break;
      c = text_[at_++];
      switch (c) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          unsigned code = hex4();
          if (code >= 0xD800 && code < 0xDC00 && take_word("\\u"))
            code = 0x10000 + ((code - 0xD800) << 10) + (hex4() - 0xDC00);
          append_utf8(out, static_cast<char32_t>(code));
          break;
        }
        default: out += c;  // \" \\ \/
      }
    }
    if (at_ >= text_.size()) fail("unterminated string");
    ++at_;
    return out;
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

void collect_failures(const JsonValue& value, std::set<std::string>& out) {
  if (const JsonArray* items = value.array()) {
    for (const JsonValue& item : *items) collect_failures(item, out);
    return;
  }
  const JsonObject* object = value.object();
  if (!object) return;
  const JsonValue* result = value.member("earl:result");
  const JsonValue* outcome = result ? result->member("earl:outcome") : nullptr;
  const JsonValue* test = value.member("earl:test");
  const JsonValue* title = test ? test->member("dct:title") : nullptr;
  if (outcome && outcome->string() && *outcome->string() == "fail" && title && title->string()) {
    out.insert(*title->string());
  }
  for (const auto& [key, member] : *object) collect_failures(member, out);
}

}  // namespace

const JsonObject* JsonValue::object() const {
  const auto* held = std::get_if<std::shared_ptr<JsonObject>>(&value);
  return held ? held->get() : nullptr;
}

const JsonArray* JsonValue::array() const {
  const auto* held = std::get_if<std::shared_ptr<JsonArray>>(&value);
  return held ? held->get() : nullptr;
}

const std::string* JsonValue::string() const {
  return std::get_if<std::string>(&value);
}

const JsonValue* JsonValue::member(const std::string& key) const {
  const JsonObject* members = object();
  if (!members) return nullptr;
  const auto found = members->find(key);
  return found == members->end() ? nullptr : &found->second;
}

JsonValue parse_json(std::string_view text) {
  return JsonParser(text).document();
}

std::set<std::string> ace_violations(const JsonValue& report) {
  std::set<std::string> out;
  collect_failures(report, out);
  return out;
}

std::string ace_outcome(const JsonValue& report) {
  const JsonValue* result = report.member("earl:result");
  const JsonValue* outcome = result ? result->member("earl:outcome") : nullptr;
  return outcome && outcome->string() ? *outcome->string() : "";
}

}  // namespace persklaar::testing
