#include "core/text/slug.h"

#include <glib.h>

#include <cctype>

#include "core/text/utf8.h"

namespace persklaar {
namespace {

// The base letter of an accented Latin letter (U+00C0–U+017F), or 0 for anything else.
char base_letter(char32_t c) {
  // Latin-1 Supplement letters from U+00C0, one base letter each ('\0' for × and ÷).
  static const char* const kLatin1 = "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiiidnooooo\0ouuuuyty";
  // Latin Extended-A from U+0100.
  static const char* const kExtendedA =
      "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUu"
      "UuUuWwYyYZzZzZzs";
  if (c >= 0xC0 && c <= 0xFF) return kLatin1[c - 0xC0];
  if (c >= 0x100 && c <= 0x17F) return kExtendedA[c - 0x100];
  return 0;
}

char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// A letter, digit or combining mark of any script: what both tools keep of a title besides '-' and '_'.
bool is_word_character(char32_t c) {
  return g_unichar_isalnum(c) || g_unichar_ismark(c);
}

void append_lowercase(std::string& out, char32_t c) {
  append_utf8(out, static_cast<char32_t>(g_unichar_tolower(c)));
}

}  // namespace

std::string github_slug(std::string_view text) {
  std::string slug;
  for (std::size_t i = 0; i < text.size();) {
    const DecodedCodePoint cp = decode_utf8_at(text, i);
    i += cp.length;
    const char32_t c = cp.code_point;
    if (c == ' ') {
      slug += '-';
    } else if (c == '-' || c == '_' || is_word_character(c)) {
      append_lowercase(slug, c);
    }
  }
  return slug;
}

std::string pandoc_identifier(std::string_view text) {
  std::string identifier;
  bool seen_letter = false, pending_hyphen = false;
  for (std::size_t i = 0; i < text.size();) {
    const DecodedCodePoint cp = decode_utf8_at(text, i);
    i += cp.length;
    const char32_t c = cp.code_point;
    if (g_unichar_isspace(c)) {
      pending_hyphen = !identifier.empty();
      continue;
    }
    if (!(c == '-' || c == '_' || c == '.' || is_word_character(c))) continue;
    seen_letter = seen_letter || g_unichar_isalpha(c);
    if (!seen_letter) continue;
    if (pending_hyphen) identifier += '-';
    pending_hyphen = false;
    append_lowercase(identifier, c);
  }
  return identifier.empty() ? "section" : identifier;
}

std::string slugify(std::string_view text) {
  std::string slug;
  bool pending_hyphen = false;
  for (std::size_t i = 0; i < text.size();) {
    const DecodedCodePoint cp = decode_utf8_at(text, i);
    i += cp.length;
    char c = 0;
    if (cp.code_point < 0x80 && std::isalnum(static_cast<int>(cp.code_point))) {
      c = static_cast<char>(cp.code_point);
    } else {
      c = base_letter(cp.code_point);
    }
    if (c == 0) {
      pending_hyphen = !slug.empty();
      continue;
    }
    if (pending_hyphen) slug += '-';
    pending_hyphen = false;
    slug += lower(c);
  }
  return slug;
}

}  // namespace persklaar
