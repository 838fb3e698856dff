#pragma once
// Pagination: the print layout is made once per build, before any edition is rendered. Its page
// map is written into the model (print_pages on chapters, sections and blocks), so that every
// edition can carry the print edition's page numbers; the laid-out pages themselves are handed to
// the PDF edition, which then does not lay out again.
#include <memory>

#include "core/layout/frame.h"
#include "core/model/publication.h"
#include "core/pipeline/build_editions.h"

namespace persklaar {

// Lays `publication` out with `spec` and records where each page begins. Every line that could not
// be set as the layout asks is a warning at its paragraph's manuscript line; every diagnostic the
// layout makes concerns the "pdf" edition and carries the print page. Returns the layout, which
// points into `publication`: keep both together and unchanged.
std::shared_ptr<const LaidOutPublication> paginate(Publication& publication, const LayoutSpec& spec,
                                                   Diagnostics& diagnostics);

// Paginates with the layout `request` names (or the default layout) and hands the result to the
// editions through `request.print_layout`. Throws InputError for a broken layout file.
void paginate_for_editions(Publication& publication, EditionRequest& request, Diagnostics& diagnostics);

}  // namespace persklaar
