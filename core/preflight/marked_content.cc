#include "core/preflight/marked_content.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <string_view>

#include "core/memo/remembered.h"

namespace persklaar::preflight_rules {
namespace {

// f F f* B B* b b* S s sh Do BI Tj TJ ' ": asked of every operator of every page.
bool is_painting(std::string_view op) {
  if (op.size() == 1) {
    const char c = op[0];
    return c == 'f' || c == 'F' || c == 'B' || c == 'b' || c == 'S' || c == 's' || c == '\'' || c == '"';
  }
  return op.size() == 2 &&
         (op == "f*" || op == "B*" || op == "b*" || op == "sh" || op == "Do" || op == "BI" || op == "Tj" || op == "TJ");
}

// The character codes one font shows on a page, as a bit each: a page shows thousands, mostly the
// same few dozen, and a set insertion for each was a third of the walk.
class CodesShown {
 public:
  void add(unsigned code) {
    if (code >= bits_.size() * 64) bits_.resize(std::max<std::size_t>(code / 64 + 1, 4), 0);
    bits_[code / 64] |= std::uint64_t{1} << (code % 64);
  }
  void copy_to(std::set<unsigned>& codes) const {
    for (std::size_t word = 0; word < bits_.size(); ++word) {
      for (std::uint64_t bits = bits_[word]; bits != 0; bits &= bits - 1)
        codes.insert(codes.end(), static_cast<unsigned>(word * 64 + __builtin_ctzll(bits)));
    }
  }

 private:
  std::vector<std::uint64_t> bits_;
};

bool is_two_byte(QPDFObjectHandle font) {
  return font.isDictionary() && font.getKey("/Subtype").isName() && font.getKey("/Subtype").getName() == "/Type0";
}

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}
bool is_delimiter(char c) {
  return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' ||
         c == '%';
}

// One token of a content stream. Strings carry their bytes decoded; everything else its text.
struct Token {
  enum Kind { name, number, string, dict_open, dict_close, other, word, end } kind = end;
  std::string_view text;
  std::string bytes;  // a string's bytes
};

// A content stream lexer of its own: the walk needs only operator names, BDC's properties and the
// strings shown, and qpdf's tokenizer, which makes a string of every token, made the build's own
// check of its screen PDF cost more than the rest of it.
class Lexer {
 public:
  explicit Lexer(std::string_view content) : s_(content) {}

  Token next() {
    skip_space_and_comments();
    Token token;
    if (at_ >= s_.size()) return token;
    const std::size_t start = at_;
    const char c = s_[at_];
    if (c == '(') {
      token.kind = Token::string;
      literal(token.bytes);
    } else if (c == '<' && at_ + 1 < s_.size() && s_[at_ + 1] == '<') {
      token.kind = Token::dict_open;
      at_ += 2;
    } else if (c == '<') {
      token.kind = Token::string;
      hex(token.bytes);
    } else if (c == '>' && at_ + 1 < s_.size() && s_[at_ + 1] == '>') {
      token.kind = Token::dict_close;
      at_ += 2;
    } else if (c == '/') {
      token.kind = Token::name;
      ++at_;
      while (at_ < s_.size() && !is_space(s_[at_]) && !is_delimiter(s_[at_])) ++at_;
    } else if (is_delimiter(c)) {
      token.kind = Token::other;  // [ ] { } and a stray ) or >
      ++at_;
    } else {
      while (at_ < s_.size() && !is_space(s_[at_]) && !is_delimiter(s_[at_])) ++at_;
      const bool numeric = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
      token.kind = numeric ? Token::number : Token::word;
    }
    token.text = s_.substr(start, at_ - start);
    return token;
  }

  // After ID: the image's data runs to an EI between white space.
  void skip_inline_image() {
    ++at_;  // the single white-space character after ID
    while (at_ + 2 <= s_.size()) {
      if (s_[at_] == 'E' && s_[at_ + 1] == 'I' && is_space(s_[at_ - 1]) &&
          (at_ + 2 == s_.size() || is_space(s_[at_ + 2]))) {
        at_ += 2;
        return;
      }
      ++at_;
    }
    at_ = s_.size();
  }

 private:
  void skip_space_and_comments() {
    while (at_ < s_.size()) {
      if (is_space(s_[at_])) {
        ++at_;
      } else if (s_[at_] == '%') {
        while (at_ < s_.size() && s_[at_] != '\n' && s_[at_] != '\r') ++at_;
      } else {
        return;
      }
    }
  }

  void literal(std::string& out) {
    int depth = 0;
    for (++at_; at_ < s_.size(); ++at_) {
      const char c = s_[at_];
      if (c == '\\' && at_ + 1 < s_.size()) {
        const char e = s_[++at_];
        if (e >= '0' && e <= '7') {
          int value = e - '0';
          for (int k = 0; k < 2 && at_ + 1 < s_.size() && s_[at_ + 1] >= '0' && s_[at_ + 1] <= '7'; ++k)
            value = value * 8 + (s_[++at_] - '0');
          out += static_cast<char>(value);
        } else if (e == '\r' || e == '\n') {
          if (e == '\r' && at_ + 1 < s_.size() && s_[at_ + 1] == '\n') ++at_;  // a line continues
        } else {
          static const std::string_view from = "nrtbf", to = "\n\r\t\b\f";
          const std::size_t k = from.find(e);
          out += k == std::string_view::npos ? e : to[k];
        }
      } else if (c == '(') {
        ++depth;
        out += c;
      } else if (c == ')') {
        if (depth-- == 0) {
          ++at_;
          return;
        }
        out += c;
      } else {
        out += c;
      }
    }
  }

  void hex(std::string& out) {
    int high = -1;
    for (++at_; at_ < s_.size() && s_[at_] != '>'; ++at_) {
      const char c = s_[at_];
      const int value = c >= '0' && c <= '9'   ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
      if (value < 0) continue;
      if (high < 0) {
        high = value;
      } else {
        out += static_cast<char>(high * 16 + value);
        high = -1;
      }
    }
    if (high >= 0) out += static_cast<char>(high * 16);
    if (at_ < s_.size()) ++at_;
  }

  std::string_view s_;
  std::size_t at_ = 0;
};

class MarkedContentWalker {
 public:
  MarkedContentWalker(MarkedContent& out, QPDFObjectHandle resources) : out_(out), resources_(resources) {}

  void walk(std::string_view content) {
    Lexer lexer(content);
    for (Token token = lexer.next(); token.kind != Token::end; token = lexer.next()) {
      if (token.kind != Token::word) {
        operands_.push_back(std::move(token));
        continue;
      }
      const std::string_view op = token.text;
      if (op == "ID") {
        lexer.skip_inline_image();
      } else if (op == "BDC" || op == "BMC") {
        begin(op);
      } else if (op == "EMC") {
        if (!stack_.empty()) stack_.pop_back();
      } else if (op == "Tf" && !operands_.empty() && operands_[0].kind == Token::name) {
        font_name_ = std::string(operands_[0].text);
      } else if (is_painting(op)) {
        paint(op);
      }
      operands_.clear();
    }
    for (const auto& [font, shown] : shown_) shown.copy_to(out_.codes[font]);
  }

 private:
  enum class Kind { tagged, artifact, other };

  // The MCID of the BDC's properties, written inline (<< /MCID n >>) or named in /Properties; -1.
  long long mcid() const {
    for (std::size_t k = 1; k + 1 < operands_.size(); ++k) {
      if (operands_[k].kind == Token::name && operands_[k].text == "/MCID" && operands_[k + 1].kind == Token::number)
        return std::atoll(std::string(operands_[k + 1].text).c_str());
    }
    if (operands_.size() == 2 && operands_[1].kind == Token::name && resources_.isDictionary()) {
      QPDFObjectHandle properties = resources_.getKey("/Properties").getKey(std::string(operands_[1].text));
      if (properties.isDictionary() && properties.getKey("/MCID").isInteger())
        return properties.getKey("/MCID").getIntValue();
    }
    return -1;
  }

  void begin(std::string_view op) {
    Kind kind = Kind::other;
    if (!operands_.empty() && operands_[0].kind == Token::name && operands_[0].text == "/Artifact") {
      kind = Kind::artifact;
      if (inside(Kind::tagged)) ++out_.artifact_in_tagged;
    } else if (op == "BDC") {
      const long long id = mcid();
      if (id >= 0) {
        kind = Kind::tagged;
        out_.mcids.push_back(id);
        if (inside(Kind::artifact)) ++out_.tagged_in_artifact;
      }
    }
    stack_.push_back(kind);
  }

  bool inside(Kind kind) const {
    for (Kind k : stack_) {
      if (k == kind) return true;
    }
    return false;
  }

  void paint(std::string_view op) {
    ++out_.painted;
    if (!inside(Kind::tagged) && !inside(Kind::artifact)) {
      if (++out_.untagged == 1) out_.first_untagged = std::string(op) + shown_text();
    }
    if (op == "Tj" || op == "'" || op == "\"" || op == "TJ") record_codes();
  }

  std::string shown_text() const {
    for (const Token& operand : operands_) {
      if (operand.kind == Token::string) return " (" + operand.bytes.substr(0, 40) + ")";
    }
    return "";
  }

  void record_codes() {
    if (font_name_ != codes_font_) {
      QPDFObjectHandle fonts = resources_.isDictionary() ? resources_.getKey("/Font") : QPDFObjectHandle();
      two_byte_ = fonts.isDictionary() && is_two_byte(fonts.getKey(font_name_));
      codes_font_ = font_name_;
      codes_ = &shown_[font_name_];
    }
    const std::size_t step = two_byte_ ? 2 : 1;
    for (const Token& operand : operands_) {
      if (operand.kind != Token::string) continue;
      for (std::size_t k = 0; k + step <= operand.bytes.size(); k += step) {
        unsigned code = static_cast<unsigned char>(operand.bytes[k]);
        if (two_byte_) code = code * 256 + static_cast<unsigned char>(operand.bytes[k + 1]);
        codes_->add(code);
      }
    }
  }

  MarkedContent& out_;
  mutable QPDFObjectHandle resources_;  // qpdf reads lazily
  std::vector<Token> operands_;
  std::vector<Kind> stack_;
  std::string font_name_, codes_font_ = "\n";
  std::map<std::string, CodesShown> shown_;  // copied into out_.codes at the end of the walk
  CodesShown* codes_ = nullptr;
  bool two_byte_ = false;
};

// The page's content streams, decoded and joined.
std::string decoded_content(QPDFPageObjectHelper& page) {
  Pl_Buffer buffer("page content");
  page.pipeContents(&buffer);
  std::unique_ptr<Buffer> data(buffer.getBuffer());
  return std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
}

// Everything a walk depends on: the content, and which of the page's fonts show two-byte codes.
// None for a page that names marked-content properties in its resources (Cairo never does), whose
// MCIDs a walk would look up there.
std::optional<std::string> walk_key(const std::string& content, QPDFObjectHandle resources) {
  std::string key = content;
  key += '\0';
  if (!resources.isDictionary()) return key;
  if (resources.hasKey("/Properties")) return std::nullopt;
  QPDFObjectHandle fonts = resources.getKey("/Font");
  if (!fonts.isDictionary()) return key;
  for (const std::string& name : fonts.getKeys()) key += name + (is_two_byte(fonts.getKey(name)) ? "=2;" : "=1;");
  return key;
}

// The walks of the pages checked last. `persklaar watch` checks the screen PDF after every save,
// and a change leaves most pages' content as it was (content_stream.h keeps their rewrites too), so
// their walks are taken from here instead of lexing each page again. A long book's pages, not
// every book's; and only in a process that builds again, since a build checks each page once (the
// keys hold the pages' content: 50 MB for the sample ×100).
constexpr std::size_t kMostRememberedPages = 4096;

Remembered<std::string, MarkedContent>& remembered_walks() {
  static auto* walks =
      new Remembered<std::string, MarkedContent>(kMostRememberedPages, nullptr, KeepFor::processes_that_build_again);
  return *walks;  // kept until exit: editions finish on threads of their own
}

}  // namespace

MarkedContent walk_marked_content(QPDFPageObjectHelper& page) {
  MarkedContent content;
  QPDFObjectHandle resources = page.getAttribute("/Resources", false);
  try {
    const std::string decoded = decoded_content(page);
    const std::optional<std::string> key =
        remembered_walks().keeping() ? walk_key(decoded, resources) : std::optional<std::string>();
    if (key) {
      if (std::optional<MarkedContent> known = remembered_walks().find(*key)) return std::move(*known);
    }
    MarkedContentWalker(content, resources).walk(decoded);
    if (key) remembered_walks().keep(std::move(*key), content);
  } catch (const std::exception& error) {
    content.problems.push_back(std::string("content stream: ") + error.what());
  }
  return content;
}

}  // namespace persklaar::preflight_rules
