#pragma once
// A chapter as an XHTML content document: a section with epub:type "chapter" and role "doc-chapter",
// the title as h1, titled sections as h2 in sections of their kind, headings inside them as h3 and
// deeper (never skipping a level), testimonials as a figure of a blockquote and a figcaption naming
// the person and their role, and the rest as the HTML elements of the same name. `lang` attributes of
// chapters, sections and blocks mark passages in another language. Raw HTML is left out.
//
// Print page numbers: when the pipeline paginated the publication, an empty
// <span epub:type="pagebreak" role="doc-pagebreak" id="page_7" aria-label="7"/> marks where each print
// page begins: before the chapter or section title, or before the block, that starts it. A page that
// begins inside a block's text (a paragraph continued from the page before) is marked after that
// block, as the text edition does: the page map names the block, not the word.
#include <string>

#include "core/diagnostics/diagnostic.h"
#include "core/layout/layout_spec.h"
#include "core/model/publication.h"
#include "plugins/epub/book_plan.h"
#include "plugins/epub/images.h"

namespace persklaar::epub {

struct ChapterContext {
  const Publication& publication;
  const BookPlan& plan;
  const ImageCatalog& images;
  const LayoutSpec& layout;
  Diagnostics& diagnostics;  // links that lead nowhere in the book
};

std::string chapter_xhtml(const ChapterDocument& document, const ChapterContext& context);

// The class naming a chapter's colour in the stylesheet: "chapter-color-3" for the third colour of
// the layout, "accent" for front and back matter.
std::string chapter_color_class(const Chapter& chapter, const LayoutSpec& layout);

}  // namespace persklaar::epub
