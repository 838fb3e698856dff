// The page images' PNG writer (plugins/pdf/png_file.h): what Cairo painted is what the file holds,
// pixel for pixel, read back with Cairo's own PNG reader.
#include "plugins/pdf/png_file.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <sstream>

namespace persklaar::pdf {
namespace {

cairo_status_t read_from(void* closure, unsigned char* data, unsigned int length) {
  auto& in = *static_cast<std::istringstream*>(closure);
  in.read(reinterpret_cast<char*>(data), length);
  return in.gcount() == static_cast<std::streamsize>(length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR;
}

std::uint32_t pixel(cairo_surface_t* image, int x, int y) {
  const unsigned char* row = cairo_image_surface_get_data(image) + y * cairo_image_surface_get_stride(image);
  std::uint32_t value = 0;
  std::memcpy(&value, row + 4 * x, 4);
  return value & 0xFFFFFF;  // RGB24's top byte is unused
}

TEST(PngFile, HoldsEveryPixelAsPainted) {
  cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 37, 23);  // an odd size: row padding
  cairo_t* cr = cairo_create(image);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_set_source_rgb(cr, 0.8, 0.1, 0.3);  // red, green and blue each different
  cairo_rectangle(cr, 3, 2, 20, 10);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0.1, 0.2, 0.9);
  cairo_arc(cr, 28, 16, 6, 0, 6.3);  // antialiased edges: many shades
  cairo_fill(cr);
  cairo_destroy(cr);
  cairo_surface_flush(image);

  std::ostringstream out;
  ASSERT_TRUE(write_png(image, out));
  std::istringstream in(out.str());
  cairo_surface_t* read = cairo_image_surface_create_from_png_stream(read_from, &in);
  ASSERT_EQ(cairo_surface_status(read), CAIRO_STATUS_SUCCESS);
  ASSERT_EQ(cairo_image_surface_get_width(read), 37);
  ASSERT_EQ(cairo_image_surface_get_height(read), 23);
  int differing = 0;
  for (int y = 0; y < 23; ++y) {
    for (int x = 0; x < 37; ++x) differing += pixel(read, x, y) != pixel(image, x, y);
  }
  EXPECT_EQ(differing, 0);
  EXPECT_EQ(pixel(read, 5, 5), pixel(image, 5, 5));
  EXPECT_NE(pixel(read, 5, 5), 0xFFFFFFu) << "the red rectangle is there";
  cairo_surface_destroy(read);
  cairo_surface_destroy(image);
}

TEST(PngFile, RefusesAnImageWithAnotherPixelFormat) {
  cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_A8, 4, 4);
  std::ostringstream out;
  EXPECT_FALSE(write_png(image, out));
  cairo_surface_destroy(image);
}

}  // namespace
}  // namespace persklaar::pdf
