// The print edition shows the same pages as the screen edition: the same words on every page, and,
// rendered with Poppler, the same picture within a small colour difference (CMYK against RGB).
#include <gtest/gtest.h>
#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <tuple>
#include <vector>

#include "tests/print/print_editions.h"

namespace persklaar::testing {
namespace {

// 50.8 dpi: one pixel is half a millimetre, so the 3 mm bleed is exactly 6 pixels.
constexpr double kDpi = 50.8;

using Document = std::unique_ptr<poppler::document>;

Document open(const std::filesystem::path& file) {
  return Document(poppler::document::load_from_file(file.string()));
}

// The mean difference of two renderings, 0…255 per channel.
double mean_difference(const poppler::image& a, const poppler::image& b) {
  const int w = std::min(a.width(), b.width()), h = std::min(a.height(), b.height());
  double total = 0;
  for (int y = 0; y < h; ++y) {
    const auto* ra = reinterpret_cast<const unsigned char*>(a.const_data()) + y * a.bytes_per_row();
    const auto* rb = reinterpret_cast<const unsigned char*>(b.const_data()) + y * b.bytes_per_row();
    for (int x = 0; x < w * 4; ++x) {
      if (x % 4 != 3) total += std::abs(ra[x] - rb[x]);
    }
  }
  return total / (3.0 * w * h);
}

// Each word with its place from the trim's corner, in order of word and place: Poppler's reading
// order may differ between two files whose sheets start at different corners, but the order of
// the same words shifted by one distance does not.
std::vector<std::tuple<std::string, double, double>> placed_words(poppler::page& page, double trim_offset) {
  std::vector<std::tuple<std::string, double, double>> words;
  for (const poppler::text_box& box : page.text_list()) {
    const poppler::byte_array text = box.text().to_utf8();
    words.emplace_back(std::string(text.begin(), text.end()), box.bbox().y() - trim_offset,
                       box.bbox().x() - trim_offset);
  }
  std::sort(words.begin(), words.end());
  return words;
}

class PrintVsScreen : public ::testing::TestWithParam<const char*> {};

TEST_P(PrintVsScreen, SameWordsInTheSamePlacesOnEveryPage) {
  const PrintEditions& editions = sample_editions(GetParam());
  const Document screen = open(editions.screen), print = open(editions.print);
  ASSERT_EQ(screen->pages(), print->pages());
  const double bleed = editions.spec.page.bleed;  // the print sheet's trim starts this far in
  std::size_t words = 0;
  for (int k = 0; k < screen->pages(); ++k) {
    SCOPED_TRACE("page " + std::to_string(k + 1));
    std::unique_ptr<poppler::page> s(screen->create_page(k)), p(print->create_page(k));
    const auto on_screen = placed_words(*s, 0), in_print = placed_words(*p, bleed);
    ASSERT_EQ(on_screen.size(), in_print.size());
    for (std::size_t w = 0; w < on_screen.size(); ++w) {
      ASSERT_EQ(std::get<0>(on_screen[w]), std::get<0>(in_print[w]));
      EXPECT_NEAR(std::get<1>(on_screen[w]), std::get<1>(in_print[w]), 0.05);
      EXPECT_NEAR(std::get<2>(on_screen[w]), std::get<2>(in_print[w]), 0.05);
    }
    words += on_screen.size();
  }
  EXPECT_GT(words, 5000u);
}

TEST_P(PrintVsScreen, SamePicturesWithinASmallColourDifference) {
  const PrintEditions& editions = sample_editions(GetParam());
  const Document screen = open(editions.screen), print = open(editions.print);
  const int offset = static_cast<int>(std::lround(editions.spec.page.bleed / 72 * kDpi));
  poppler::page_renderer renderer;
  double worst = 0;
  int worst_page = 0;
  for (int k = 0; k < screen->pages(); ++k) {
    std::unique_ptr<poppler::page> s(screen->create_page(k)), p(print->create_page(k));
    const poppler::image a = renderer.render_page(s.get(), kDpi, kDpi);
    const poppler::image b = renderer.render_page(p.get(), kDpi, kDpi, offset, offset, a.width(), a.height());
    const double difference = mean_difference(a, b);
    if (difference > worst) worst = difference, worst_page = k + 1;
  }
  std::cout << GetParam() << ": the largest mean difference is " << worst << " of 255, on page " << worst_page << '\n';
  EXPECT_LT(worst, 12.0);
}

INSTANTIATE_TEST_SUITE_P(Layouts, PrintVsScreen, ::testing::Values("magazine-a4.xml", "pocket-a5.xml"));

}  // namespace
}  // namespace persklaar::testing
