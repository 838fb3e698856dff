#include "plugins/epub/link_target.h"

#include <cctype>
#include <cstring>

namespace persklaar::epub {
namespace {

bool has_scheme(const std::string& address) {
  const auto colon = address.find(':');
  if (colon == std::string::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(address[0]))) return false;
  for (std::size_t k = 1; k < colon; ++k) {
    const unsigned char c = static_cast<unsigned char>(address[k]);
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return colon > 1;  // "c:\…" is a Windows drive
}

}  // namespace

std::string encode_uri(const std::string& address) {
  static const char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : address) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte >= 0x7f || std::strchr("<>\"{}|\\^`", c)) {
      out += '%';
      out += kDigits[byte >> 4];
      out += kDigits[byte & 0x0f];
    } else {
      out += c;
    }
  }
  return out;
}

std::optional<std::string> link_href(const std::string& target, const BookPlan& plan) {
  if (!target.empty() && target[0] == '#') return plan.href(target.substr(1));
  if (has_scheme(target)) return encode_uri(target);
  return std::nullopt;
}

}  // namespace persklaar::epub
