#pragma once
// The figure convention shared by every input format: a paragraph holding nothing but one image is a
// figure, and the image's title becomes its caption.
#include <optional>

#include "core/model/block.h"

namespace persklaar {

std::optional<Figure> figure_from(const Inlines& paragraph);

}  // namespace persklaar
