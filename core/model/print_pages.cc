#include "core/model/print_pages.h"

namespace persklaar {
namespace {

// The page after applying the breaks that begin at (not inside) a part of the publication.
int page_after_starts(int page, const std::vector<PrintPageBreak>& breaks) {
  for (const PrintPageBreak& page_break : breaks) {
    if (!page_break.inside) page = page_break.page;
  }
  return page;
}

int page_after_inside(int page, const std::vector<PrintPageBreak>& breaks) {
  for (const PrintPageBreak& page_break : breaks) {
    if (page_break.inside) page = page_break.page;
  }
  return page;
}

}  // namespace

std::map<std::string, int> print_page_of_ids(const Publication& publication) {
  std::map<std::string, int> pages;
  if (publication.print_page_count == 0) return pages;
  int page = 0;
  for (const Chapter& chapter : publication.chapters) {
    page = page_after_starts(page, chapter.print_pages);
    if (!chapter.attributes.id.empty()) pages[chapter.attributes.id] = page;
    for (const Section& section : chapter.sections) {
      page = page_after_starts(page, section.print_pages);
      if (!section.attributes.id.empty()) pages[section.attributes.id] = page;
      for (const Block& block : section.blocks) {
        page = page_after_inside(page_after_starts(page, block.print_pages), block.print_pages);
      }
    }
  }
  return pages;
}

}  // namespace persklaar
