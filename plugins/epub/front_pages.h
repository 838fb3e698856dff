#pragma once
// The pages the EPUB puts before the manuscript's own: the cover (the rendered cover image, with a
// description of what it shows as its alt text) and the title page (title, subtitle, authors,
// contributors, publisher and date, as text).
#include <string>

#include "core/model/publication.h"

namespace persklaar::epub {

// What the cover shows, in words: "Omslag: Kenniscafés. Tien kenniscafés uitgelicht. …".
std::string cover_description(const Publication& publication);

std::string cover_xhtml(const Publication& publication);
std::string title_page_xhtml(const Publication& publication);

}  // namespace persklaar::epub
