#include "plugins/pdf/png_file.h"

#include <png.h>

#include <csetjmp>
#include <vector>

namespace persklaar::pdf {
namespace {

void write_data(png_structp png, png_bytep data, png_size_t length) {
  auto& out = *static_cast<std::ostream*>(png_get_io_ptr(png));
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(length));
}

void flush_data(png_structp png) {
  static_cast<std::ostream*>(png_get_io_ptr(png))->flush();
}

// Warnings are not printed: write_png answers for the file (an error longjmps to its setjmp).
void no_warning(png_structp, png_const_charp) {}

}  // namespace

bool write_png(cairo_surface_t* image, std::ostream& out) {
  if (cairo_image_surface_get_format(image) != CAIRO_FORMAT_RGB24) return false;
  const int width = cairo_image_surface_get_width(image);
  const int height = cairo_image_surface_get_height(image);
  const int stride = cairo_image_surface_get_stride(image);
  unsigned char* data = cairo_image_surface_get_data(image);
  if (!data || width <= 0 || height <= 0) return false;

  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, no_warning);
  if (!png) return false;
  png_infop info = png_create_info_struct(png);
  // The rows' addresses are made before setjmp: nothing that needs destroying is made after it.
  std::vector<png_bytep> rows(static_cast<std::size_t>(height));
  for (int y = 0; y < height; ++y) rows[static_cast<std::size_t>(y)] = data + static_cast<std::ptrdiff_t>(y) * stride;
  if (!info || setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return false;
  }
  png_set_write_fn(png, &out, write_data, flush_data);
  png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8, PNG_COLOR_TYPE_RGB,
               PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_compression_level(png, 1);
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
  png_write_info(png, info);
  // Cairo's RGB24 is a native-endian 32-bit word 0x00RRGGBB a pixel: on a little-endian machine the
  // bytes B, G, R, unused. libpng drops the unused byte and swaps to R, G, B as it writes.
  if (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__) {
    png_set_bgr(png);
    png_set_filler(png, 0, PNG_FILLER_AFTER);
  } else {
    png_set_filler(png, 0, PNG_FILLER_BEFORE);
  }
  png_write_image(png, rows.data());
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return static_cast<bool>(out);
}

}  // namespace persklaar::pdf
