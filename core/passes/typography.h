#pragma once
// Typography pass: turns what an author can type into what a typesetter would set, per language.
// Straight quotes become curly ones, "--"/"---" and a spaced hyphen become dashes, "..." an
// ellipsis, and no-break spaces keep together what Dutch (or English) usage keeps together.
// Code, raw markup and bare URLs are never touched.
#include <string>
#include <string_view>

#include "core/model/publication.h"

namespace persklaar {

struct TypographyRules {
  // Dutch: ’s, ’t, ’k are elisions (apostrophes), not opening quotes; Dutch month names bind.
  bool dutch = false;
};

TypographyRules typography_rules_for(const std::string& language);

// Rewrites one run of text. `before` and `after` are the code points around it in its paragraph
// (0 at the paragraph's edges), so a quote at a run boundary still opens or closes correctly.
std::string apply_typography(std::string_view text, char32_t before, char32_t after, const TypographyRules& rules);

// The pass: every inline sequence of the publication, in the publication's language.
Publication apply_typography(Publication publication);

}  // namespace persklaar
