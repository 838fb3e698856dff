#include "core/text/percent_encoding.h"

namespace persklaar {

std::string percent_encoded(const std::string& text, std::string_view also) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte >= 0x7F || also.find(c) != std::string_view::npos) {
      out += '%';
      out += kDigits[byte >> 4];
      out += kDigits[byte & 0x0F];
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace persklaar
