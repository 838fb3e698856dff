#pragma once
// A manuscript built as `persklaar build` builds it (paginated once, then the pdf and txt editions
// through the real plugins), with what the layout checks need: the laid-out pages, the PDF read back
// with Poppler, and the text edition.
#include <filesystem>
#include <memory>
#include <string>

#include "core/diagnostics/diagnostic.h"
#include "core/layout/frame.h"
#include "core/model/publication.h"
#include "tests/pdf/pdf_reader.h"
#include "tests/support/temporary_folder.h"

namespace persklaar::testing {

struct CheckedEdition {
  Publication publication;                                 // never moved: the laid-out pages point into it
  std::shared_ptr<const LaidOutPublication> print_layout;  // what the pdf plugin painted
  TemporaryFolder folder;                                  // holds the editions while this lives
  std::filesystem::path pdf;
  PdfText pdf_text;          // Poppler's reading of the PDF
  std::string text_edition;  // the accessible plain-text edition
  Diagnostics diagnostics;   // what the build warned about
};

// Builds `manuscript` (a file or folder) with `layout` (empty: the default layout). Throws InputError
// for a manuscript the tool would refuse, std::runtime_error when an edition fails.
std::unique_ptr<CheckedEdition> build_checked_edition(const std::filesystem::path& manuscript,
                                                      const std::filesystem::path& layout);

}  // namespace persklaar::testing
