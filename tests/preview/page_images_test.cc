// `persklaar build -t png`: one image per page of the print layout, at the resolution asked for,
// read back with Cairo and compared with the screen PDF read back with Poppler.
#include <cairo.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <poppler-document.h>

#include <cmath>
#include <memory>

#include "tests/cli/cli_run.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using testing::persklaar;

struct ImageSize {
  int width = 0, height = 0;
};

ImageSize png_size(const std::filesystem::path& file) {
  cairo_surface_t* image = cairo_image_surface_create_from_png(file.c_str());
  EXPECT_EQ(cairo_surface_status(image), CAIRO_STATUS_SUCCESS) << file;
  const ImageSize size{cairo_image_surface_get_width(image), cairo_image_surface_get_height(image)};
  cairo_surface_destroy(image);
  return size;
}

std::vector<std::filesystem::path> pages_in(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(PageImages, OnePerPageOfThePdfAtTheResolutionAskedFor) {
  testing::TemporaryFolder folder;
  const auto out = folder.path() / "out";
  const auto run = persklaar(
      {"build", testing::sample_manuscript().string(), "-t", "pdf,png", "--ppi", "50", "-o", out.string() + "/"},
      folder);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file((out / "kenniscafes.pdf").string()));
  ASSERT_TRUE(pdf);
  const auto pages = pages_in(out / "kenniscafes-pages");
  ASSERT_EQ(static_cast<int>(pages.size()), pdf->pages());
  EXPECT_EQ(pages.front().filename(), "page-001.png");
  // A4 at 50 ppi: 595.28 × 841.89 pt is 413.4 × 584.6 pixels.
  for (const auto& page : pages) {
    const ImageSize size = png_size(page);
    EXPECT_EQ(size.width, 413) << page;
    EXPECT_EQ(size.height, 585) << page;
  }
}

TEST(PageImages, AreMadeOnlyWhenAskedFor) {
  testing::TemporaryFolder folder;
  const auto out = folder.path() / "out";
  const auto run = persklaar({"build", testing::sample_manuscript().string(), "-o", out.string() + "/"}, folder);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_TRUE(std::filesystem::exists(out / "kenniscafes.pdf"));
  EXPECT_FALSE(std::filesystem::exists(out / "kenniscafes-pages"));
}

TEST(PageImages, AResolutionOutOfRangeIsAUsageError) {
  testing::TemporaryFolder folder;
  const auto run = persklaar({"build", testing::sample_manuscript().string(), "-t", "png", "--ppi", "5"}, folder);
  EXPECT_EQ(run.exit_code, 2) << run.output;
  EXPECT_THAT(run.output, ::testing::HasSubstr("--ppi"));
  EXPECT_FALSE(std::filesystem::exists(folder.path() / "out"));
}

TEST(PageImages, APageThatDisappearsLosesItsImage) {
  testing::TemporaryFolder folder;
  std::string long_chapter;
  for (int k = 0; k < 800; ++k) long_chapter += "Een alinea die het boek langer maakt dan het later is.\n\n";
  const auto manuscript = folder.write("boek.md", "---\ntitle: Boek\n---\n# Een\n\n" + long_chapter);
  const auto out = folder.path() / "out";
  ASSERT_EQ(
      persklaar({"build", manuscript.string(), "-t", "png", "--ppi", "20", "-o", out.string() + "/"}, folder).exit_code,
      0);
  const auto before = pages_in(out / "boek-pages").size();
  folder.write("boek.md", "---\ntitle: Boek\n---\n# Een\n\nTekst.\n");
  ASSERT_EQ(
      persklaar({"build", manuscript.string(), "-t", "png", "--ppi", "20", "-o", out.string() + "/"}, folder).exit_code,
      0);
  const auto after = pages_in(out / "boek-pages");
  EXPECT_LT(after.size(), before);
  EXPECT_EQ(after.back().filename(), "page-" + std::string(3 - std::to_string(after.size()).size(), '0') +
                                         std::to_string(after.size()) + ".png");
}

}  // namespace
}  // namespace persklaar
