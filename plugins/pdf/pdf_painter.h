#pragma once
// Painting laid-out pages with Cairo's PDF surface. The painter only walks the frames (it never
// lays anything out): colour fields, then lines in reading order inside their structure tags, with
// link areas, named destinations, an outline, page labels and document metadata.
#include <filesystem>
#include <string>

#include "core/layout/frame.h"
#include "core/model/publication.h"

namespace persklaar::pdf {

// What the screen and print editions paint differently; everything else is the same frames.
struct PaintOptions {
  bool bleed = false;       // print: the page grows by the layout's bleed on every side
  double marks = 0;         // print: room for crop marks outside the bleed, points (0: no marks)
  bool links = true;        // link areas (the print edition has none: PDF/X wants no annotations)
  std::string create_date;  // ISO 8601; fixed so that builds are reproducible
};

// Where the finished page sits on the painted sheet: the offset of the trim from the sheet's corner.
double trim_offset(const PageGeometry& page, const PaintOptions& options);

// Writes the PDF to `file`. Throws std::runtime_error when Cairo reports a failure.
void paint_pdf(const LaidOutPublication& laid_out, const Publication& publication, const PaintOptions& options,
               const std::filesystem::path& file);

}  // namespace persklaar::pdf
