#pragma once
// The seed text of the sample magazine (an extraction of the printed magazine) taken apart for
// comparison with an edition: its sentences, list rows, addresses, testimonial attributions,
// running heads and the names of its acknowledgements, with the page furniture left out.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace persklaar::testing {

// Text folded for comparison: every kind of white space (no-break spaces too) becomes one space,
// every quote or apostrophe becomes ", every dash or run of dashes becomes -, "…" becomes "...",
// Roman numeral characters become letters, soft hyphens and zero-width spaces go; no case folding.
std::string normalise_text(std::string_view text);

// The number of words (space-separated pieces with a letter or digit) in text.
int word_count(std::string_view text);

// One sentence of the seed, or one row of a bulleted list ("• title   date").
struct SeedSentence {
  std::string text;                   // as read, its lines joined with spaces (for messages)
  std::vector<std::string> variants;  // normalised readings; present when any one occurs
  std::vector<std::string> cells;     // a list row: normalised cells that must share a line
  int line = 0;                       // 1-based line in the seed where it starts
};

// A testimonial's attribution line, "Name - role" (or "Name, role" right after a quotation).
struct SeedAttribution {
  std::string name;
  std::string role;
  int line = 0;
};

struct SeedText {
  std::vector<SeedSentence> sentences;
  std::vector<std::string> urls;  // distinct, in order of appearance
  std::vector<SeedAttribution> attributions;
  std::vector<std::string> acknowledged_names;  // the list after "dank uit naar:"
  std::map<int, std::string> chapter_titles;    // running heads "1. Title", by number
};

// Takes the seed apart. Page furniture does not become sentences: running heads ("1. Title"), lone
// section labels ("Inleiding", "Bijeenkomst ||", "Ervaringen"), bare address lines, the chart's
// legend, attribution lines, the acknowledged names and any fragment of fewer than four words.
// Words broken across lines are read every plausible way: "informeel-\nformeel" as
// "informeel-formeel", "informeelformeel" or "informeel- formeel"; "(docent)\nonderzoekers" and
// "en/\nof" with and without the space.
SeedText read_seed(std::string_view seed);

// An edition's text made ready for lookups: link addresses in parentheses, " (https://…)", are
// dropped (the addresses are checked on their own), then the text is normalised, both as a whole
// and line by line.
class ComparableText {
 public:
  explicit ComparableText(std::string_view edition);

  bool contains(const SeedSentence& sentence) const;
  bool contains(std::string_view text) const;  // normalises text first
  // Some line holds every one of the normalised texts.
  bool has_line_with(const std::vector<std::string>& texts) const;
  // Some line, without a list marker ("- ", "* ", "• ", "1. "), is exactly the normalised text.
  bool has_item(std::string_view text) const;

 private:
  std::string folded_;
  std::vector<std::string> lines_;
};

}  // namespace persklaar::testing
