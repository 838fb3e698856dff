// The print edition's geometry: every page's boxes for both layouts, crop marks, and the elements at
// the page edge running into the bleed while the text stays inside.
#include <gtest/gtest.h>
#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <memory>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include "tests/print/print_editions.h"

namespace persklaar::testing {
namespace {

using Rectangle = QPDFObjectHandle::Rectangle;

Rectangle box(QPDFPageObjectHelper& page, const char* key) {
  return page.getObjectHandle().getKey(key).getArrayAsRectangle();
}

void expect_boxes(const PrintEditions& editions, double marks) {
  QPDF pdf;
  pdf.processFile(editions.print.c_str());
  const PageGeometry& g = editions.spec.page;
  ASSERT_GT(g.bleed, 8.5);
  int pages = 0;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    ++pages;
    SCOPED_TRACE("page " + std::to_string(pages));
    ASSERT_TRUE(page.getObjectHandle().getKey("/TrimBox").isRectangle());
    ASSERT_TRUE(page.getObjectHandle().getKey("/BleedBox").isRectangle());
    const Rectangle trim = box(page, "/TrimBox"), bleed = box(page, "/BleedBox"), media = box(page, "/MediaBox");
    EXPECT_NEAR(trim.urx - trim.llx, g.width, 0.01);
    EXPECT_NEAR(trim.ury - trim.lly, g.height, 0.01);
    for (double outside : {trim.llx - bleed.llx, trim.lly - bleed.lly, bleed.urx - trim.urx, bleed.ury - trim.ury}) {
      EXPECT_NEAR(outside, g.bleed, 0.01);
    }
    for (double outside :
         {bleed.llx - media.llx, bleed.lly - media.lly, media.urx - bleed.urx, media.ury - bleed.ury}) {
      EXPECT_NEAR(outside, marks, 0.01);
    }
  }
  EXPECT_GT(pages, 4);
}

TEST(PrintGeometry, A4PagesHaveTrimAndBleedBoxesOnEveryPage) {
  expect_boxes(sample_editions("magazine-a4.xml"), 0);
  EXPECT_NEAR(sample_editions("magazine-a4.xml").spec.page.width, 595.28, 0.01);
}

TEST(PrintGeometry, A5PagesFollowTheSameLogic) {
  expect_boxes(sample_editions("pocket-a5.xml"), 0);
}

TEST(PrintGeometry, CropMarksGrowTheSheetButNotTheBleed) {
  expect_boxes(sample_editions("magazine-a4.xml", true), 24);
}

// The print page rendered at 36 dpi over its whole sheet.
poppler::image render(const std::filesystem::path& file, int page_index) {
  std::unique_ptr<poppler::document> document(poppler::document::load_from_file(file.string()));
  std::unique_ptr<poppler::page> page(document->create_page(page_index));
  poppler::page_renderer renderer;
  return renderer.render_page(page.get(), 36, 36);
}

bool white_at(const poppler::image& image, int x, int y) {
  const auto* row = reinterpret_cast<const unsigned char*>(image.const_data()) + y * image.bytes_per_row();
  const unsigned char* pixel = row + x * 4;  // BGRA
  return pixel[0] > 240 && pixel[1] > 240 && pixel[2] > 240;
}

TEST(PrintGeometry, EdgeElementsRunIntoTheBleedAndBodyPagesLeaveItWhite) {
  const PrintEditions& editions = sample_editions("magazine-a4.xml");
  // 3 mm at 36 dpi is about 4 pixels: the outermost pixel row and column lie in the bleed.
  const poppler::image cover = render(editions.print, 0);
  const int w = cover.width(), h = cover.height();
  for (auto [x, y] : {std::pair{0, 0}, {w - 1, 0}, {0, h - 1}, {w - 1, h - 1}, {0, h * 6 / 10 + 4}}) {
    EXPECT_FALSE(white_at(cover, x, y)) << "cover at " << x << "," << y;
  }
  // Every page is white in its bleed unless its layout put a field at the edge; at least one
  // chapter opener has its colour field there.
  std::unique_ptr<poppler::document> document(poppler::document::load_from_file(editions.print.string()));
  int coloured_edges = 0, white_edges = 0;
  for (int k = 1; k < document->pages() - 1; ++k) {
    const poppler::image page = render(editions.print, k);
    (white_at(page, 0, 0) ? white_edges : coloured_edges) += 1;
  }
  EXPECT_GT(coloured_edges, 0);
  EXPECT_GT(white_edges, coloured_edges);
}

}  // namespace
}  // namespace persklaar::testing
