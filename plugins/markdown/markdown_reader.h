#pragma once
// Reading one Markdown manuscript's text into the model: the YAML metadata block, CommonMark (with
// GitHub's pipe tables and footnotes) parsed by cmark-gfm, and Persklaar's conventions for chapters,
// sections and testimonials. The plugin reads the file; this is everything after that, so that a
// fuzz target can reach it without a file.
#include "core/diagnostics/diagnostic.h"
#include "core/input/source_file.h"
#include "core/model/publication.h"

namespace persklaar::markdown {

// `source` has passed the checks of core/input/source_file.h. Throws InputError for what cannot be
// read (a metadata block never closed, nesting beyond the limits, a paragraph too long).
Publication read_markdown(SourceText source, Diagnostics& diagnostics);

}  // namespace persklaar::markdown
