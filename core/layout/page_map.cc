#include "core/layout/page_map.h"

#include <set>

namespace persklaar {

std::vector<PageBegin> page_map(const LaidOutPublication& laid_out) {
  std::vector<PageBegin> map;
  std::set<const void*> on_earlier_pages;
  for (const Page& page : laid_out.pages) {
    const LineItem* first = nullptr;
    for (const LineItem& line : page.lines) {
      if (line.source) {
        first = &line;
        break;
      }
    }
    if (first) map.push_back({page.number, first->source, on_earlier_pages.count(first->source) > 0});
    for (const LineItem& line : page.lines) {
      if (line.source) on_earlier_pages.insert(line.source);
    }
  }
  return map;
}

}  // namespace persklaar
