#pragma once
// The figure convention shared by every input format: a paragraph holding nothing but one image is a
// figure, and the image's title becomes its caption (the alt text is the description that reading
// software speaks and the PDF's /Alt; it is not printed). An attribute block right after the image,
// `![alt](photo.jpg "Caption"){.wide}`, gives the figure's classes: `.wide` (across the columns of
// a page) and `.decorative` (no description: an artifact the reading software skips).
#include <optional>

#include "core/model/attributes.h"
#include "core/model/block.h"

namespace persklaar {

// The figure, and in `attributes` (when given) any attribute block after its image.
std::optional<Figure> figure_from(const Inlines& paragraph, Attributes* attributes = nullptr);

// Whether `block` is a decorative figure: an ornament the reading editions leave out.
bool is_decorative(const Block& block);

}  // namespace persklaar
