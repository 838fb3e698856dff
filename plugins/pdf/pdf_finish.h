#pragma once
// What Cairo 1.16 cannot write, added with qpdf after painting: the document language in the
// catalog and on structure elements in another language (/Lang, which screen readers need), the display of the title
// rather than the file name, and a stable document ID so that two builds of one manuscript give the same bytes.
#include <filesystem>
#include <string>
#include <vector>

#include "plugins/pdf/pdf_painter.h"

namespace persklaar::pdf {

struct CatalogAdditions {
  std::string language;  // BCP 47, e.g. "nl"
  // For each structure element in depth-first order (what paint_pdf returns): a language becomes
  // its /Lang, an id its /ID. Left alone when the count does not match the tree.
  std::vector<ElementAdditions> elements;
};

// Reads `painted`, adds to its catalog and writes the result to `finished`. Throws std::runtime_error
// with qpdf's message on failure.
void finish_pdf(const std::filesystem::path& painted, const std::filesystem::path& finished,
                const CatalogAdditions& additions);

}  // namespace persklaar::pdf
