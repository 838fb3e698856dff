#pragma once
// The EPUB's stylesheet, made from the same layout spec as the PDF: the font roles become the rules
// for body text, headings, testimonials and captions, the chapter colours classes per chapter, and the
// bundled faces the rules use are embedded. Sizes, margins and line heights are relative (em, unitless)
// to the reader's text size, so the reader's font settings win; only hairlines are in pixels.
#include <filesystem>
#include <string>
#include <vector>

#include "core/layout/layout_spec.h"
#include "core/render/font_library.h"

namespace persklaar::epub {

struct EmbeddedFont {
  std::filesystem::path file;  // the bundled file
  std::string path;            // in the package: "fonts/CharisSIL-Regular.ttf"
  std::string media_type;      // "font/ttf"
};

struct Stylesheet {
  std::string css;
  std::vector<EmbeddedFont> fonts;  // sorted by path
};

// `fonts` supplies the files; a face the library lacks is left to the reader's fallback font. The
// code role's face is embedded when the book holds code (`with_code`).
Stylesheet make_stylesheet(const LayoutSpec& layout, const FontLibrary& fonts, bool with_code = false);

// The colour itself when it reaches WCAG AA contrast (4.5:1) on `paper`, otherwise the same hue
// darkened just enough: a layout's colour never makes text unreadable.
Color readable_on(const Color& color, const Color& paper);

}  // namespace persklaar::epub
