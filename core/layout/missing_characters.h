#pragma once
// The warnings about characters no bundled face has. One such character in a Dutch magazine (an
// emoji) deserves a warning at its place; a chapter in a script the fonts lack (Japanese) has
// hundreds of such characters in thousands of places, which would bury every other warning. So each
// character is reported once, at its first place, and past a handful they are reported together.
#include <string>
#include <vector>

#include "core/diagnostics/diagnostic.h"

namespace persklaar {

struct MissingCharacter {
  std::string character;  // UTF-8
  SourcePosition first;   // where it was met first
  int page = 0;           // the print page of that place, 0 when unknown
  int places = 0;         // how many paragraphs hold it
};

// Reports `missing`, in the order the characters were met: each on its own when there are at most
// kMostReportedAlone, else one warning for all, at the first place.
void warn_missing_characters(const std::vector<MissingCharacter>& missing, Diagnostics& diagnostics);

inline constexpr std::size_t kMostReportedAlone = 5;

}  // namespace persklaar
