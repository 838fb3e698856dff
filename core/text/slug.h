#pragma once
// Turning a title into an anchor: "Wat is een kenniscafé?" → "wat-is-een-kenniscafe".
#include <string>
#include <string_view>

namespace persklaar {

// Lowercase ASCII letters and digits joined by single hyphens; accented Latin letters lose their
// accents, everything else separates words. May return an empty string.
std::string slugify(std::string_view text);

// The anchors other tools give a heading, which Markdown written for them links to. Neither numbers
// repeated titles: the caller appends "-1", "-2"… as both tools do.
// GitHub (github-slugger): lowercase, each space a hyphen, punctuation and symbols dropped but '-'
// and '_' kept, letters of every script kept as they are: "`process.exitCode`" → "processexitcode".
std::string github_slug(std::string_view text);
// pandoc (auto_identifiers): lowercase letters, digits, '_', '-' and '.', words joined by one
// hyphen, everything before the first letter dropped; "section" when nothing is left.
std::string pandoc_identifier(std::string_view text);

}  // namespace persklaar
