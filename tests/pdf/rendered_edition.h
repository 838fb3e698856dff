#pragma once
// A screen PDF made by the real pipeline as `persklaar build` makes it (paginate once, then the pdf
// plugin through the plugin host paints those pages), read back with Poppler and qpdf, beside the
// laid-out pages it was painted from: the tests compare the two.
#include <filesystem>
#include <memory>

#include "core/layout/frame.h"
#include "core/model/publication.h"
#include "tests/pdf/pdf_objects.h"
#include "tests/pdf/pdf_reader.h"
#include "tests/pdf/reading_order.h"
#include "tests/support/temporary_folder.h"

namespace persklaar::testing {

struct RenderedEdition {
  Publication publication;                                 // never moved: the laid-out pages point into it
  std::shared_ptr<const LaidOutPublication> print_layout;  // what the pdf plugin painted
  TemporaryFolder folder;                                  // holds the PDF while the edition lives
  std::filesystem::path file;                              // the PDF
  PdfText text;                                            // Poppler's reading
  PdfObjects objects;                                      // qpdf's reading
  std::vector<PageText> pages;  // each page's lines in reading order, with the layout's geometry

  const LaidOutPublication& laid_out() const { return *print_layout; }
  const LayoutSpec& spec() const { return print_layout->spec; }
  PageFrame frame(std::size_t page_index) const;
};

// Renders the sample manuscript as `pdf` with `layout` (empty: the default layout) and reads it
// back. Throws when the edition fails.
std::unique_ptr<RenderedEdition> render_sample(const std::filesystem::path& layout);

// The sample magazine in the default layout (magazine-a4), made once per test program.
const RenderedEdition& sample_magazine();
// The sample in layouts/pocket-a5.xml, made once per test program.
const RenderedEdition& sample_pocket();

}  // namespace persklaar::testing
