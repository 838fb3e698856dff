#pragma once
// Turning a title into an anchor: "Wat is een kenniscafé?" → "wat-is-een-kenniscafe".
#include <string>
#include <string_view>

namespace persklaar {

// Lowercase ASCII letters and digits joined by single hyphens; accented Latin letters lose their
// accents, everything else separates words. May return an empty string.
std::string slugify(std::string_view text);

}  // namespace persklaar
