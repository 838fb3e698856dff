#include "core/render/svg_library.h"

#include "core/render/library_on_demand.h"

namespace persklaar {
namespace {

bool look_up_all(LibraryOnDemand& rsvg, SvgLibrary& l) {
  return rsvg.look_up("rsvg_handle_new_from_data", l.new_from_data) &
         rsvg.look_up("rsvg_handle_get_intrinsic_size_in_pixels", l.intrinsic_size_in_pixels) &
         rsvg.look_up("rsvg_handle_get_intrinsic_dimensions", l.intrinsic_dimensions) &
         rsvg.look_up("rsvg_handle_render_document", l.render_document);
}

}  // namespace

const SvgLibrary* svg_library(std::string& why) {
  return calls_on_demand<SvgLibrary, look_up_all>("librsvg-2.so.2", why);  // librsvg 2's ABI (librsvg2-2)
}

}  // namespace persklaar
