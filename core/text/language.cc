#include "core/text/language.h"

#include <cctype>
#include <utility>

#include "core/text/ascii_case.h"

namespace persklaar {

std::string primary_language_subtag(const std::string& language) {
  return ascii_lowercase(language.substr(0, language.find_first_of("-_")));
}

bool is_dutch(const std::string& language) {
  return primary_language_subtag(language) == "nl";
}

}  // namespace persklaar

namespace persklaar {
namespace {

int alpha(int c) {
  return std::isalpha(c);
}
int digit(int c) {
  return std::isdigit(c);
}
int alnum(int c) {
  return std::isalnum(c);
}

bool all_of(const std::string& text, int (*test)(int)) {
  for (char c : text) {
    if (c < 0 || !test(static_cast<unsigned char>(c))) return false;  // ASCII only
  }
  return !text.empty();
}

std::vector<std::string> subtags_of(const std::string& tag) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  while (true) {
    const std::size_t end = tag.find('-', begin);
    parts.push_back(tag.substr(begin, end == std::string::npos ? std::string::npos : end - begin));
    if (end == std::string::npos) return parts;
    begin = end + 1;
  }
}

}  // namespace

bool is_language_tag(const std::string& tag) {
  const std::vector<std::string> parts = subtags_of(tag);
  for (const std::string& part : parts) {
    if (part.empty() || part.size() > 8 || !all_of(part, alnum)) return false;
  }
  std::size_t k = 0;
  if (ascii_lowercase(parts[0]) == "x") return parts.size() > 1;  // private use
  if (parts[0].size() < 2 || parts[0].size() > 3 || !all_of(parts[0], alpha)) return false;
  ++k;
  if (k < parts.size() && parts[k].size() == 4 && all_of(parts[k], alpha)) ++k;  // script
  if (k < parts.size() &&
      ((parts[k].size() == 2 && all_of(parts[k], alpha)) || (parts[k].size() == 3 && all_of(parts[k], digit)))) {
    ++k;  // region
  }
  while (k < parts.size() && (parts[k].size() >= 5 || (parts[k].size() == 4 && digit(parts[k][0])))) ++k;
  // Extensions and private use: a singleton, then subtags of 2–8 characters (1–8 after x).
  while (k < parts.size() && parts[k].size() == 1) {
    const bool private_use = ascii_lowercase(parts[k]) == "x";
    ++k;
    const std::size_t first = k;
    while (k < parts.size() && (parts[k].size() >= 2 || private_use)) ++k;
    if (k == first) return false;
    if (private_use) return k == parts.size();
  }
  return k == parts.size();
}

std::string suggest_language_tag(const std::string& written) {
  static const std::pair<const char*, const char*> kNames[] = {
      {"nederlands", "nl"}, {"dutch", "nl"},    {"vlaams", "nl-BE"}, {"flemish", "nl-BE"}, {"engels", "en"},
      {"english", "en"},    {"duits", "de"},    {"deutsch", "de"},   {"german", "de"},     {"frans", "fr"},
      {"french", "fr"},     {"français", "fr"}, {"francais", "fr"},  {"fries", "fy"},      {"frysk", "fy"},
      {"spaans", "es"},     {"spanish", "es"},  {"turks", "tr"},     {"turkish", "tr"},    {"arabisch", "ar"},
      {"arabic", "ar"}};
  const std::string name = ascii_lowercase(written);
  for (const auto& [known, tag] : kNames) {
    if (name == known) return tag;
  }
  std::string hyphenated = written;
  for (char& c : hyphenated) {
    if (c == '_' || c == ' ') c = '-';
  }
  return hyphenated != written && is_language_tag(hyphenated) ? hyphenated : "";
}

}  // namespace persklaar
