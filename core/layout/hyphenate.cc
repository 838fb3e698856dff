#include "core/layout/hyphenate.h"

#include <hyphen.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>

#include "core/memo/remembered.h"
#include "core/text/language.h"
#include "core/text/utf8.h"

namespace persklaar {
namespace {

constexpr const char* kPatternFolder = "/usr/share/hyphen/";
constexpr int kLeftMin = 2;   // letters before a break
constexpr int kRightMin = 3;  // letters after it
constexpr std::size_t kMinLetters = 5;

bool is_upper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}
bool is_lower(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}
char32_t to_lower(char32_t c) {
  return is_upper(c) ? c + 32 : c;
}

// Characters that split a compound into parts hyphenated on their own.
bool is_hyphen(char32_t c) {
  return c == '-' || c == 0xAD || (c >= 0x2010 && c <= 0x2014);
}
bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

// Punctuation a word may carry in running text; it takes no part in hyphenation.
bool is_opening(char32_t c) {
  switch (c) {
    case '(':
    case '[':
    case '{':
    case '"':
    case '\'':
    case 0xAB:
    case 0xBF:
    case 0xA1:
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201C:
    case 0x201E:
    case 0x2039: return true;
    default: return false;
  }
}
bool is_closing(char32_t c) {
  switch (c) {
    case ')':
    case ']':
    case '}':
    case '"':
    case '\'':
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case 0xBB:
    case 0x2019:
    case 0x201D:
    case 0x203A:
    case 0x2026: return true;
    default: return false;
  }
}

// The Latin-1 letter an unaccented letter and a combining mark make (NFD input), or 0.
char32_t compose(char32_t base, char32_t mark) {
  struct Composition {
    char base;
    char32_t mark;
    char32_t upper;
  };
  static constexpr Composition kCompositions[] = {
      {'A', 0x300, 0xC0}, {'A', 0x301, 0xC1}, {'A', 0x302, 0xC2}, {'A', 0x303, 0xC3}, {'A', 0x308, 0xC4},
      {'A', 0x30A, 0xC5}, {'C', 0x327, 0xC7}, {'E', 0x300, 0xC8}, {'E', 0x301, 0xC9}, {'E', 0x302, 0xCA},
      {'E', 0x308, 0xCB}, {'I', 0x300, 0xCC}, {'I', 0x301, 0xCD}, {'I', 0x302, 0xCE}, {'I', 0x308, 0xCF},
      {'N', 0x303, 0xD1}, {'O', 0x300, 0xD2}, {'O', 0x301, 0xD3}, {'O', 0x302, 0xD4}, {'O', 0x303, 0xD5},
      {'O', 0x308, 0xD6}, {'U', 0x300, 0xD9}, {'U', 0x301, 0xDA}, {'U', 0x302, 0xDB}, {'U', 0x308, 0xDC},
      {'Y', 0x301, 0xDD}};
  if (base == 'y' && mark == 0x308) return 0xFF;
  for (const Composition& c : kCompositions) {
    if (c.mark != mark) continue;
    if (base == static_cast<char32_t>(c.base)) return c.upper;
    if (base == static_cast<char32_t>(c.base) + 32) return c.upper + 32;
  }
  return 0;
}

// The base letter of a Latin-1 letter with a diaeresis, or 0.
char32_t without_diaeresis(char32_t c) {
  switch (c) {
    case 0xC4: return 'A';
    case 0xCB: return 'E';
    case 0xCF: return 'I';
    case 0xD6: return 'O';
    case 0xDC: return 'U';
    case 0xE4: return 'a';
    case 0xEB: return 'e';
    case 0xEF: return 'i';
    case 0xF6: return 'o';
    case 0xFC: return 'u';
    default: return 0;
  }
}

// One character as the dictionary sees it (a Latin-1 letter or an apostrophe) and the bytes of the
// word it comes from; a letter written with a combining mark spans both code points.
struct Letter {
  char32_t latin1 = 0;
  std::size_t begin = 0, end = 0;
};

// A stretch of a word between hyphens. Capitalised when it starts with an uppercase letter or has one
// after a lowercase letter: a name or a brand ('s-Hertogenbosch, eHealth).
struct Part {
  std::vector<Letter> letters;
  bool capitalised = false;
};

// The parts of a word between its hyphens, or nothing when the word is not one to hyphenate.
struct Parts {
  std::vector<Part> parts;
  std::size_t letter_count = 0;
  char32_t first_letter = 0;
};

std::optional<Parts> parts_of(std::string_view word) {
  if (word.empty() || find_invalid_utf8(word)) return std::nullopt;
  std::vector<Letter> code_points;  // any code point yet; letters are picked out below
  for (std::size_t i = 0; i < word.size();) {
    const DecodedCodePoint decoded = decode_utf8_at(word, i);
    code_points.push_back({decoded.code_point, i, i + decoded.length});
    i += decoded.length;
  }
  std::size_t first = 0, last = code_points.size();
  while (first < last && is_opening(code_points[first].latin1)) ++first;
  while (last > first && is_closing(code_points[last - 1].latin1)) --last;

  Parts result;
  result.parts.emplace_back();
  for (std::size_t k = first; k < last; ++k) {
    const Letter& c = code_points[k];
    Part& part = result.parts.back();
    if (is_hyphen(c.latin1)) {
      result.parts.emplace_back();
    } else if (is_apostrophe(c.latin1)) {
      part.letters.push_back({'\'', c.begin, c.end});
    } else if (is_upper(c.latin1) || is_lower(c.latin1)) {
      if (is_upper(c.latin1) && (part.letters.empty() || is_lower(part.letters.back().latin1))) part.capitalised = true;
      part.letters.push_back(c);
      if (result.letter_count++ == 0) result.first_letter = c.latin1;
    } else if (c.latin1 >= 0x300 && c.latin1 <= 0x36F && !part.letters.empty() &&
               compose(part.letters.back().latin1, c.latin1)) {
      part.letters.back().latin1 = compose(part.letters.back().latin1, c.latin1);
      part.letters.back().end = c.end;
    } else {
      return std::nullopt;  // a digit, an address or path character, a space, a letter beyond Latin-1
    }
  }
  return result;
}

}  // namespace

struct Hyphenator::Dictionary {
  HyphenDict* patterns = nullptr;
  ~Dictionary() {
    if (patterns) hnj_hyphen_free(patterns);
  }

  // The points of every word asked for, by the word and whether capitalised parts were skipped: a
  // magazine uses each word many times, and a `persklaar watch` session builds the same text again.
  static constexpr std::size_t kMostRememberedWords = 200000;
  Remembered<std::string, std::vector<std::size_t>> remembered{kMostRememberedWords};

  // Break opportunities inside one part, as indices of the letter they follow.
  std::vector<std::size_t> breaks(const std::vector<Letter>& part) const {
    std::string lookup;
    for (const Letter& letter : part) {
      if (patterns->utf8) {
        append_utf8(lookup, to_lower(letter.latin1));
      } else {
        lookup += static_cast<char>(to_lower(letter.latin1));
      }
    }
    if (lookup.size() > INT_MAX / 2) return {};
    const int size = static_cast<int>(lookup.size());
    std::vector<char> hyphens(lookup.size() + 5);
    // libhyphen reads *rep before testing rep, so these must be addressable even though no Debian
    // pattern sets them; a non-standard break (Schiff=fahrt) cannot be printed as two plain halves.
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    const int failed = hnj_hyphen_hyphenate3(patterns, lookup.c_str(), size, hyphens.data(), nullptr, &rep, &pos, &cut,
                                             kLeftMin, kRightMin, kLeftMin, kRightMin);
    std::vector<std::size_t> result;
    // After the call `hyphens` is indexed by character, UTF-8 dictionary or not.
    for (std::size_t i = 0; !failed && i + 1 < part.size(); ++i) {
      if (!(hyphens[i] & 1) || (rep && rep[i])) continue;
      // libhyphen keeps breaks off apostrophes only when the file has no compound level of its own.
      if (part[i].latin1 == '\'' || part[i + 1].latin1 == '\'') continue;
      result.push_back(i);
    }
    if (rep) {
      for (int i = 0; i < size; ++i) std::free(rep[i]);
    }
    std::free(rep);
    std::free(pos);
    std::free(cut);
    return result;
  }
};

std::string hyphenation_patterns_for(const std::string& language) {
  const std::string primary = primary_language_subtag(language);
  std::string region;
  for (std::size_t at = language.find_first_of("-_"); at != std::string::npos;) {
    const std::size_t end = language.find_first_of("-_", at + 1);
    const std::string part = language.substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1);
    if (part.size() == 2) {
      region = part;
      for (char& c : region) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      break;
    }
    at = end;
  }
  if (primary.empty()) return {};
  // The patterns the magazine was set with first, so a tag without a region keeps them.
  std::vector<std::string> names;
  if (!region.empty()) names.push_back("hyph_" + primary + "_" + region + ".dic");
  if (primary == "nl") names.push_back("hyph_nl_NL.dic");
  if (primary == "en") names.push_back("hyph_en_US.dic");
  std::string upper = primary;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  names.push_back("hyph_" + primary + "_" + upper + ".dic");
  names.push_back("hyph_" + primary + ".dic");
  for (const std::string& name : names) {
    const std::filesystem::path file = std::filesystem::path(kPatternFolder) / name;
    if (std::filesystem::exists(file)) return file.string();
  }
  std::vector<std::string> others;  // any region's patterns: hyph_de_CH.dic for "de"
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(kPatternFolder, error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("hyph_" + primary + "_", 0) == 0 && entry.path().extension() == ".dic") {
      others.push_back(entry.path().string());
    }
  }
  std::sort(others.begin(), others.end());
  return others.empty() ? std::string() : others.front();
}

Hyphenator::Hyphenator(const std::string& language)
    : language_(language), dutch_(is_dutch(language)), dictionary_(std::make_unique<Dictionary>()) {
  const std::string file = hyphenation_patterns_for(language);
  if (file.empty()) {
    throw std::runtime_error("no hyphenation patterns for language \"" + language + "\" in " + kPatternFolder);
  }
  dictionary_->patterns = hnj_hyphen_load(file.c_str());
  if (!dictionary_->patterns) {
    throw std::runtime_error("cannot load the hyphenation patterns " + file + " for language \"" + language + "\"");
  }
}

Hyphenator::~Hyphenator() = default;

const Hyphenator& shared_hyphenator(const std::string& language) {
  // Each language is loaded outside the lock, so that a thread loading one (early_start.h) keeps no
  // other waiting; a second asker of the same language waits for the first one's loading.
  using Loading = std::shared_future<std::shared_ptr<const Hyphenator>>;
  static std::mutex mutex;
  static auto* loaded = new std::map<std::string, Loading>;  // kept until exit
  std::promise<std::shared_ptr<const Hyphenator>> promise;
  Loading loading;
  bool loads_here = false;
  {
    const std::lock_guard<std::mutex> lock(mutex);
    auto found = loaded->find(language);
    if (found == loaded->end()) {
      found = loaded->emplace(language, promise.get_future().share()).first;
      loads_here = true;
    }
    loading = found->second;
  }
  if (loads_here) {
    try {
      promise.set_value(std::make_shared<const Hyphenator>(language));
    } catch (...) {
      {
        const std::lock_guard<std::mutex> lock(mutex);
        loaded->erase(language);  // the next asker tries again
      }
      promise.set_exception(std::current_exception());
    }
  }
  return *loading.get();
}

const std::string& Hyphenator::language() const {
  return language_;
}

std::vector<std::size_t> Hyphenator::points(std::string_view word, bool skip_capitalised) const {
  std::string key(word);
  key += skip_capitalised ? '1' : '0';  // always the last byte, so no word is mistaken for another
  return dictionary_->remembered.find_or_make(key, [&] { return points_of(word, skip_capitalised); });
}

std::vector<std::size_t> Hyphenator::points_of(std::string_view word, bool skip_capitalised) const {
  const std::optional<Parts> parts = parts_of(word);
  if (!parts || parts->letter_count < kMinLetters) return {};
  if (skip_capitalised && is_upper(parts->first_letter)) return {};
  std::vector<std::size_t> result;
  for (const Part& part : parts->parts) {
    if (part.letters.size() < static_cast<std::size_t>(kLeftMin + kRightMin)) continue;
    if (skip_capitalised && part.capitalised) continue;
    for (std::size_t i : dictionary_->breaks(part.letters)) result.push_back(part.letters[i].end);
  }
  return result;
}

Hyphenator::Split Hyphenator::split(std::string_view word, std::size_t point) const {
  const bool at_boundary = point > 0 && point < word.size() && (static_cast<unsigned char>(word[point]) & 0xC0) != 0x80;
  if (!at_boundary) {
    throw std::out_of_range("hyphenation point " + std::to_string(point) + " is not inside \"" + std::string(word) +
                            "\"");
  }
  Split halves{std::string(word.substr(0, point)) + "\u2010", std::string(word.substr(point))};
  if (dutch_) {
    // Dutch drops the diaeresis where the hyphen now marks the syllable break: co-operatie, na-ief.
    const DecodedCodePoint first = decode_utf8_at(halves.after, 0);
    if (const char32_t base = without_diaeresis(first.code_point)) {
      std::string plain;
      append_utf8(plain, base);
      halves.after.replace(0, first.length, plain);
    } else if (halves.after.size() >= 3 && halves.after.compare(1, 2, "\u0308") == 0 &&
               without_diaeresis(compose(first.code_point, 0x308))) {
      halves.after.erase(1, 2);
    }
  }
  return halves;
}

}  // namespace persklaar
