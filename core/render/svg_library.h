#pragma once
// librsvg, loaded the first time an SVG picture is read (library_on_demand.h). It brings libxml2
// and ICU with it, and loading those with the program cost every command 2.4 ms of its start (a
// tenth of it), though most manuscripts have no SVG picture. The four calls the pictures make are
// looked up once.
#include <librsvg/rsvg.h>

#include <string>

namespace persklaar {

struct SvgLibrary {
  decltype(&rsvg_handle_new_from_data) new_from_data;
  decltype(&rsvg_handle_get_intrinsic_size_in_pixels) intrinsic_size_in_pixels;
  decltype(&rsvg_handle_get_intrinsic_dimensions) intrinsic_dimensions;
  decltype(&rsvg_handle_render_document) render_document;
};

// The library, loaded on first use (thread-safe); nullptr when it cannot be, with the reason.
const SvgLibrary* svg_library(std::string& why);

}  // namespace persklaar
