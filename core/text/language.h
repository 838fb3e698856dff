#pragma once
// Facts about a publication's language tag (BCP 47, e.g. "nl", "nl-BE", "en-GB").
#include <string>
#include <vector>

namespace persklaar {

// The primary language subtag, lowercased: "nl" for "nl-BE", "NL" or "nl_NL".
std::string primary_language_subtag(const std::string& language);

// Whether the primary subtag is Dutch ("nl", "NL", "nl-BE", "nl_NL"): Dutch typography,
// hyphenation patterns and labels apply; everything else gets the English ones.
bool is_dutch(const std::string& language);

}  // namespace persklaar

namespace persklaar {

// Whether `tag` is a well-formed BCP 47 language tag as a manuscript would write one: a primary
// language subtag of 2 or 3 letters, then optional script (4 letters), region (2 letters or 3
// digits), variants (5–8 characters, or a digit and 3 more) and extensions, separated by hyphens;
// or a private-use tag ("x-…"). Case does not matter. "nl", "en-GB", "sr-Latn-RS" are; "Nederlands",
// "dutch", "nl_NL" are not.
bool is_language_tag(const std::string& tag);

// For a language written as a name or with an underscore, the tag meant: "Nederlands", "dutch" →
// "nl"; "nl_BE" → "nl-BE"; empty when there is no good guess.
std::string suggest_language_tag(const std::string& written);

}  // namespace persklaar
