#pragma once
// The content limits of core/input/limits.h checked on a publication an input plugin has built, for
// formats whose source is not the text itself (a Word document's XML), where the Markdown reader
// checks them on its source text as it reads: how deep blocks and inline markup nest, how long one
// paragraph is, and how many combining marks follow one character.
#include <string>

#include "core/diagnostics/diagnostic.h"
#include "core/model/publication.h"

namespace persklaar {

// Throws InputError at the first block nested deeper than the nesting limit or paragraph (heading,
// table cell) longer than the paragraph limit. Cuts every run of combining marks to
// kMostCombiningMarks, warning once, at the first run cut.
void enforce_content_limits(Publication& publication, Diagnostics& diagnostics);

}  // namespace persklaar
