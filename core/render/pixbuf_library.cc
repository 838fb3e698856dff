#include "core/render/pixbuf_library.h"

#include "core/render/library_on_demand.h"

namespace persklaar {
namespace {

bool look_up_all(LibraryOnDemand& pixbuf, PixbufLibrary& l) {
  return pixbuf.look_up("gdk_pixbuf_loader_new_with_type", l.loader_new_with_type) &
         pixbuf.look_up("gdk_pixbuf_loader_write", l.loader_write) &
         pixbuf.look_up("gdk_pixbuf_loader_close", l.loader_close) &
         pixbuf.look_up("gdk_pixbuf_loader_get_pixbuf", l.loader_get_pixbuf) &
         pixbuf.look_up("gdk_pixbuf_get_width", l.width) & pixbuf.look_up("gdk_pixbuf_get_height", l.height) &
         pixbuf.look_up("gdk_pixbuf_get_n_channels", l.n_channels) &
         pixbuf.look_up("gdk_pixbuf_get_bits_per_sample", l.bits_per_sample) &
         pixbuf.look_up("gdk_pixbuf_get_rowstride", l.rowstride) &
         pixbuf.look_up("gdk_pixbuf_read_pixels", l.read_pixels);
}

}  // namespace

const PixbufLibrary* pixbuf_library(std::string& why) {
  return calls_on_demand<PixbufLibrary, look_up_all>("libgdk_pixbuf-2.0.so.0", why);  // libgdk-pixbuf-2.0-0
}

}  // namespace persklaar
