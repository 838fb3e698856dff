#include "core/render/svg_library.h"

#include "core/render/library_on_demand.h"

namespace persklaar {
namespace {

struct Loaded {
  SvgLibrary library{};
  bool ready = false;
  std::string why;
};

Loaded load() {
  static LibraryOnDemand rsvg("librsvg-2.so.2");  // librsvg 2's ABI name (Debian's librsvg2-2)
  Loaded loaded;
  SvgLibrary& l = loaded.library;
  loaded.ready = rsvg.look_up("rsvg_handle_new_from_data", l.new_from_data) &
                 rsvg.look_up("rsvg_handle_get_intrinsic_size_in_pixels", l.intrinsic_size_in_pixels) &
                 rsvg.look_up("rsvg_handle_get_intrinsic_dimensions", l.intrinsic_dimensions) &
                 rsvg.look_up("rsvg_handle_render_document", l.render_document);
  loaded.why = rsvg.why();
  return loaded;
}

}  // namespace

const SvgLibrary* svg_library(std::string& why) {
  static const Loaded loaded = load();  // once, on first use; thread-safe
  if (!loaded.ready) {
    why = loaded.why;
    return nullptr;
  }
  return &loaded.library;
}

}  // namespace persklaar
