#pragma once
// Each edition's list of finishing passes over its painted file (see finishing_pass.h), and how it
// is painted. The screen PDF (PDF/UA-1): catalog entries, metadata, link and table details. The
// print PDF (PDF/X-4): catalog entries, page boxes, CMYK colour, output intent and metadata. Both
// get the structure element additions and the artifacts first (pdf_plugin.cc).
#include <string>

#include "core/layout/frame.h"
#include "core/model/publication.h"
#include "plugins/pdf/finishing_pass.h"
#include "plugins/pdf/pdf_painter.h"
#include "plugins/pdf/pdfua_conformance.h"

namespace persklaar::pdf {

struct EditionRecipe {
  PaintOptions paint;
  FinishingPasses passes;
  WriteSettings settings;
};

// `verdict`: whether the file could be claimed as PDF/UA-1, once finished (pdfua_conformance.h).
EditionRecipe screen_edition(const Publication& publication, const std::string& date,
                             std::shared_ptr<PdfuaVerdict> verdict);

// `marks`: with printer's crop marks outside the bleed. Throws std::runtime_error when the layout's
// output profile cannot be read.
EditionRecipe print_edition(const Publication& publication, const LayoutSpec& layout, const std::string& date,
                            bool marks);

}  // namespace persklaar::pdf
