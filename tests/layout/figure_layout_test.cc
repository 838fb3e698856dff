// Figures in page building, checked on the laid-out frames: a photo that does not fit in what is
// left of a column waits for the top of the next one while the text after it fills the column (no
// hole), its height is a whole number of grid lines, and a wide one spans the type area.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <string>

#include "core/layout/flow.h"
#include "core/layout/magazine.h"
#include "core/resources/resource_paths.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

std::string paragraphs(int count) {
  std::string text;
  for (int k = 0; k < count; ++k) {
    text +=
        "Dit is een alinea over de buurt en de mensen die er wonen en samen werken aan een betere buurt, "
        "met tafels op het plein en een wandeling langs de rivier op dinsdag.\n\n";
  }
  return text;
}

struct Placed {
  int page = 0;
  const LineItem* line = nullptr;
};

class FigureLayout : public ::testing::Test {
 protected:
  LaidOutPublication lay_out(const std::string& body) {
    std::filesystem::copy_file(testing::source_dir() / "samples/buurtblad/images/plein.jpg",
                               folder_.path() / "plein.jpg");
    std::ofstream(folder_.path() / "blad.md") << "---\ntitle: Figuren\nlanguage: nl\n---\n# Een\n\n" << body;
    publication_ = testing::load(folder_.path() / "blad.md");
    Diagnostics diagnostics;
    return lay_out_publication(publication_, load_layout(default_layout_file()), diagnostics);
  }
  testing::TemporaryFolder folder_;
  Publication publication_;
};

int column_of(const PageGeometry& g, int page, double x) {
  return static_cast<int>(std::floor((x - type_area_left(g, page) + 1) / (g.column_width() + g.gutter)));
}

TEST_F(FigureLayout, APhotoThatDoesNotFitWaitsForTheNextColumnWhileTheTextFillsThisOne) {
  // More and more text before the photo, until the photo no longer fits under it in the column.
  int floated = 0;
  for (int before = 4; before <= 14 && floated == 0; ++before) {
    testing::TemporaryFolder folder;
    std::filesystem::copy_file(testing::source_dir() / "samples/buurtblad/images/plein.jpg",
                               folder.path() / "plein.jpg");
    std::ofstream(folder.path() / "blad.md") << "---\ntitle: Figuren\nlanguage: nl\n---\n# Een\n\n"
                                             << paragraphs(before) << "![Een plein](plein.jpg \"Het plein\")\n\n"
                                             << paragraphs(12);
    const Publication publication = testing::load(folder.path() / "blad.md");
    Diagnostics diagnostics;
    const LaidOutPublication laid_out =
        lay_out_publication(publication, load_layout(default_layout_file()), diagnostics);
    const PageGeometry& g = laid_out.spec.page;
    for (const Page& page : laid_out.pages) {
      for (const LineItem& picture : page.lines) {
        if (!picture.picture) continue;
        const double lines = (picture.baseline - g.margin_top) / g.baseline;
        EXPECT_NEAR(lines, std::round(lines), 1e-6);  // its foot on the grid
        EXPECT_NEAR(picture.width / picture.ascent, 1200.0 / 900.0, 1e-6);
        const int column = column_of(g, page.number, picture.x);
        bool text_above = false, text_below = false;
        double lowest_before = 0;
        for (const LineItem& other : page.lines) {
          if (other.role != LineRole::body) continue;
          const int other_column = column_of(g, page.number, other.x);
          if (other_column == column) (other.baseline < picture.baseline ? text_above : text_below) = true;
          if (other_column == column - 1) lowest_before = std::max(lowest_before, other.baseline);
        }
        if (text_above || column == 0) continue;  // placed where it came up: not this case
        ++floated;
        EXPECT_TRUE(text_below);  // the text goes on under it
        // The column before it is full to within a few grid lines of its last (a paragraph keeps two
        // lines on each side of a column break): no hole.
        const int capacity = static_cast<int>((g.height - g.margin_top - g.margin_bottom) / g.baseline + 1e-6);
        EXPECT_GE(lowest_before, g.margin_top + (capacity - 3) * g.baseline - 0.01) << "page " << page.number;
      }
    }
  }
  EXPECT_EQ(floated, 1);
}

// The second sample's first chapter holds two photos back and ends before the second finds its
// column: the chapter's last paragraph goes along with it rather than leave it alone on a page.
TEST(FigureLayoutSample, NoPageOfTheSecondSampleHoldsAFigureAlone) {
  const Publication publication = testing::load(testing::source_dir() / "samples" / "buurtblad");
  for (const char* layout : {"magazine-a4", "pocket-a5"}) {
    Diagnostics diagnostics;
    const LaidOutPublication laid_out = lay_out_publication(
        publication, load_layout(testing::source_dir() / "layouts" / (std::string(layout) + ".xml")), diagnostics);
    int figures = 0;
    for (const Page& page : laid_out.pages) {
      if (page.kind != PageKind::body && page.kind != PageKind::opener) continue;
      const bool figure =
          std::any_of(page.lines.begin(), page.lines.end(), [](const LineItem& l) { return l.picture; });
      const bool text =
          std::any_of(page.lines.begin(), page.lines.end(), [](const LineItem& l) { return l.role == LineRole::body; });
      figures += figure ? 1 : 0;
      EXPECT_TRUE(!figure || text) << layout << ": page " << page.number << " holds a figure and no text";
    }
    EXPECT_GE(figures, 2) << layout;
  }
}

TEST_F(FigureLayout, AWidePhotoSpansTheTypeArea) {
  const LaidOutPublication laid_out =
      lay_out(paragraphs(2) + "![Een plein](plein.jpg \"Het plein\"){.wide}\n\n" + paragraphs(10));
  const PageGeometry& g = laid_out.spec.page;
  int wide = 0;
  for (const Page& page : laid_out.pages) {
    for (const LineItem& line : page.lines) {
      if (!line.picture) continue;
      ++wide;
      EXPECT_GT(line.width, g.column_width() + g.gutter);
      EXPECT_GE(line.x, type_area_left(g, page.number) - 0.01);
      EXPECT_LE(line.x + line.width, type_area_left(g, page.number) + g.type_area_width() + 0.01);
    }
  }
  EXPECT_EQ(wide, 1);
}

// The lines of the laid-out magazine that hold `word`.
std::vector<std::string> lines_with(const LaidOutPublication& laid_out, const std::string& word) {
  std::vector<std::string> found;
  for (const Page& page : laid_out.pages)
    for (const LineItem& line : page.lines)
      if (line.text.find(word) != std::string::npos) found.push_back(line.text);
  return found;
}

TEST_F(FigureLayout, AMissingPictureWhoseCaptionIsItsDescriptionPrintsItOnce) {
  const LaidOutPublication laid_out = lay_out("![Het plein op dinsdag](weg.jpg \"Het plein op dinsdag\")\n");
  EXPECT_EQ(lines_with(laid_out, "dinsdag"), std::vector<std::string>{"Het plein op dinsdag"});
}

TEST_F(FigureLayout, AMissingPictureShowsItsDescriptionAndItsCaption) {
  const LaidOutPublication laid_out = lay_out("![Tafels op het plein](weg.jpg \"Het plein op dinsdag\")\n");
  EXPECT_EQ(lines_with(laid_out, "plein"), (std::vector<std::string>{"Tafels op het plein", "Het plein op dinsdag"}));
}

// A photo cut short (a copy that stopped half-way) is no picture: the print edition could not
// decode it. The editor is told which file, on which line, and its description stands in its place.
TEST_F(FigureLayout, APhotoCutShortIsAWarningAndItsDescriptionStandsInItsPlace) {
  std::ifstream whole(testing::source_dir() / "samples/buurtblad/images/plein.jpg", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(whole)), std::istreambuf_iterator<char>());
  std::ofstream(folder_.path() / "half.jpg", std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  std::ofstream(folder_.path() / "blad.md") << "---\ntitle: Figuren\nlanguage: nl\n---\n# Een\n\n"
                                               "![Tafels op het plein](half.jpg)\n";
  const Publication publication = testing::load(folder_.path() / "blad.md");
  Diagnostics diagnostics;
  const LaidOutPublication laid_out = lay_out_publication(publication, load_layout(default_layout_file()), diagnostics);
  bool warned = false;
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.message.find("image 'half.jpg' is cut short") != std::string::npos) {
      warned = true;
      EXPECT_EQ(d.where.line, 7);
    }
  }
  EXPECT_TRUE(warned);
  EXPECT_EQ(lines_with(laid_out, "plein"), std::vector<std::string>{"Tafels op het plein"});
}

// A camera's photo often carries a small preview JPEG, with its own start of scan and end, in its
// Exif header before the photo's data: cut short, the photo must still be told from a whole one.
TEST_F(FigureLayout, APhotoCutShortIsToldEvenWithAPreviewImageInItsHeader) {
  std::ifstream whole(testing::source_dir() / "samples/buurtblad/images/plein.jpg", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(whole)), std::istreambuf_iterator<char>());
  const std::string preview = std::string("Exif\0\0\xFF\xD8\xFF\xDA\x00\x02\x12\x34\xFF\xD9", 16);
  const std::size_t length = preview.size() + 2;
  const std::string app1 = std::string("\xFF\xE1") + static_cast<char>(length >> 8) + static_cast<char>(length & 0xFF);
  bytes.insert(2, app1 + preview);  // after the start of image
  std::ofstream(folder_.path() / "half.jpg", std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  std::ofstream(folder_.path() / "blad.md") << "---\ntitle: Figuren\nlanguage: nl\n---\n# Een\n\n"
                                               "![Tafels op het plein](half.jpg)\n";
  const Publication publication = testing::load(folder_.path() / "blad.md");
  Diagnostics diagnostics;
  lay_out_publication(publication, load_layout(default_layout_file()), diagnostics);
  bool warned = false;
  for (const Diagnostic& d : diagnostics.all())
    warned |= d.message.find("'half.jpg' is cut short") != std::string::npos;
  EXPECT_TRUE(warned);
}

}  // namespace
}  // namespace persklaar
