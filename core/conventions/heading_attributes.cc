#include "core/conventions/heading_attributes.h"

#include <sstream>

namespace persklaar {
namespace {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' || c == '.';
}

bool valid_name(const std::string& name) {
  if (name.empty()) return false;
  for (char c : name) {
    if (!is_name_char(c)) return false;
  }
  return true;
}

std::optional<Attributes> parse_attribute_list(const std::string& inside) {
  Attributes attributes;
  std::istringstream words(inside);
  std::string word;
  bool any = false;
  while (words >> word) {
    any = true;
    if (word[0] == '#' && valid_name(word.substr(1)) && attributes.id.empty()) {
      attributes.id = word.substr(1);
    } else if (word[0] == '.' && valid_name(word.substr(1))) {
      attributes.classes.push_back(word.substr(1));
    } else if (auto equals = word.find('=');
               equals != std::string::npos && equals > 0 && valid_name(word.substr(0, equals))) {
      std::string value = word.substr(equals + 1);
      if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
      attributes.pairs.emplace_back(word.substr(0, equals), value);
    } else {
      return std::nullopt;
    }
  }
  if (!any) return std::nullopt;
  return attributes;
}

}  // namespace

std::optional<Attributes> take_trailing_attributes(std::string& text) {
  std::size_t end = text.find_last_not_of(" \t");
  if (end == std::string::npos || text[end] != '}') return std::nullopt;
  const std::size_t open = text.rfind('{', end);
  if (open == std::string::npos) return std::nullopt;
  auto attributes = parse_attribute_list(text.substr(open + 1, end - open - 1));
  if (!attributes) return std::nullopt;
  text.erase(open);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
  return attributes;
}

Attributes take_heading_attributes(Inlines& title) {
  if (title.empty()) return {};
  auto* last = std::get_if<Text>(&title.back().value);
  if (!last) return {};
  auto attributes = take_trailing_attributes(last->text);
  if (!attributes) return {};
  if (last->text.empty()) title.pop_back();
  return std::move(*attributes);
}

}  // namespace persklaar
