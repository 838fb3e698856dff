#pragma once
// The manuscript's branding on the covers (metadata `cover-image` and `logo`, placed as the layout's
// <cover> says): a photo filling the cover behind its title under a legibility scrim, and a logo in
// a corner of the cover and of the back cover. Shared by the PDF and the e-book's cover image.
#include <cairo.h>

#include "core/diagnostics/diagnostic.h"
#include "core/layout/layout_spec.h"
#include "core/model/publication.h"
#include "core/render/picture.h"

namespace persklaar {

// The cover photo or logo named in the metadata, or null (none named, or not shown: `diagnostics`,
// when given, gets the reason with the metadata's file and line).
PictureHandle cover_photo(const Metadata& metadata, Diagnostics* diagnostics = nullptr);
PictureHandle logo(const Metadata& metadata, Diagnostics* diagnostics = nullptr);

// Fills the page of `width` × `height` (and `bleed` beyond it) with the photo, cropped to cover it
// and centred, then lays the layout's scrim over it.
void paint_cover_photo(cairo_t* cr, const Picture& photo, const LayoutSpec& layout, double width, double height,
                       double bleed);

// Paints the logo in the layout's corner, inside the margins of a page `width` wide (scaled from the
// layout's page).
void paint_logo(cairo_t* cr, const Picture& logo, const LayoutSpec& layout, double width, double height);

}  // namespace persklaar
