#pragma once
// Where the print edition's pages begin, in terms of the model: for every page, the model object
// whose text comes first on it. The e-book and the text edition use it to carry the real page
// numbers of the print edition (EPUB page-list and page-break markers).
#include <string>
#include <vector>

#include "core/layout/frame.h"

namespace persklaar {

struct PageBegin {
  int page = 0;
  // The first model object with text on the page: a top-level Block of a section, a Section (its
  // title) or a Chapter (its title); compare by address with the publication that was laid out.
  const void* source = nullptr;
  // The page begins inside that object's text (a paragraph continued from the page before), not at
  // its start.
  bool inside = false;
};

// One entry per page that has text from the publication, in page order. Pages of pure furniture
// (cover, colophon, contents, blank pages) are left out.
std::vector<PageBegin> page_map(const LaidOutPublication& laid_out);

}  // namespace persklaar
