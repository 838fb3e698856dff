// The e-book's cover as SVG: the same file from every build, however many Cairo surfaces other
// editions made meanwhile (Cairo names a picture in an SVG after a number counted for the whole
// process).
#include <cairo.h>
#include <gtest/gtest.h>

#include <regex>

#include "core/layout/layout_spec.h"
#include "core/resources/resource_paths.h"
#include "plugins/epub/cover_image.h"
#include "tests/support/pipeline.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

// What the other editions of a build do on their threads: make surfaces and images.
void make_other_surfaces(int count) {
  for (int k = 0; k < count; ++k) {
    cairo_surface_destroy(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 4, 4));
  }
}

TEST(CoverSvg, IsTheSameFileWhateverSurfacesWereMadeBefore) {
  const LayoutSpec layout = load_layout(default_layout_file());
  const Publication photographed = testing::load(testing::source_dir() / "samples" / "buurtblad");
  const std::string first = epub::render_cover_svg(photographed, layout);
  make_other_surfaces(7);
  const std::string second = epub::render_cover_svg(photographed, layout);
  ASSERT_NE(first.find("data:image/jpeg;base64,"), std::string::npos) << "the cover photo is embedded";
  EXPECT_EQ(first, second);
  // Named in order of appearance, each kind from 1; and every reference names a defined id.
  EXPECT_NE(first.find("id=\"image1\""), std::string::npos);
  const std::regex reference("xlink:href=\"#((image|surface)[0-9]+)\"");
  for (auto it = std::sregex_iterator(first.begin(), first.end(), reference); it != std::sregex_iterator(); ++it) {
    EXPECT_NE(first.find("id=\"" + (*it)[1].str() + "\""), std::string::npos) << (*it)[1].str();
  }
}

}  // namespace
}  // namespace persklaar
