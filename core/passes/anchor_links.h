#pragma once
// Links to a place in the manuscript, as authors write them. Persklaar gives a section the id
// "chapter-section" (so that two chapters may each have a "Meta"), but a Markdown document's own
// table of contents links to "#meta", as GitHub and pandoc name a heading: "#meta" the first Meta
// of its file, "#meta-1" the second, "#processexitcode" (GitHub) or "#process.exitcode" (pandoc)
// the heading `process.exitCode`. Such a link is led to the chapter, section or heading of that
// name; else to the one whose slug (slug.h) it is; a name several share, or none, is left as it
// was (the editions then report it).
#include "core/model/publication.h"

namespace persklaar {

// Rewrites every "#name" link target that is no id of the publication but names one chapter,
// section or heading title to that element's id. Run after the ids are assigned.
Publication resolve_anchor_links(Publication publication);

}  // namespace persklaar
