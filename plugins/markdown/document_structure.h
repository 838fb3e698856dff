#pragma once
// Step three of reading Markdown: the top-level headings give the publication its shape. "#" opens a
// chapter, "##" a section whose kind comes from its title or class; all other blocks go to the
// section they stand in.
#include <cmark-gfm.h>

#include "core/model/publication.h"
#include "plugins/markdown/cmark_to_model.h"

namespace persklaar::markdown {

// Builds the chapters of one file from the children of cmark's document node. Text before the first
// "#" goes to an untitled front-matter chapter; text before a chapter's first "##" to an untitled
// opening section.
std::vector<Chapter> build_chapters(cmark_node* document, CmarkConverter& converter);

}  // namespace persklaar::markdown
