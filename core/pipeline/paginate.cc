#include "core/pipeline/paginate.h"

#include <map>

#include "core/layout/magazine.h"
#include "core/layout/page_map.h"
#include "core/resources/resource_paths.h"

namespace persklaar {
namespace {

// Every object a page can begin at, by address, with the list its page breaks go to.
std::map<const void*, std::vector<PrintPageBreak>*> page_break_lists(Publication& publication) {
  std::map<const void*, std::vector<PrintPageBreak>*> lists;
  for (Chapter& chapter : publication.chapters) {
    lists[&chapter] = &chapter.print_pages;
    for (Section& section : chapter.sections) {
      lists[&section] = &section.print_pages;
      for (Block& block : section.blocks) lists[&block] = &block.print_pages;
    }
  }
  return lists;
}

}  // namespace

std::shared_ptr<const LaidOutPublication> paginate(Publication& publication, const LayoutSpec& spec,
                                                   Diagnostics& diagnostics) {
  auto laid_out = std::make_shared<const LaidOutPublication>(lay_out_publication(publication, spec, diagnostics));
  const auto lists = page_break_lists(publication);
  for (const PageBegin& begin : page_map(*laid_out)) {
    if (auto found = lists.find(begin.source); found != lists.end()) {
      found->second->push_back({begin.page, begin.inside});
    }
  }
  publication.print_page_count = static_cast<int>(laid_out->pages.size());
  return laid_out;
}

void paginate_for_editions(Publication& publication, EditionRequest& request, Diagnostics& diagnostics) {
  const LayoutSpec spec = load_layout(request.layout_file.empty() ? default_layout_file() : request.layout_file);
  request.print_layout = paginate(publication, spec, diagnostics);
}

}  // namespace persklaar
