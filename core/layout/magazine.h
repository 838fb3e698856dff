#pragma once
// The whole magazine, laid out: cover, colophon, contents with real page numbers, front matter, a
// chapter opener in the chapter's colour for every theme, running heads and folios, back matter and
// a back cover. The result is plain pages of positioned items (frame.h).
#include "core/diagnostics/diagnostic.h"
#include "core/layout/frame.h"
#include "core/model/publication.h"

namespace persklaar {

// Throws InputError when the publication cannot be laid out with this layout; reports lines it could
// not set within the layout's rules in LaidOutPublication::report and as warnings.
LaidOutPublication lay_out_publication(const Publication& publication, const LayoutSpec& spec,
                                       Diagnostics& diagnostics);

}  // namespace persklaar
