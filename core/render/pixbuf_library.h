#pragma once
// gdk-pixbuf, loaded the first time a JPEG's pixels are needed (library_on_demand.h): only raster
// targets (page images, the preview) decode a JPEG, the PDF and the e-book embed its bytes as they
// are (picture.h). Loading it with the program cost every command half a millisecond of its start.
#include <gdk-pixbuf/gdk-pixbuf.h>

#include <string>

namespace persklaar {

struct PixbufLibrary {
  decltype(&gdk_pixbuf_loader_new_with_type) loader_new_with_type;
  decltype(&gdk_pixbuf_loader_write) loader_write;
  decltype(&gdk_pixbuf_loader_close) loader_close;
  decltype(&gdk_pixbuf_loader_get_pixbuf) loader_get_pixbuf;
  decltype(&gdk_pixbuf_get_width) width;
  decltype(&gdk_pixbuf_get_height) height;
  decltype(&gdk_pixbuf_get_n_channels) n_channels;
  decltype(&gdk_pixbuf_get_bits_per_sample) bits_per_sample;
  decltype(&gdk_pixbuf_get_rowstride) rowstride;
  decltype(&gdk_pixbuf_read_pixels) read_pixels;
};

// The library, loaded on first use (thread-safe); nullptr when it cannot be, with the reason.
const PixbufLibrary* pixbuf_library(std::string& why);

}  // namespace persklaar
