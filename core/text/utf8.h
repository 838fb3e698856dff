#pragma once
// Small UTF-8 facts the passes and input checks need. Decoding is strict: overlong forms, surrogates
// and code points past U+10FFFF are invalid, as RFC 3629 says.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace persklaar {

// Offset of the first byte that does not start a valid UTF-8 sequence, or nullopt when all is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// The code point starting at `offset` (which must be valid UTF-8) and its length in bytes.
struct DecodedCodePoint {
  char32_t code_point = 0;
  std::size_t length = 1;
};
DecodedCodePoint decode_utf8_at(std::string_view text, std::size_t offset);

void append_utf8(std::string& out, char32_t code_point);

// 1-based line and column (in code points) of a byte offset.
struct LineColumn {
  int line = 1;
  int column = 1;
};
LineColumn line_column_at(std::string_view text, std::size_t offset);

}  // namespace persklaar
