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

struct PaintOptions {
  bool bleed = false;       // print: the media box includes the bleed, trim marks are implied
  std::string create_date;  // ISO 8601; fixed so that builds are reproducible
};

// What Cairo cannot write on a structure element, for finish_pdf to add.
struct ElementAdditions {
  std::string language;  // its own or an ancestor's; empty for the document's
  std::string id;        // a Note's /ID; empty otherwise
};

// Writes the PDF to `file`. Throws std::runtime_error when Cairo reports a failure. Returns the
// additions of every structure element Cairo wrote, in the order it created them (which is the
// order of a depth-first walk of the structure tree).
std::vector<ElementAdditions> paint_pdf(const LaidOutPublication& laid_out, const Publication& publication,
                                        const PaintOptions& options, const std::filesystem::path& file);

}  // namespace persklaar::pdf
