#pragma once
// The magazine's cover, painted with Cairo and Pango from the publication's metadata and the layout:
// one design for every edition that shows a cover (the EPUB's cover image now, the PDF later).
#include <cairo.h>

#include "core/layout/layout_spec.h"
#include "core/model/publication.h"

namespace persklaar {

// Paints a cover of `width_pt` × `height_pt` user units at the current origin of `cr`: a full-bleed
// field in the layout's accent colour, the publisher above, the title (role cover_title) set large
// over a band of the chapter colours, the subtitle (role cover_subtitle) under it and the year at the
// foot. Sizes and margins follow the layout's page, scaled to the width asked for; a short title grows
// to fill the measure (at most 1.6 times its size) and a long one shrinks until it fits. Uses only the
// bundled fonts. Leaves the state of `cr` as it found it. `bleed_pt` > 0 runs the full-bleed field and
// the band that far beyond every edge, for print.
void paint_cover(cairo_t* cr, const Publication& publication, const LayoutSpec& layout, double width_pt,
                 double height_pt, double bleed_pt = 0);

// The two layers of paint_cover, for a reader that tells them apart (the accessible PDF): the
// background is decoration (the accent field, the cover photo under its scrim, the logo), the front
// is what the cover says (the band of chapter colours, publisher, title, subtitle, year).
void paint_cover_background(cairo_t* cr, const Publication& publication, const LayoutSpec& layout, double width_pt,
                            double height_pt, double bleed_pt = 0);
void paint_cover_front(cairo_t* cr, const Publication& publication, const LayoutSpec& layout, double width_pt,
                       double height_pt, double bleed_pt = 0);

}  // namespace persklaar
