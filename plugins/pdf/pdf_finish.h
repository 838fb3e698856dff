#pragma once
// What Cairo 1.16 cannot write, added with qpdf after painting: the document language in the
// catalog (/Lang, which screen readers need), the display of the title rather than the file name,
// and a stable document ID so that two builds of one manuscript give the same bytes.
#include <filesystem>
#include <string>

namespace persklaar::pdf {

struct CatalogAdditions {
  std::string language;  // BCP 47, e.g. "nl"
};

// Reads `painted`, adds to its catalog and writes the result to `finished`. Throws std::runtime_error
// with qpdf's message on failure.
void finish_pdf(const std::filesystem::path& painted, const std::filesystem::path& finished,
                const CatalogAdditions& additions);

}  // namespace persklaar::pdf
