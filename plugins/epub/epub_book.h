#pragma once
// Assembling the whole EPUB: every file of the container, from the publication and the layout. The
// steps, in order: plan the files, collect the images, render the chapters, the navigation and the
// front pages, make the stylesheet and the cover, and describe it all in the package document.
#include <cstdint>
#include <vector>

#include "core/diagnostics/diagnostic.h"
#include "core/layout/layout_spec.h"
#include "core/model/publication.h"
#include "plugins/epub/epub_archive.h"

namespace persklaar::epub {

// The container's entries except `mimetype`, which the archive writer adds first. `timestamp` is
// the build time (build_time.h), written as dcterms:modified.
std::vector<ArchiveEntry> assemble_epub(const Publication& publication, const LayoutSpec& layout,
                                        std::int64_t timestamp, Diagnostics& diagnostics);

// Cuts the fonts down to the characters the book's text uses, before the print pages exist: the
// subsets are remembered (core/render/font_subset.h), so that assemble_epub, which uses the same
// characters (the print pages add only page numbers, in ASCII), finds them made. Paints nothing: it
// may run beside the layout.
void prepare_epub_fonts(const Publication& publication, const LayoutSpec& layout);

}  // namespace persklaar::epub
