#pragma once
// A page image as a PNG file, written with libpng for speed: Cairo's own PNG writer deflates at
// zlib's default level and lets libpng try every row filter, which took four fifths of the time of
// the preview's page images (the painting itself a twentieth). Deflated at level 1 with the Sub
// filter, a page of text and pictures is written several times as fast, a little larger.
#include <cairo.h>

#include <ostream>

namespace persklaar::pdf {

// Writes `image` (CAIRO_FORMAT_RGB24, flushed) as an 8-bit RGB PNG to `out`. Returns false when
// libpng fails or the stream does.
bool write_png(cairo_surface_t* image, std::ostream& out);

}  // namespace persklaar::pdf
