#pragma once
// Painting laid-out pages with Cairo's PDF surface. The painter only walks the frames (it never
// lays anything out): colour fields, then lines in reading order inside their structure tags, with
// link areas, named destinations, an outline, page labels and document metadata.
#include <filesystem>
#include <string>
#include <vector>

#include "core/layout/frame.h"
#include "core/model/publication.h"

namespace persklaar::pdf {

// What an edition may paint differently. The screen and print editions normally share one painting
// (the defaults): the page at its trim size, with links, and the fields at the page edge (cover,
// openers, back cover) already running into the bleed beyond it. Only crop marks need a painting of
// their own, on a sheet grown to hold them.
struct PaintOptions {
  double sheet_margin = 0;  // the sheet grows by this beyond the trim on every side, points
  bool crop_marks = false;  // crop marks outside the bleed (needs sheet_margin > bleed)
  bool links = true;        // link areas (a print-only painting leaves them out)
  std::string create_date;  // ISO 8601; fixed so that builds are reproducible

  bool operator==(const PaintOptions&) const = default;
};

// What Cairo cannot write on a structure element, for a finishing pass to add.
struct ElementAdditions {
  std::string language;  // its own or an ancestor's; empty for the document's
  std::string id;        // a Note's /ID; empty otherwise
  std::string alt;       // a Figure's /Alt; empty otherwise
};

// The author as the document information gives it: the authors, then the publisher.
std::string document_author(const Metadata& metadata);

struct PaintedPdf {
  std::string bytes;
  // The additions of every structure element Cairo wrote, in the order it created them (the order
  // of a depth-first walk of the structure tree).
  std::vector<ElementAdditions> elements;
};

// Paints the PDF. Throws std::runtime_error when Cairo reports a failure.
PaintedPdf paint_pdf(const LaidOutPublication& laid_out, const Publication& publication, const PaintOptions& options);

}  // namespace persklaar::pdf
