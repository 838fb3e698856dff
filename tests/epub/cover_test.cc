// The cover painter: the accent field, the band of chapter colours and the title, read back from the
// pixels of a rendering.
#include "core/render/cover.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/resources/resource_paths.h"
#include "tests/epub/fixtures.h"
#include "tests/support/pipeline.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

struct Pixel {
  int red, green, blue;
};

class CoverPixels {
 public:
  CoverPixels(const LayoutSpec& layout, int width, int height,
              const Publication& publication = testing::sample_publication())
      : width_(width), height_(height) {
    surface_ = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
    cairo_t* cr = cairo_create(surface_);
    cairo_scale(cr, width / layout.page.width, height / layout.page.height);
    paint_cover(cr, publication, layout, layout.page.width, layout.page.height);
    status_ = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_flush(surface_);
  }
  ~CoverPixels() { cairo_surface_destroy(surface_); }

  cairo_status_t status() const { return status_; }
  Pixel at(double x, double y) const {  // fractions of the width and height
    const unsigned char* data = cairo_image_surface_get_data(surface_);
    const int stride = cairo_image_surface_get_stride(surface_);
    const auto* pixel = reinterpret_cast<const std::uint32_t*>(data + static_cast<int>(y * height_) * stride) +
                        static_cast<int>(x * width_);
    return {static_cast<int>((*pixel >> 16) & 0xff), static_cast<int>((*pixel >> 8) & 0xff),
            static_cast<int>(*pixel & 0xff)};
  }
  // How many pixels of a horizontal strip are (nearly) white.
  int white_pixels(double y_from, double y_to) const {
    int count = 0;
    for (int y = static_cast<int>(y_from * height_); y < static_cast<int>(y_to * height_); ++y) {
      for (int x = 0; x < width_; ++x) {
        const Pixel p = at(static_cast<double>(x) / width_, static_cast<double>(y) / height_);
        count += p.red > 240 && p.green > 240 && p.blue > 240;
      }
    }
    return count;
  }

 private:
  int width_, height_;
  cairo_surface_t* surface_;
  cairo_status_t status_;
};

void expect_color(const Pixel& pixel, const Color& color) {
  EXPECT_NEAR(pixel.red, std::lround(color.red * 255), 1);
  EXPECT_NEAR(pixel.green, std::lround(color.green * 255), 1);
  EXPECT_NEAR(pixel.blue, std::lround(color.blue * 255), 1);
}

TEST(Cover, IsAnAccentFieldWithABandOfTheChapterColoursAndTheTitleAboveIt) {
  const LayoutSpec layout = load_layout(default_layout_file());
  const CoverPixels cover(layout, 495, 700);
  ASSERT_EQ(cover.status(), CAIRO_STATUS_SUCCESS);
  expect_color(cover.at(0.01, 0.01), layout.accent);
  expect_color(cover.at(0.99, 0.99), layout.accent);
  const std::size_t colors = layout.chapter_colors.size();
  for (std::size_t k = 0; k < colors; ++k) {
    expect_color(cover.at((k + 0.5) / static_cast<double>(colors), 0.612), layout.chapter_colors[k]);
  }
  EXPECT_GT(cover.white_pixels(0.45, 0.6), 2000);  // the title, large, just above the band
  EXPECT_GT(cover.white_pixels(0.62, 0.7), 100);   // the subtitle under it
}

// Branding: the demo magazine names a cover photo and a logo; the cover shows the photo under the
// layout's scrim instead of the accent field, and the logo in the layout's corner (top right).
TEST(Cover, ShowsTheCoverPhotoUnderTheScrimAndTheLogoInItsCorner) {
  const LayoutSpec layout = load_layout(default_layout_file());
  const Publication branded = testing::load(testing::source_dir() / "samples" / "buurtblad");
  ASSERT_FALSE(branded.metadata.cover_image.empty());
  const CoverPixels cover(layout, 495, 700, branded);
  ASSERT_EQ(cover.status(), CAIRO_STATUS_SUCCESS);
  // The photo's sky at the top left, darkened by the scrim: not the accent colour.
  const Pixel sky = cover.at(0.05, 0.2);
  EXPECT_GT(std::abs(sky.red - std::lround(layout.accent.red * 255)) +
                std::abs(sky.blue - std::lround(layout.accent.blue * 255)),
            20);
  // The logo's white ring in the top right corner, inside the margin.
  const double logo_left = 1 - (layout.page.margin_outer + layout.cover.logo_width) / layout.page.width;
  EXPECT_GT(cover.white_pixels(0.04, 0.12), 50);
  const Pixel ring = cover.at(logo_left + 0.5 * layout.cover.logo_width / layout.page.width,
                              (layout.page.margin_top * 0.6 + layout.cover.logo_width * 0.12) / layout.page.height);
  EXPECT_GT(ring.red + ring.green + ring.blue, 600);
}

}  // namespace
}  // namespace persklaar
