#pragma once
// The hyphenation step of the print layout: where a word may take a discretionary hyphen, and what
// the two halves look like when it does. Patterns come from Debian's hyphen-nl and hyphen-en-us
// through libhyphen; the line breaker offers the points as flagged penalties.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace persklaar {

// The patterns file for a language tag in /usr/share/hyphen (Debian's hyphen-* packages), looked up
// by language: "nl", "nl-BE" → hyph_nl_NL.dic (nl_BE is the same patterns); "en" → hyph_en_US.dic;
// "de-CH" → hyph_de_CH.dic, else hyph_de_DE.dic, hyph_de.dic or any hyph_de_*.dic. Empty when
// there are none.
std::string hyphenation_patterns_for(const std::string& language);

// Hyphenation with libhyphen and Debian's patterns. One per language; cheap to query, not copyable.
// Queries only read the loaded patterns, so one Hyphenator may serve several threads.
class Hyphenator {
 public:
  // The patterns of hyphenation_patterns_for(language). Throws std::runtime_error when there are
  // none for the language, or naming the dictionary file when it cannot be loaded.
  explicit Hyphenator(const std::string& language);
  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  // Byte offsets inside `word` (UTF-8, one word, no spaces) where a discretionary hyphen may go,
  // ascending; a point is where the second half starts. Punctuation around the word ("(", "“",
  // "”", ".", ",", "…" and the like) is ignored, so a word may be passed as it stands in a sentence.
  // Empty for a word that must not be hyphenated: shorter than 5 letters, containing a digit or any
  // of @ / : . _ (addresses, URLs, file names) or other punctuation inside it, starting with an
  // uppercase letter when `skip_capitalised` (names), with a letter outside ISO-8859-1 (the Dutch
  // dictionary's encoding; the rule holds for every language alike), or not valid UTF-8. Letters
  // written with a combining accent (o + U+0308) count as the precomposed letter.
  // A compound with hyphens ("mbo-professionals"; also U+2010, U+2011, soft hyphen and dashes) is
  // hyphenated part by part, and never right next to an existing hyphen (the existing hyphen is a
  // break opportunity the caller handles); nor next to an apostrophe ("auto's", "hbo’ers").
  // With `skip_capitalised`, a part that starts with an uppercase letter or has one after a lowercase
  // letter is left whole too ('s-Hertogenbosch, eHealth-toepassingen → eHealth-toe-pas-sin-gen).
  // At least 2 letters stay before a break and 3 after it, in each part.
  std::vector<std::size_t> points(std::string_view word, bool skip_capitalised = true) const;

  // The two halves to print when `word` is broken at `point` (one of points()): the first ends in
  // U+2010 HYPHEN (so extracted text can tell an inserted hyphen from an author's U+002D), and in
  // Dutch a diaeresis on the first letter of the second half is dropped (co‐ / operatie).
  // Throws std::out_of_range when `point` is not strictly inside the word at a code point boundary.
  struct Split {
    std::string before;
    std::string after;
  };
  Split split(std::string_view word, std::size_t point) const;

  // The language tag as given to the constructor.
  const std::string& language() const;

 private:
  std::vector<std::size_t> points_of(std::string_view word, bool skip_capitalised) const;  // not remembered

  struct Dictionary;
  std::string language_;
  bool dutch_ = false;
  std::unique_ptr<Dictionary> dictionary_;
};

// The process's one Hyphenator for `language`, loaded the first time it is asked for and kept: the
// patterns do not change while Persklaar runs, and loading them costs more than a rebuild's layout
// of a changed chapter. Thread-safe, and one language's loading keeps no other waiting; throws as
// the constructor does (to every thread that waited for that loading), and tries again next time.
const Hyphenator& shared_hyphenator(const std::string& language);

}  // namespace persklaar
