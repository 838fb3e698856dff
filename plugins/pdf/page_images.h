#pragma once
// Page images: every page of the print layout as a PNG, painted by the same painter as the PDF on a
// Cairo image surface, for people who want to look at pages without a PDF viewer, for the preview
// and for tests.
#include <filesystem>
#include <vector>

#include "core/layout/frame.h"
#include "core/model/publication.h"

namespace persklaar::pdf {

struct PageImageOptions {
  double ppi = 144;    // pixels per inch: A4 at 144 ppi is 1191 × 1684 pixels
  bool bleed = false;  // paint the bleed around the trim too (the image grows by it on every side)
};

// Writes page-001.png, page-002.png, … (at least three digits) into `folder`, each through an
// AtomicFile, and removes page images of earlier builds beyond the last page. A page whose painted
// content, resolution and file are unchanged since the last call in this process is not painted
// again (a watching build rewrites only the pages a change touched). Returns every page's file.
std::vector<std::filesystem::path> write_page_images(const LaidOutPublication& laid_out, const Publication& publication,
                                                     const std::filesystem::path& folder,
                                                     const PageImageOptions& options);

}  // namespace persklaar::pdf
