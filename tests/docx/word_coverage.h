#pragma once
// How much of a reference reading's text an edition kept: the words of pandoc's reading (the strings
// of its native AST) looked up in our text edition, compared without punctuation and case, so that
// typography (curly quotes, dashes, no-break spaces) and layout do not count as differences.
#include <string>
#include <string_view>
#include <vector>

namespace persklaar::testing {

// The words of a pandoc native AST (Haskell `show` syntax): the strings of its Str, Code and
// CodeBlock nodes, split at white space.
std::vector<std::string> native_words(std::string_view native);

// The words of an edition's text, split at white space (no-break spaces included).
std::vector<std::string> text_words(std::string_view text);

// Letters and digits only, lowercased: "“Well-known,”" → "wellknown"; "" for pure punctuation.
std::string comparable(std::string_view word);

// The share (0–1) of `reference`'s comparable words found in `edition`: where the word's letters and
// digits stand in the edition's text (inside a longer word too), each place used once. 1 when the
// reference has no words.
double word_coverage(const std::vector<std::string>& reference, const std::vector<std::string>& edition);

}  // namespace persklaar::testing
