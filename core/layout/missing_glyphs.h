#pragma once
// A character that no bundled face has (an emoji, a script the fonts do not cover) is shown as the
// Unicode replacement character U+FFFD of the font Pango chose for it (or a white square U+25A1, or
// '?', whichever that font has) instead of Pango's box of hexadecimal digits. The glyph keeps its
// cluster in the text, so the PDF's text still reads the character itself: Cairo maps the glyph to
// the text it stands for. The build warns about such characters with file, line and page
// (missing_characters.h).
#include <pango/pango.h>

#include <vector>

namespace persklaar {

// Replaces every unknown glyph of `layout`'s lines in place. Call it after the layout's text and
// attributes are set, and before its runs are measured or cut.
void show_missing_as_replacement(PangoLayout* layout);
// The same for the runs of a paragraph's shaping (paragraph_shaping.h).
void show_missing_as_replacement(const std::vector<PangoGlyphItem*>& runs);

}  // namespace persklaar
