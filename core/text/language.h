#pragma once
// Facts about a publication's language tag (BCP 47, e.g. "nl", "nl-BE", "en-GB").
#include <string>

namespace persklaar {

// Whether the primary subtag is Dutch ("nl", "NL", "nl-BE", "nl_NL"): Dutch typography,
// hyphenation patterns and labels apply; everything else gets the English ones.
bool is_dutch(const std::string& language);

}  // namespace persklaar
