#pragma once
// The EPUB navigation document: the table of contents (every chapter, with its titled sections under
// it, as the contents pass lists them), the landmarks (cover, title page, contents, start of the
// text) and, when the publication was paginated, the page list: one entry per print page, pointing
// at the page-break marker the chapter writer put where that page begins. It is in the reading order
// too, after the title page, so the contents can be read as a page.
#include <string>

#include "core/model/publication.h"
#include "plugins/epub/book_plan.h"

namespace persklaar::epub {

std::string navigation_xhtml(const Publication& publication, const BookPlan& plan);

}  // namespace persklaar::epub
