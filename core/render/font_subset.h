#pragma once
// Cutting a bundled font down to what one publication uses, for editions that embed whole font files
// (the EPUB). The PDF needs none of this: Cairo embeds only the glyphs it paints.
#include <filesystem>
#include <set>
#include <string>
#include <string_view>

namespace persklaar {

// Every code point of the UTF-8 `text` (which must be valid), added to `into`.
void collect_code_points(std::string_view text, std::set<char32_t>& into);

// The bytes of `file` cut down by HarfBuzz's subsetter to the glyphs `characters` need, including
// the glyphs their ligatures, alternates and other OpenType features reach. The layout features kept
// are HarfBuzz's default list (what a renderer applies unasked: kerning, standard ligatures, marks,
// contextual and localised forms) and `features`, the tags of any others the caller's text turns on
// (small capitals "smcp", old-style figures "onum"); the whole name table (the OFL's copyright,
// licence and naming records) and the hinting are kept. Throws std::runtime_error when the file
// cannot be read or subset.
std::string subset_font(const std::filesystem::path& file, const std::set<char32_t>& characters,
                        const std::set<std::string>& features = {});

}  // namespace persklaar
