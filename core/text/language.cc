#include "core/text/language.h"

namespace persklaar {

bool is_dutch(const std::string& language) {
  std::string primary = language.substr(0, language.find_first_of("-_"));
  for (char& c : primary) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  return primary == "nl";
}

}  // namespace persklaar
