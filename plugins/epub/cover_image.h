#pragma once
// The EPUB's cover image: the magazine's cover (core/render/cover.h) rendered to a PNG in memory, with
// the proportions of the layout's page.
#include <string>

#include "core/layout/layout_spec.h"
#include "core/model/publication.h"

namespace persklaar::epub {

// 1400 pixels tall suits e-reader shelves and full-screen covers alike.
inline constexpr int kCoverHeightPixels = 1400;

// The PNG's bytes. Throws std::runtime_error when Cairo cannot paint or encode it.
std::string render_cover_png(const Publication& publication, const LayoutSpec& layout,
                             int height_pixels = kCoverHeightPixels);

}  // namespace persklaar::epub
