#include "core/layout/missing_characters.h"

#include <glib.h>

#include <algorithm>
#include <cstdio>

namespace persklaar {
namespace {

constexpr std::size_t kCharactersNamed = 8;  // in the warning for many

constexpr const char* kPrintsAs =
    "prints as the replacement character \xEF\xBF\xBD (the PDF's text keeps the character itself)";

std::string code_of(const std::string& character) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(g_utf8_get_char(character.c_str())));
  return code;
}

std::string with_thousands(long number) {
  std::string digits = std::to_string(number);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
  return digits;
}

void warn(Diagnostics& diagnostics, const MissingCharacter& at, const std::string& message, const std::string& hint) {
  diagnostics.warn(at.first, message, hint);
  if (at.page) diagnostics.collected().back().page = at.page;  // printed as "(print page N)"
}

}  // namespace

void warn_missing_characters(const std::vector<MissingCharacter>& missing, Diagnostics& diagnostics) {
  if (missing.empty()) return;
  if (missing.size() <= kMostReportedAlone) {
    for (const MissingCharacter& one : missing) {
      std::string message =
          "the character '" + one.character + "' (" + code_of(one.character) + ") has no glyph in the bundled fonts";
      if (one.places > 1) message += ", here and in " + with_thousands(one.places - 1) + " more places";
      warn(diagnostics, one, message,
           std::string("it ") + kPrintsAs + "; replace it or choose a layout whose fonts have it");
    }
    return;
  }
  long places = 0;
  for (const MissingCharacter& one : missing) places += one.places;
  std::string named;
  for (std::size_t k = 0; k < missing.size() && k < kCharactersNamed; ++k) {
    named += (k ? ", " : "") + missing[k].character + " (" + code_of(missing[k].character) + ")";
  }
  if (missing.size() > kCharactersNamed) {
    named += " and " + with_thousands(static_cast<long>(missing.size() - kCharactersNamed)) + " more";
  }
  const auto placed = std::find_if(missing.begin(), missing.end(),
                                   [](const MissingCharacter& one) { return one.first.file != nullptr; });
  warn(diagnostics, placed == missing.end() ? missing.front() : *placed,
       with_thousands(static_cast<long>(missing.size())) + " characters have no glyph in the bundled fonts (" +
           with_thousands(places) + " places, the first here): " + named,
       std::string("each ") + kPrintsAs +
           "; text in a script the bundled fonts lack needs a font that has it, added to the layout with "
           "<font file=\"…\"/> (README, House fonts)");
}

}  // namespace persklaar
