#include "core/passes/typography.h"

#include <algorithm>
#include <array>
#include <type_traits>
#include <vector>

#include "core/model/plain_text.h"
#include "core/model/walk.h"
#include "core/text/language.h"
#include "core/text/utf8.h"

namespace persklaar {
namespace {

constexpr char32_t kNoBreakSpace = 0x00A0;
constexpr char32_t kEnDash = 0x2013;
constexpr char32_t kEmDash = 0x2014;
constexpr char32_t kEllipsis = 0x2026;
constexpr char32_t kLeftDouble = 0x201C;
constexpr char32_t kRightDouble = 0x201D;
constexpr char32_t kLeftSingle = 0x2018;
constexpr char32_t kRightSingle = 0x2019;  // also the apostrophe

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == kNoBreakSpace;
}
bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}
bool is_letter(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  // Latin-1 letters and the Latin, Greek and Cyrillic blocks; good enough to tell words from
  // punctuation, which is all the quote rules need.
  return c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7;
}
bool is_word_char(char32_t c) {
  return is_letter(c) || is_digit(c);
}

// A quote after one of these opens; after anything else it closes.
bool opens_after(char32_t c) {
  return c == 0 || is_space(c) || c == '(' || c == '[' || c == '{' || c == '/' || c == kEnDash || c == kEmDash ||
         c == kLeftDouble || c == kLeftSingle || c == 0x201E;
}

const std::array<const char*, 24> kDutchMonths = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                                  "juli",    "augustus", "september", "oktober", "november", "december",
                                                  "jan",     "feb",      "mrt",       "apr",     "jun",      "jul",
                                                  "aug",     "sep",      "sept",      "okt",     "nov",      "dec"};
const std::array<const char*, 12> kEnglishMonths = {"January",   "February", "March",    "April",
                                                    "May",       "June",     "July",     "August",
                                                    "September", "October",  "November", "December"};

class TextRewriter {
 public:
  TextRewriter(std::string_view text, char32_t before, char32_t after, const TypographyRules& rules)
      : rules_(rules), after_(after) {
    for (std::size_t i = 0; i < text.size();) {
      const DecodedCodePoint cp = decode_utf8_at(text, i);
      input_.push_back(cp.code_point);
      i += cp.length;
    }
    output_.reserve(input_.size() + 1);
    previous_ = before;
  }

  std::string run() {
    for (i_ = 0; i_ < input_.size();) step();
    std::string out;
    for (char32_t c : output_) append_utf8(out, c);
    return out;
  }

 private:
  char32_t at(std::size_t k) const { return k < input_.size() ? input_[k] : (k == input_.size() ? after_ : 0); }
  char32_t last_output() const { return output_.empty() ? previous_ : output_.back(); }
  void emit(char32_t c, std::size_t consumed) {
    output_.push_back(c);
    i_ += consumed;
  }

  void step() {
    const char32_t c = input_[i_];
    if (c == '-') return dash();
    if (c == '.' && at(i_ + 1) == '.' && at(i_ + 2) == '.') return emit(kEllipsis, 3);
    if (c == '"') return emit(opens_after(last_output()) ? kLeftDouble : kRightDouble, 1);
    if (c == '\'') return single_quote();
    if (c == ' ' && binds_to_next()) return emit(kNoBreakSpace, 1);
    emit(c, 1);
  }

  void dash() {
    const std::size_t hyphens = at(i_ + 1) != '-' ? 1 : at(i_ + 2) != '-' ? 2 : 3;
    const bool spaced = is_space(last_output()) && is_space(at(i_ + hyphens));
    if (hyphens == 1 && !spaced) return emit(is_year_range() ? kEnDash : '-', 1);
    // The space before a spaced dash must not break, or a line would start with the dash.
    if (spaced && !output_.empty()) output_.back() = kNoBreakSpace;
    emit(hyphens == 3 ? kEmDash : kEnDash, hyphens);
  }

  // 2016-2017: four digits, hyphen, four digits, and no more digits on either side.
  bool is_year_range() const {
    if (output_.size() < 4) return false;
    for (std::size_t k = 1; k <= 4; ++k) {
      if (!is_digit(output_[output_.size() - k])) return false;
      if (!is_digit(at(i_ + k))) return false;
    }
    const char32_t earlier = output_.size() > 4 ? output_[output_.size() - 5] : previous_;
    return !is_word_char(earlier) && !is_word_char(at(i_ + 5)) && at(i_ + 5) != '-';
  }

  void single_quote() {
    const char32_t before = last_output();
    if (is_word_char(before)) return emit(kRightSingle, 1);                         // mbo'er, don't, quote's end
    if (opens_after(before) && is_digit(at(i_ + 1))) return emit(kRightSingle, 1);  // '19
    if (rules_.dutch && opens_after(before) && is_elision()) return emit(kRightSingle, 1);  // 's avonds
    emit(opens_after(before) ? kLeftSingle : kRightSingle, 1);
  }

  // 's, 't, 'k, 'm, 'n standing alone as Dutch elisions ('s avonds, 'm, 'n keer): the letter is
  // followed by a non-letter.
  bool is_elision() const {
    const char32_t letter = at(i_ + 1);
    if (letter != 's' && letter != 't' && letter != 'k' && letter != 'm' && letter != 'n') return false;
    return !is_letter(at(i_ + 2));
  }

  // A space that joins a number to a month or unit, or a currency sign to an amount.
  bool binds_to_next() const {
    const char32_t before = last_output();
    const char32_t next = at(i_ + 1);
    if ((before == 0x20AC || before == '$' || before == 0xA3) && is_digit(next)) return true;  // € 25
    if (!is_digit(before)) return false;
    if (next == '%') return true;  // 25 %
    return next_word_is_month();
  }

  bool next_word_is_month() const {
    std::string word;
    for (std::size_t k = i_ + 1; k < input_.size() && is_letter(input_[k]) && input_[k] < 0x80; ++k) {
      word += static_cast<char>(input_[k]);
    }
    if (word.empty()) return false;
    auto matches = [&word](const char* month) { return word == month; };
    if (rules_.dutch) return std::any_of(kDutchMonths.begin(), kDutchMonths.end(), matches);
    return std::any_of(kEnglishMonths.begin(), kEnglishMonths.end(), matches);
  }

  const TypographyRules& rules_;
  char32_t after_;
  char32_t previous_ = 0;
  std::vector<char32_t> input_;
  std::vector<char32_t> output_;
  std::size_t i_ = 0;
};

// One piece of a paragraph as the quote rules see it: text to rewrite, or a stand-in character for
// content that is not rewritten but still counts as a word or a space next to a quote.
struct Piece {
  std::string* text = nullptr;
  char32_t stand_in = 0;
};

bool is_autolink(const Link& link) {
  return plain_text(link.content) == link.target;
}

void collect_pieces(Inlines& inlines, std::vector<Piece>& pieces) {
  for (Inline& node : inlines) {
    std::visit(
        [&pieces](auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, Text>) {
            pieces.push_back({&item.text, 0});
          } else if constexpr (std::is_same_v<T, SoftBreak> || std::is_same_v<T, LineBreak>) {
            pieces.push_back({nullptr, ' '});
          } else if constexpr (std::is_same_v<T, Emphasis> || std::is_same_v<T, Strong> ||
                               std::is_same_v<T, Superscript> || std::is_same_v<T, Subscript>) {
            collect_pieces(item.content, pieces);
          } else if constexpr (std::is_same_v<T, Link>) {
            if (is_autolink(item)) {
              pieces.push_back({nullptr, 'a'});
            } else {
              collect_pieces(item.content, pieces);
            }
          } else if constexpr (std::is_same_v<T, Code> || std::is_same_v<T, Image>) {
            pieces.push_back({nullptr, 'a'});
          }
        },
        node.value);
  }
}

char32_t first_code_point(const Piece& piece) {
  if (!piece.text) return piece.stand_in;
  return piece.text->empty() ? 0 : decode_utf8_at(*piece.text, 0).code_point;
}

char32_t last_code_point(const Piece& piece) {
  if (!piece.text) return piece.stand_in;
  const std::string& text = *piece.text;
  if (text.empty()) return 0;
  std::size_t start = text.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return decode_utf8_at(text, start).code_point;
}

void typeset_sequence(Inlines& inlines, const TypographyRules& rules) {
  std::vector<Piece> pieces;
  collect_pieces(inlines, pieces);
  char32_t before = 0;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    Piece& piece = pieces[k];
    if (piece.text) {
      const char32_t after = k + 1 < pieces.size() ? first_code_point(pieces[k + 1]) : 0;
      *piece.text = TextRewriter(*piece.text, before, after, rules).run();
    }
    const char32_t last = last_code_point(piece);
    if (last != 0) before = last;
  }
}

}  // namespace

TypographyRules typography_rules_for(const std::string& language) {
  TypographyRules rules;
  rules.dutch = is_dutch(language);
  return rules;
}

std::string apply_typography(std::string_view text, char32_t before, char32_t after, const TypographyRules& rules) {
  return TextRewriter(text, before, after, rules).run();
}

Publication apply_typography(Publication publication) {
  const TypographyRules rules = typography_rules_for(publication.metadata.language);
  for_each_inline_sequence(publication, [&rules](Inlines& inlines) { typeset_sequence(inlines, rules); });
  return publication;
}

}  // namespace persklaar
