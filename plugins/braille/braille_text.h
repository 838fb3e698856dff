#pragma once
// Text translated into braille by liblouis: Unicode braille cells, with the places where a line may
// end inside a word.
#include <string>
#include <vector>

namespace persklaar::braille {

inline constexpr char32_t kBlankCell = U'\u2800';   // the blank cell between words
inline constexpr char32_t kHyphenCell = U'\u2824';  // dots 3-6: the hyphen in Dutch and English braille
inline constexpr char32_t kForcedLineEnd = U'\n';   // an author's hard line break, kept between cells

// Where a line may end before a cell.
enum class WordBreak : unsigned char {
  none,
  hyphenate,     // at a hyphenation point of the table's patterns: the line ends with a braille hyphen
  after_hyphen,  // after the author's own hyphen: the line ends with that hyphen, nothing is added
};

struct BrailleText {
  std::u32string cells;           // U+2800…U+283F, and kForcedLineEnd
  std::vector<WordBreak> breaks;  // one per cell
  // Characters the table has no braille for: a Latin letter is written as its base letter ("ş" as
  // "s"), anything else as liblouis's escape, reduced to six dots.
  std::u32string unknown_characters;

  void append(const BrailleText& other);
  void append_cells(const std::u32string& more);  // cells without break points
};

// Translates UTF-8 text with a liblouis table list (see braille_tables.h), marking the hyphenation
// points of its patterns and the places after the author's hyphens. Throws std::runtime_error when
// liblouis cannot translate (a table that does not compile). Translations are remembered for the
// process (bounded), so a repeated paragraph, a later layout round or a rebuild in watch is not
// translated again.
BrailleText translate(const std::string& text, const std::string& table_list);

// Back to print with the same tables, for checking an edition: liblouis's back-translation.
std::string back_translate(const std::u32string& cells, const std::string& table_list);

}  // namespace persklaar::braille
