#pragma once
// Painting laid-out pages with Cairo's PDF surface. The painter only walks the frames (it never
// lays anything out): colour fields, then lines in reading order inside their structure tags, with
// link areas, named destinations, an outline, page labels and document metadata.
#include <cairo.h>

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

// Marks that are not part of the text (PDF/UA's artifacts). Cairo 1.16 cannot write an artifact, so
// the painter paints each inside a structure tag of its own (Cairo accepts only standard names:
// "Private"), and the artifact pass
// (artifact_pass.h) turns that tag's marked content into an artifact and takes the element out of
// the tree.
enum class Artifact {
  none,        // real content
  background,  // the paper
  layout,      // rules, colour fields, numerals and imprints set as decoration
  header,      // a running head (/Pagination /Header)
  footer,      // a folio (/Pagination /Footer)
};

// What Cairo cannot write on a structure element, for a finishing pass to add.
struct ElementAdditions {
  std::string language;  // its own or an ancestor's; empty for the document's
  std::string id;        // a Note's /ID; empty otherwise
  Artifact artifact = Artifact::none;
  std::string alt;       // a Figure's alternative text (the cover's)
  std::string contents;  // a Link's description for its annotation's /Contents: its text or address
};

// The author as the document information gives it: the authors, then the publisher.
std::string document_author(const Metadata& metadata);

struct PaintedPdf {
  std::string bytes;
  // The additions of every structure element Cairo wrote, in the order it created them (the order
  // of a depth-first walk of the structure tree).
  std::vector<ElementAdditions> elements;
};

// Paints one page as the PDF shows it (cover, colour fields, lines), with its trim's top left at the
// current origin of `cr`, without links or tags: for page images on a Cairo image surface.
void paint_page_content(cairo_t* cr, const Page& page, const LaidOutPublication& laid_out,
                        const Publication& publication);

// Paints the PDF. Throws std::runtime_error when Cairo reports a failure.
PaintedPdf paint_pdf(const LaidOutPublication& laid_out, const Publication& publication, const PaintOptions& options);

}  // namespace persklaar::pdf
