// A JPEG's pixels, decoded by gdk-pixbuf loaded on first use (core/render/pixbuf_library.h), are
// what raster targets paint: compared here with the same file decoded by gdk-pixbuf directly.
#include "core/render/picture.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

std::string bytes_of(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TEST(Picture, AJpegPaintsItsOwnPixelsOnARasterSurface) {
  const std::filesystem::path file = testing::source_dir() / "samples/buurtblad/images/plein.jpg";
  const ImageFile image{file, "image/jpeg", bytes_of(file)};
  std::string why;
  const PictureHandle picture = Picture::load(image, why);
  ASSERT_TRUE(picture) << why;
  const int width = static_cast<int>(picture->width()), height = static_cast<int>(picture->height());

  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
  cairo_t* cr = cairo_create(surface);
  picture->paint(cr, 0, 0, width, height);
  cairo_destroy(cr);
  cairo_surface_flush(surface);

  GError* error = nullptr;
  GdkPixbuf* expected = gdk_pixbuf_new_from_file(file.c_str(), &error);
  ASSERT_TRUE(expected) << (error ? error->message : "");
  const guchar* pixels = gdk_pixbuf_read_pixels(expected);
  const int channels = gdk_pixbuf_get_n_channels(expected), stride = gdk_pixbuf_get_rowstride(expected);
  const unsigned char* painted = cairo_image_surface_get_data(surface);
  const int painted_stride = cairo_image_surface_get_stride(surface);
  int compared = 0, different_from_first = 0;
  for (int y = height / 10; y < height; y += height / 5) {
    for (int x = width / 10; x < width; x += width / 5) {
      const guchar* want = pixels + y * stride + x * channels;
      const auto got = *reinterpret_cast<const uint32_t*>(painted + y * painted_stride + x * 4);
      EXPECT_NEAR(static_cast<int>(got >> 16 & 0xFF), want[0], 2) << "red at " << x << "," << y;
      EXPECT_NEAR(static_cast<int>(got >> 8 & 0xFF), want[1], 2) << "green at " << x << "," << y;
      EXPECT_NEAR(static_cast<int>(got & 0xFF), want[2], 2) << "blue at " << x << "," << y;
      if (want[0] != pixels[0] || want[1] != pixels[1] || want[2] != pixels[2]) ++different_from_first;
      ++compared;
    }
  }
  EXPECT_GE(compared, 16);
  EXPECT_GT(different_from_first, 0) << "a photograph, not one colour";
  g_object_unref(expected);
  cairo_surface_destroy(surface);
}

}  // namespace
}  // namespace persklaar
