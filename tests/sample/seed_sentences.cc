#include "tests/sample/seed_sentences.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <set>
#include <stdexcept>

#include "core/text/utf8.h"

namespace persklaar::testing {
namespace {

// Stand-ins, inside a block's text, for a line break whose reading is uncertain.
constexpr char kHyphenBreak = '\x01';       // "-" then a lowercase letter: "-", "" or "- "
constexpr char kHyphenBreakUpper = '\x03';  // "-" then anything else: "-" or "- "
constexpr char kTightBreak = '\x02';        // after ")" or "/": "" or " "

bool is_space_code_point(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x00A0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_quote_code_point(char32_t c) {
  switch (c) {
    case '"':
    case '\'':
    case '`':
    case 0x00B4:  // ´
    case 0x00AB:  // «
    case 0x00BB:  // »
    case 0x2018:  // ‘
    case 0x2019:  // ’
    case 0x201A:  // ‚
    case 0x201B:  // ‛
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x201E:  // „
    case 0x201F:  // ‟
    case 0x2032:  // ′
    case 0x2033:  // ″
    case 0x2039:  // ‹
    case 0x203A:  // ›
      return true;
    default: return false;
  }
}

bool is_dash_code_point(char32_t c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

// Ⅰ Ⅱ … Ⅻ and ⅰ ⅱ … ⅻ as letters.
const char* roman_numeral(char32_t c) {
  static constexpr std::array<const char*, 12> kUpper = {"I",   "II",   "III", "IV", "V",  "VI",
                                                         "VII", "VIII", "IX",  "X",  "XI", "XII"};
  static constexpr std::array<const char*, 12> kLower = {"i",   "ii",   "iii", "iv", "v",  "vi",
                                                         "vii", "viii", "ix",  "x",  "xi", "xii"};
  if (c >= 0x2160 && c <= 0x216B) return kUpper[c - 0x2160];
  if (c >= 0x2170 && c <= 0x217B) return kLower[c - 0x2170];
  return nullptr;
}

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r");
  return std::string(text.substr(first, last - first + 1));
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}
bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}

// A letter that continues a word broken at a line end: lowercase ASCII, or any non-ASCII letter
// (the accented letters of the seed are all lowercase).
bool starts_lowercase(std::string_view text) {
  return !text.empty() && (is_ascii_lower(text[0]) || static_cast<unsigned char>(text[0]) >= 0x80);
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::size_t begin = 0;
  while (begin < text.size()) {
    while (begin < text.size() && text[begin] == ' ') ++begin;
    std::size_t end = text.find(' ', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end > begin) words.emplace_back(text.substr(begin, end - begin));
    begin = end;
  }
  return words;
}

// Running heads, lone section labels and the words of the chart's legend.
const std::set<std::string>& section_labels() {
  static const std::set<std::string> labels = {"Inleiding",     "Bijeenkomst",    "Bijeenkomst |", "Bijeenkomst ||",
                                               "Bijeenkomst I", "Bijeenkomst II", "Ervaringen"};
  return labels;
}

const std::set<std::string>& legend_words() {
  static const std::set<std::string> words = {
      "Gemeente", "Uitvoeringspraktijk", "Bewoner",           "Docent(onderzoeker)", "Student",
      "Overige",  "Sociaal ondernemer",  "Beroepsvereniging", "Verdeling bezoekers"};
  return words;
}

bool is_address(std::string_view word) {
  return starts_with(word, "http://") || starts_with(word, "https://") || starts_with(word, "mailto:");
}

// "1. Het omgekeerde keukentafelgesprek": a number, a full stop and a short title.
bool running_head(const std::string& line, int& number, std::string& title) {
  static const std::regex pattern(R"(^(\d{1,2})\. (\S.*)$)");
  std::smatch match;
  if (!std::regex_match(line, match, pattern)) return false;
  const std::string rest = match[2].str();
  if (word_count(rest) > 10 || rest.find_last_of(".!?:;,") == rest.size() - 1) return false;
  number = std::stoi(match[1].str());
  title = rest;
  return true;
}

// A person's name: one to six words, each capitalised or a name particle, without punctuation
// other than hyphens and apostrophes.
bool looks_like_name(std::string_view text) {
  static const std::set<std::string> particles = {"de", "den", "der", "van", "ter", "te", "het", "la", "le", "du"};
  const auto words = split_words(text);
  if (words.empty() || words.size() > 6 || !is_ascii_upper(words.front()[0])) return false;
  for (const auto& word : words) {
    if (word.find_first_of(".,:;!?()\"/&0123456789") != std::string::npos) return false;
    if (!is_ascii_upper(word[0]) && !particles.count(word)) return false;
  }
  return true;
}

// "Name - role", "Name – role", "Name — role"; or, with `comma_allowed`, "Name, role".
bool attribution(const std::string& line, bool comma_allowed, SeedAttribution& found) {
  static const std::array<std::string, 3> separators = {" - ", " \u2013 ", " \u2014 "};
  std::size_t at = std::string::npos;
  std::size_t length = 0;
  for (const auto& separator : separators) {
    const auto k = line.find(separator);
    if (k != std::string::npos && k < at) {
      at = k;
      length = separator.size();
    }
  }
  if (at == std::string::npos && comma_allowed) {
    at = line.find(", ");
    length = 2;
    if (at != std::string::npos && word_count(line) > 10) at = std::string::npos;
  }
  if (at == std::string::npos) return false;
  const std::string name = trim(line.substr(0, at));
  const std::string role = trim(line.substr(at + length));
  if (role.empty() || !looks_like_name(name)) return false;
  found.name = name;
  found.role = role;
  return true;
}

// A line of the acknowledgements' list of names.
bool acknowledged_name(std::string_view raw, const std::string& trimmed) {
  if (trimmed.empty() || raw.empty() || raw[0] == ' ' || raw[0] == '\t') return false;
  return word_count(trimmed) <= 5 && trimmed.find_first_of(".?!:;\"") == std::string::npos && looks_like_name(trimmed);
}

// Every reading of a sentence's uncertain line breaks, normalised; the first keeps hyphens and
// puts spaces after ")" and "/".
std::vector<std::string> readings(const std::string& marked) {
  constexpr std::size_t kMostReadings = 729;
  std::vector<std::string> partial = {""};
  for (char c : marked) {
    std::vector<std::string_view> options;
    if (c == kHyphenBreak) {
      options = {"-", "", "- "};
    } else if (c == kHyphenBreakUpper) {
      options = {"-", "- "};
    } else if (c == kTightBreak) {
      options = {" ", ""};
    }
    if (options.empty()) {
      for (auto& text : partial) text += c;
      continue;
    }
    if (partial.size() * options.size() > kMostReadings) options.resize(1);
    std::vector<std::string> next;
    next.reserve(partial.size() * options.size());
    for (const auto& text : partial) {
      for (const auto option : options) next.push_back(text + std::string(option));
    }
    partial = std::move(next);
  }
  std::vector<std::string> result;
  for (const auto& text : partial) {
    std::string normal = normalise_text(text);
    if (std::find(result.begin(), result.end(), normal) == result.end()) result.push_back(std::move(normal));
  }
  return result;
}

std::string display_text(const std::string& marked) {
  std::string out;
  for (char c : marked) {
    if (c == kHyphenBreak || c == kHyphenBreakUpper) {
      out += '-';
    } else if (c == kTightBreak) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return trim(out);
}

// Where a sentence ends: after . ? ! or …, and any closing quotes or brackets, before a space and
// something that does not continue in lowercase.
std::vector<std::pair<std::size_t, std::size_t>> sentence_spans(const std::string& text) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t begin = 0;
  std::size_t i = 0;
  auto closing_at = [&text](std::size_t k) -> std::size_t {
    if (k >= text.size()) return 0;
    if (text[k] == '"' || text[k] == '\'' || text[k] == ')' || text[k] == ']') return 1;
    if (text.compare(k, 3, "\u201D") == 0 || text.compare(k, 3, "\u2019") == 0) return 3;
    return 0;
  };
  while (i < text.size()) {
    std::size_t end = 0;
    if (text[i] == '.' || text[i] == '?' || text[i] == '!') {
      end = i + 1;
    } else if (text.compare(i, 3, "\u2026") == 0) {
      end = i + 3;
    }
    if (end == 0) {
      ++i;
      continue;
    }
    while (std::size_t length = closing_at(end)) end += length;
    std::size_t next = end;
    while (next < text.size() && text[next] == ' ') ++next;
    if (next == text.size() || (next > end && !is_ascii_lower(text[next]))) {
      spans.emplace_back(begin, end);
      begin = next;
      i = next;
    } else {
      i = end;
    }
  }
  if (begin < text.size()) spans.emplace_back(begin, text.size());
  return spans;
}

class SeedReader {
 public:
  SeedText read(std::string_view seed) {
    std::vector<std::string> lines;
    std::size_t begin = 0;
    while (begin <= seed.size()) {
      std::size_t end = seed.find('\n', begin);
      if (end == std::string_view::npos) end = seed.size();
      std::string line(seed.substr(begin, end - begin));
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(std::move(line));
      if (end == seed.size()) break;
      begin = end + 1;
    }
    for (std::size_t k = 0; k < lines.size(); ++k) line(lines[k], static_cast<int>(k) + 1);
    flush();
    return std::move(result_);
  }

 private:
  void line(const std::string& raw, int number) {
    const std::string trimmed = trim(raw);
    if (trimmed.empty()) {
      flush();
      return;
    }
    if (in_acknowledgements_) {
      if (acknowledged_name(raw, trimmed)) {
        result_.acknowledged_names.push_back(trimmed);
        return;
      }
      in_acknowledgements_ = false;
    }
    if (furniture(trimmed, number)) {
      flush();
      return;
    }
    if (block_.empty()) {
      SeedAttribution found;
      if (attribution(trimmed, previous_block_ends_in_quote_, found)) {
        found.line = number;
        result_.attributions.push_back(found);
        previous_block_ends_in_quote_ = false;
        return;
      }
    }
    append(raw, trimmed, number);
  }

  bool furniture(const std::string& trimmed, int number) {
    if (section_labels().count(trimmed) || legend_words().count(trimmed)) return true;
    const auto words = split_words(trimmed);
    if (words.size() == 1 && is_address(words.front())) {
      add_url(words.front());
      return true;
    }
    int chapter = 0;
    std::string title;
    if (running_head(trimmed, chapter, title)) {
      result_.chapter_titles.emplace(chapter, title);
      return true;
    }
    if (starts_with(trimmed, "\u2022")) {  // • a row of a list: title, then a date
      list_row(trim(trimmed.substr(3)), number);
      return true;
    }
    return false;
  }

  void add_url(const std::string& url) {
    auto& urls = result_.urls;
    if (std::find(urls.begin(), urls.end(), url) == urls.end()) urls.push_back(url);
  }

  void list_row(const std::string& text, int number) {
    static const std::regex dated(R"(^(.*\S)\s+(\d{1,2} [a-z]+ \d{4})$)");
    SeedSentence row;
    row.text = text;
    row.line = number;
    std::smatch match;
    if (std::regex_match(text, match, dated)) {
      row.cells = {normalise_text(match[1].str()), normalise_text(match[2].str())};
    } else {
      row.cells = {normalise_text(text)};
    }
    row.variants = {normalise_text(text)};
    result_.sentences.push_back(std::move(row));
  }

  void append(const std::string& raw, const std::string& trimmed, int number) {
    std::string text = trimmed;
    if (!block_.empty()) {
      if (pending_ == kHyphenBreak && !starts_lowercase(text)) pending_ = kHyphenBreakUpper;
      block_ += pending_;
    }
    line_starts_.emplace_back(block_.size(), number);
    const bool trailing_space = !raw.empty() && (raw.back() == ' ' || raw.back() == '\t');
    if (ends_with(text, "-")) {
      text.pop_back();
      block_ += text;
      pending_ = kHyphenBreak;
    } else if (!trailing_space && (ends_with(text, ")") || ends_with(text, "/"))) {
      block_ += text;
      pending_ = kTightBreak;
    } else {
      block_ += text;
      pending_ = ' ';
      // The extraction ends a wrapped line with a space; a line without one ends its block.
      if (!trailing_space && !ends_with(text, ",")) {
        const bool thanks = text.find("dank uit naar:") != std::string::npos;
        flush();
        if (thanks) in_acknowledgements_ = true;
      }
    }
  }

  int line_at(std::size_t offset) const {
    int number = line_starts_.empty() ? 0 : line_starts_.front().second;
    for (const auto& [start, line] : line_starts_) {
      if (start > offset) break;
      number = line;
    }
    return number;
  }

  void flush() {
    if (block_.empty()) return;
    for (const auto& [begin, end] : sentence_spans(block_)) {
      const std::string marked = block_.substr(begin, end - begin);
      SeedSentence sentence;
      sentence.text = display_text(marked);
      sentence.variants = readings(marked);
      sentence.line = line_at(begin);
      if (word_count(sentence.variants.front()) < 4) continue;
      result_.sentences.push_back(std::move(sentence));
    }
    const std::string last = display_text(block_);
    previous_block_ends_in_quote_ = ends_with(last, "\u201D") || ends_with(last, "\"");
    block_.clear();
    line_starts_.clear();
  }

  SeedText result_;
  std::string block_;
  std::vector<std::pair<std::size_t, int>> line_starts_;
  char pending_ = ' ';
  bool in_acknowledgements_ = false;
  bool previous_block_ends_in_quote_ = false;
};

// Drops " (https://…)", " (http://…)", " (mailto:…)" and " (www.…)" as the text edition writes
// after a link's text.
std::string without_link_addresses(std::string_view text) {
  static const std::regex address(R"( ?\((?:https?://|mailto:|www\.)[^\s()]*\))");
  return std::regex_replace(std::string(text), address, "");
}

std::string without_list_marker(const std::string& line) {
  static const std::regex marker(R"(^(?:[-*] |\u2022 |\d+[.)] ))");
  return std::regex_replace(line, marker, "", std::regex_constants::format_first_only);
}

}  // namespace

std::string normalise_text(std::string_view text) {
  if (const auto bad = find_invalid_utf8(text)) {
    throw std::invalid_argument("not UTF-8 at byte " + std::to_string(*bad));
  }
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  auto put = [&](std::string_view piece) {
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += piece;
  };
  for (std::size_t i = 0; i < text.size();) {
    const DecodedCodePoint cp = decode_utf8_at(text, i);
    const char32_t c = cp.code_point;
    const std::string_view original = text.substr(i, cp.length);
    i += cp.length;
    if (is_space_code_point(c)) {
      pending_space = true;
    } else if (c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF) {
      // soft hyphen and zero-width characters: nothing
    } else if (is_quote_code_point(c)) {
      put("\"");
    } else if (is_dash_code_point(c)) {
      if (!pending_space && !out.empty() && out.back() == '-') continue;  // a run of dashes is one
      put("-");
    } else if (c == 0x2026) {
      put("...");
    } else if (const char* numeral = roman_numeral(c)) {
      put(numeral);
    } else {
      put(original);
    }
  }
  return out;
}

int word_count(std::string_view text) {
  int count = 0;
  for (const auto& word : split_words(text)) {
    const bool has_alnum = std::any_of(word.begin(), word.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    });
    if (has_alnum) ++count;
  }
  return count;
}

SeedText read_seed(std::string_view seed) {
  return SeedReader().read(seed);
}

ComparableText::ComparableText(std::string_view edition) {
  const std::string stripped = without_link_addresses(edition);
  folded_ = normalise_text(stripped);
  std::size_t begin = 0;
  while (begin < stripped.size()) {
    std::size_t end = stripped.find('\n', begin);
    if (end == std::string::npos) end = stripped.size();
    std::string line = normalise_text(std::string_view(stripped).substr(begin, end - begin));
    if (!line.empty()) lines_.push_back(std::move(line));
    begin = end + 1;
  }
}

bool ComparableText::contains(const SeedSentence& sentence) const {
  if (!sentence.cells.empty()) return has_line_with(sentence.cells);
  return std::any_of(sentence.variants.begin(), sentence.variants.end(),
                     [this](const std::string& variant) { return folded_.find(variant) != std::string::npos; });
}

bool ComparableText::contains(std::string_view text) const {
  return folded_.find(normalise_text(text)) != std::string::npos;
}

bool ComparableText::has_line_with(const std::vector<std::string>& texts) const {
  return std::any_of(lines_.begin(), lines_.end(), [&texts](const std::string& line) {
    return std::all_of(texts.begin(), texts.end(),
                       [&line](const std::string& text) { return line.find(text) != std::string::npos; });
  });
}

bool ComparableText::has_item(std::string_view text) const {
  const std::string wanted = normalise_text(text);
  return std::any_of(lines_.begin(), lines_.end(),
                     [&wanted](const std::string& line) { return without_list_marker(line) == wanted; });
}

}  // namespace persklaar::testing
