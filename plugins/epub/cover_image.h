#pragma once
// The EPUB's cover image: the magazine's cover (core/render/cover.h) written by Cairo's SVG surface,
// at the layout's page size. A scalable cover is sharp on every screen and costs about a millisecond;
// a 1,400-pixel PNG of the same cover was as large and took 30 times as long, most of it encoding.
#include <string>

#include "core/layout/layout_spec.h"
#include "core/model/publication.h"

namespace persklaar::epub {

// The SVG document (the text as glyph outlines, so it needs no fonts). Throws std::runtime_error
// when Cairo cannot paint it.
std::string render_cover_svg(const Publication& publication, const LayoutSpec& layout);

}  // namespace persklaar::epub
