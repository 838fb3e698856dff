#include "plugins/epub/link_target.h"

#include <cctype>

#include "core/text/percent_encoding.h"

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
  return percent_encoded(address, "<>\"{}|\\^`");
}

std::optional<std::string> link_href(const std::string& target, const BookPlan& plan) {
  if (!target.empty() && target[0] == '#') return plan.href(target.substr(1));
  if (has_scheme(target)) return encode_uri(target);
  return std::nullopt;
}

}  // namespace persklaar::epub
