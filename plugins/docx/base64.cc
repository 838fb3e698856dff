#include "plugins/docx/base64.h"

namespace persklaar::docx {
namespace {

int base64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

}  // namespace

std::optional<std::string> decode_base64(const char* text) {
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (const char* c = text; c && *c && *c != '='; ++c) {
    if (*c == ' ' || *c == '\n' || *c == '\r' || *c == '\t') continue;
    const int value = base64_value(*c);
    if (value < 0) return std::nullopt;
    buffer = ((buffer << 6) | static_cast<unsigned>(value)) & 0xFFFFFF;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

}  // namespace persklaar::docx
