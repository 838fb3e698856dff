// Figures in the PDF editions, read back with qpdf: the demo magazine (samples/buurtblad) has a
// photo in a column, a wide photo and an SVG figure. Every image XObject is painted on the page
// the layout put its figure on, inside its column (across the columns when wide), at its aspect
// ratio; a JPEG is the file's own bytes (/DCTDecode); every described picture is a Figure with its
// /Alt; a decorative one is no Figure; a small image is a warning naming its resolution and page;
// the print edition's images are CMYK and pass the preflight.
#include <cairo.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include "core/layout/flow.h"
#include "core/layout/magazine.h"
#include "core/model/plain_text.h"
#include "core/preflight/content_walk.h"
#include "core/preflight/preflight.h"
#include "core/resources/resource_paths.h"
#include "tests/pdf/pdf_objects.h"
#include "tests/pdf/pdf_reader.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

struct PlacedImage {
  int page = 0;  // 1-based
  preflight_rules::ImagePlacement placement;
};

std::vector<PlacedImage> placed_images(QPDF& pdf) {
  std::vector<PlacedImage> out;
  int number = 0;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    ++number;
    for (const auto& image : preflight_rules::walk_page(page).images) out.push_back({number, image});
  }
  return out;
}

// The /Alt of every Figure element, in the structure's order.
std::vector<std::string> figure_alts(const std::filesystem::path& file) {
  std::vector<std::string> alts;
  for (const testing::PdfElement& element : testing::read_pdf_objects(file).elements) {
    if (element.type == "Figure") alts.push_back(element.alt);
  }
  return alts;
}

class PdfFigures : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    sample_ = new Publication(testing::load(testing::source_dir() / "samples" / "buurtblad"));
    folder_ = new testing::TemporaryFolder();
    testing::render(*sample_, "pdf", folder_->path());
    Diagnostics ignored;
    laid_out_ = new LaidOutPublication(lay_out_publication(*sample_, load_layout(default_layout_file()), ignored));
  }
  static void TearDownTestSuite() {
    delete laid_out_;
    delete folder_;
    delete sample_;
  }
  static std::filesystem::path file() { return folder_->path() / "edition.pdf"; }

  static Publication* sample_;
  static testing::TemporaryFolder* folder_;
  static LaidOutPublication* laid_out_;
};
Publication* PdfFigures::sample_ = nullptr;
testing::TemporaryFolder* PdfFigures::folder_ = nullptr;
LaidOutPublication* PdfFigures::laid_out_ = nullptr;

TEST_F(PdfFigures, EveryImageIsWhereItsFigureIsInsideItsColumnsAtItsAspectRatio) {
  QPDF pdf;
  pdf.processFile(file().c_str());
  const std::vector<PlacedImage> images = placed_images(pdf);
  const PageGeometry& g = laid_out_->spec.page;
  int raster_figures = 0;
  for (const Page& page : laid_out_->pages) {
    for (const LineItem& line : page.lines) {
      if (!line.picture || line.picture->is_vector()) continue;
      ++raster_figures;
      // Where the layout put it, in PDF coordinates (origin bottom left).
      const double x0 = line.x, x1 = line.x + line.width;
      const double y0 = g.height - line.baseline, y1 = g.height - line.baseline + line.ascent;
      const auto found = std::find_if(images.begin(), images.end(), [&](const PlacedImage& image) {
        return image.page == page.number && std::abs(image.placement.x0 - x0) < 0.5 &&
               std::abs(image.placement.x1 - x1) < 0.5 && std::abs(image.placement.y0 - y0) < 0.5 &&
               std::abs(image.placement.y1 - y1) < 0.5;
      });
      ASSERT_NE(found, images.end()) << line.picture->file() << " on page " << page.number;
      const auto& placed = found->placement;
      EXPECT_NEAR(placed.width_pt / placed.height_pt,
                  static_cast<double>(placed.width_px) / static_cast<double>(placed.height_px), 0.005)
          << line.picture->file();
      // Inside one column, or across all of them for a wide figure.
      const double area_left = type_area_left(g, page.number);
      const bool wide = line.measure > g.column_width() + 1;
      if (wide) {
        EXPECT_GE(placed.x0, area_left - 0.01);
        EXPECT_LE(placed.x1, area_left + g.type_area_width() + 0.01);
        EXPECT_GT(placed.x1 - placed.x0, g.column_width() + g.gutter);
      } else {
        bool inside = false;
        for (int c = 0; c < g.columns; ++c) {
          const double left = area_left + c * (g.column_width() + g.gutter);
          inside = inside || (placed.x0 >= left - 0.01 && placed.x1 <= left + g.column_width() + 0.01);
        }
        EXPECT_TRUE(inside) << line.picture->file() << " leaves its column on page " << page.number;
      }
      EXPECT_GE(placed.y0, g.margin_bottom - 0.01);
      EXPECT_LE(placed.y1, g.height - g.margin_top + 0.01);
    }
  }
  EXPECT_EQ(raster_figures, 2);  // the photo in a column and the wide photo
  int figure_images = 0;         // the covers carry the branding (see below)
  const int last = static_cast<int>(laid_out_->pages.size());
  for (const PlacedImage& image : images) figure_images += image.page != 1 && image.page != last ? 1 : 0;
  EXPECT_EQ(figure_images, raster_figures);  // no image the layout did not place
}

// Branding: the cover photo covers the cover page (into the bleed, cropped, at its aspect ratio);
// the logo, one image object, stands on the cover and the back cover.
TEST_F(PdfFigures, TheCoverPhotoFillsTheCoverAndTheLogoIsOnBothCovers) {
  QPDF pdf;
  pdf.processFile(file().c_str());
  const PageGeometry& g = laid_out_->spec.page;
  const int last = static_cast<int>(laid_out_->pages.size());
  std::vector<PlacedImage> cover, back;
  for (const PlacedImage& image : placed_images(pdf)) {
    if (image.page == 1) cover.push_back(image);
    if (image.page == last) back.push_back(image);
  }
  ASSERT_EQ(cover.size(), 2u);
  ASSERT_EQ(back.size(), 1u);
  const auto& photo = cover[0].placement;
  EXPECT_LE(photo.x0, 0.01);
  EXPECT_LE(photo.y0, 0.01);
  EXPECT_GE(photo.x1, g.width - 0.01);
  EXPECT_GE(photo.y1, g.height - 0.01);
  EXPECT_NEAR(photo.width_pt / photo.height_pt, static_cast<double>(photo.width_px) / photo.height_px, 0.005);
  const auto& logo = cover[1].placement;
  EXPECT_EQ(logo.object, back[0].placement.object);  // embedded once
  EXPECT_NEAR(logo.x1 - logo.x0, laid_out_->spec.cover.logo_width, 0.01);
  EXPECT_NEAR(logo.x1, g.width - g.margin_outer, 0.01);  // top right, as the layout says
  EXPECT_GT(logo.y0, g.height / 2);
}

TEST_F(PdfFigures, JpegStreamsAreTheFilesOwnBytes) {
  QPDF pdf;
  pdf.processFile(file().c_str());
  const std::string plein = testing::read_file(testing::source_dir() / "samples/buurtblad/images/plein.jpg");
  const std::string rivier = testing::read_file(testing::source_dir() / "samples/buurtblad/images/rivier.jpg");
  const std::string omslag = testing::read_file(testing::source_dir() / "samples/buurtblad/images/omslag.jpg");
  int jpegs = 0;
  for (const PlacedImage& image : placed_images(pdf)) {
    QPDFObjectHandle stream = pdf.getObjectByID(image.placement.object, 0);
    if (!stream.getDict().getKey("/Filter").isNameAndEquals("/DCTDecode")) continue;
    const auto data = stream.getRawStreamData();
    const std::string raw(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
    EXPECT_TRUE(raw == plein || raw == rivier || raw == omslag) << "image object " << image.placement.object;
    ++jpegs;
  }
  EXPECT_EQ(jpegs, 3);  // the two photos and the cover photo
}

TEST_F(PdfFigures, EachDescribedPictureIsAFigureWithItsAlt) {
  std::vector<std::string> alts = figure_alts(file());
  ASSERT_FALSE(alts.empty());
  EXPECT_THAT(alts.front(), ::testing::HasSubstr(sample_->metadata.title)) << "first the cover's words";
  alts.erase(alts.begin());
  std::vector<std::string> expected;
  for (const Chapter& chapter : sample_->chapters) {
    for (const Section& section : chapter.sections) {
      for (const Block& block : section.blocks) {
        if (const auto* figure = std::get_if<Figure>(&block.value)) expected.push_back(plain_text(figure->alt));
      }
    }
  }
  ASSERT_EQ(expected.size(), 3u);  // photo, chart, wide photo
  EXPECT_EQ(alts, expected);
}

// The footnote in the testimonials: the quotation with its marker ("De wandeling langs de rivier …
// week¹") and the note on the same page.
TEST_F(PdfFigures, TheTestimonialsNoteIsOnThePageOfItsMarker) {
  const testing::PdfText text = testing::read_pdf_text(file());
  int marker_page = -1, note_page = -1;
  for (std::size_t p = 0; p < text.pages.size(); ++p) {
    const auto& words = text.pages[p].words;
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
      if (words[k].text == "wandeling" && words[k + 1].text == "langs") marker_page = static_cast<int>(p);
      if (words[k].text == "wandelgroep" && words[k + 1].text == "vertrekt") note_page = static_cast<int>(p);
    }
  }
  ASSERT_GE(marker_page, 0);
  EXPECT_EQ(note_page, marker_page);
}

// A small logo as a decorative figure: painted, but no Figure; and too few pixels for print.
TEST(PdfFigure, ADecorativePictureIsNoFigureAndALowResolutionIsAWarning) {
  testing::TemporaryFolder folder;
  std::filesystem::copy_file(testing::source_dir() / "samples/buurtblad/images/logo.png", folder.path() / "logo.png");
  std::ofstream(folder.path() / "blad.md") << "---\ntitle: Logo\nlanguage: nl\n---\n# Een\n\nTekst voor het logo.\n\n"
                                              "![](logo.png){.decorative}\n\nTekst na het logo.\n";
  Diagnostics diagnostics;
  const Publication publication = testing::load(folder.path() / "blad.md", diagnostics);
  testing::render(publication, "pdf", folder.path() / "out");
  Diagnostics layout_diagnostics;
  lay_out_publication(publication, load_layout(default_layout_file()), layout_diagnostics);
  bool warned = false;
  for (const Diagnostic& d : layout_diagnostics.all()) {
    if (d.message.find("logo.png' prints at") != std::string::npos) {
      warned = true;
      EXPECT_THAT(d.message, ::testing::HasSubstr("ppi, below the 200 ppi"));
      EXPECT_EQ(d.page, 4);  // cover, colophon, contents, then the chapter's opener
      EXPECT_EQ(d.where.line, 9);
    }
  }
  EXPECT_TRUE(warned);
  EXPECT_EQ(figure_alts(folder.path() / "out" / "edition.pdf").size(), 1u);  // the cover's words only
  QPDF pdf;
  pdf.processFile((folder.path() / "out" / "edition.pdf").c_str());
  EXPECT_EQ(placed_images(pdf).size(), 1u);
}

// The print edition converts the photos to CMYK: no RGB image is left, and the preflight passes.
TEST_F(PdfFigures, ThePrintEditionsImagesAreCmykAndPassThePreflight) {
  testing::render(*sample_, "pdfx", folder_->path() / "print");
  const std::filesystem::path print = folder_->path() / "print" / "edition-print.pdf";
  QPDF pdf;
  pdf.processFile(print.c_str());
  int images = 0;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    const auto content = preflight_rules::walk_page(page);
    images += static_cast<int>(content.images.size());
    for (const auto& colour : content.colours) {
      EXPECT_NE(colour.space, "DeviceRGB") << colour.where;
    }
  }
  EXPECT_GE(images, 2);
  const PreflightReport report = preflight(print, "pdfx");
  EXPECT_TRUE(report.passed()) << preflight_report_text(report);
}

// The print edition converts an image's pixels as qpdf decodes them, in pieces that need not end
// on a whole pixel (a deflated image comes in 64 KiB pieces). A picture whose rows are each one
// colour must come out with every row still one colour, and the rows still different.
TEST(PdfFigure, EveryPixelKeepsItsPlaceWhenThePrintEditionConvertsItToCmyk) {
  testing::TemporaryFolder folder;
  constexpr int kWidth = 401, kHeight = 211;  // 253,833 bytes of RGB: pieces end inside pixels
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, kWidth, kHeight);
  cairo_t* cr = cairo_create(surface);
  for (int row = 0; row < kHeight; ++row) {
    cairo_set_source_rgb(cr, (row * 37 % 256) / 255.0, (row * 91 % 256) / 255.0, (row * 13 % 256) / 255.0);
    cairo_rectangle(cr, 0, row, kWidth, 1);
    cairo_fill(cr);
  }
  cairo_destroy(cr);
  ASSERT_EQ(cairo_surface_write_to_png(surface, (folder.path() / "rijen.png").c_str()), CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy(surface);
  std::ofstream(folder.path() / "blad.md") << "---\ntitle: Rijen\nlanguage: nl\n---\n# Een\n\n"
                                              "![Rijen in kleur](rijen.png)\n";
  Diagnostics diagnostics;
  testing::render(testing::load(folder.path() / "blad.md", diagnostics), "pdfx", folder.path() / "out");

  QPDF pdf;
  pdf.processFile((folder.path() / "out" / "edition-print.pdf").c_str());
  int checked = 0;
  for (QPDFObjectHandle object : pdf.getAllObjects()) {
    if (!object.isStream() || !object.getDict().getKey("/Width").isInteger()) continue;
    if (object.getDict().getKey("/Width").getIntValue() != kWidth) continue;
    EXPECT_EQ(object.getDict().getKey("/ColorSpace").getName(), "/DeviceCMYK");
    const auto data = object.getStreamData(qpdf_dl_all);
    ASSERT_EQ(data->getSize(), std::size_t{kWidth} * kHeight * 4);
    const unsigned char* pixels = data->getBuffer();
    int rows_unlike_the_first = 0;
    for (int row = 0; row < kHeight; ++row) {
      const unsigned char* first = pixels + std::size_t{4} * kWidth * row;
      for (int column = 1; column < kWidth; ++column) {
        ASSERT_EQ(std::memcmp(first, first + 4 * column, 4), 0) << "row " << row << ", column " << column;
      }
      if (std::memcmp(first, pixels, 4) != 0) ++rows_unlike_the_first;
    }
    EXPECT_GT(rows_unlike_the_first, kHeight / 2);
    ++checked;
  }
  EXPECT_EQ(checked, 1);
}

}  // namespace
}  // namespace persklaar
