#include "plugins/epub/cover_image.h"

#include <cairo.h>

#include <cmath>
#include <stdexcept>

#include "core/render/cover.h"

namespace persklaar::epub {
namespace {

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string render_cover_png(const Publication& publication, const LayoutSpec& layout, int height_pixels) {
  const double pixels_per_point = height_pixels / layout.page.height;
  const int width_pixels = static_cast<int>(std::lround(layout.page.width * pixels_per_point));
  // No alpha: a cover is opaque, and RGB keeps the PNG smaller.
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width_pixels, height_pixels);
  cairo_t* cr = cairo_create(surface);
  cairo_scale(cr, pixels_per_point, pixels_per_point);
  paint_cover(cr, publication, layout, layout.page.width, layout.page.height);
  const cairo_status_t painted = cairo_status(cr);
  cairo_destroy(cr);

  std::string png;
  const cairo_status_t written =
      painted == CAIRO_STATUS_SUCCESS ? cairo_surface_write_to_png_stream(surface, &append_to_string, &png) : painted;
  cairo_surface_destroy(surface);
  if (written != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string("cannot render the cover: ") + cairo_status_to_string(written));
  }
  return png;
}

}  // namespace persklaar::epub
