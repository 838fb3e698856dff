#include "plugins/epub/book_plan.h"

#include <algorithm>
#include <cstdio>

namespace persklaar::epub {
namespace {

std::string numbered(const char* stem, int number) {
  char text[32];
  std::snprintf(text, sizeof text, "%s-%02d", stem, number);
  return text;
}

// Headings may sit in lists and quotes; every id the ids pass gave is a link target.
void collect_anchors(const Blocks& blocks, const std::string& file, std::map<std::string, std::string>& anchors) {
  for (const Block& block : blocks) {
    if (!block.attributes.id.empty()) anchors.emplace(block.attributes.id, file);
    std::visit(
        [&](const auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, BlockQuote> || std::is_same_v<T, Testimonial>) {
            collect_anchors(item.content, file, anchors);
          } else if constexpr (std::is_same_v<T, List>) {
            for (const Blocks& entry : item.items) collect_anchors(entry, file, anchors);
          }
        },
        block.value);
  }
}

}  // namespace

std::string page_break_id(int page) {
  return "page_" + std::to_string(page);
}

std::string file_name_of(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

BookPlan::BookPlan(const Publication& publication) {
  int front = 0, back = 0, untitled = 0;
  for (const Chapter& chapter : publication.chapters) {
    std::string stem;
    switch (chapter.matter) {
      case Matter::front: stem = numbered("front", ++front); break;
      case Matter::back: stem = numbered("back", ++back); break;
      case Matter::body:
        stem = chapter.number > 0 ? numbered("chapter", chapter.number) : numbered("opening", ++untitled);
    }
    ChapterDocument document{&chapter, std::string(kTextFolder) + stem + ".xhtml", stem};
    const std::string file = file_name_of(document.path);
    if (!chapter.attributes.id.empty()) file_of_anchor_.emplace(chapter.attributes.id, file);
    add_pages(chapter.print_pages, file);
    for (const Section& section : chapter.sections) {
      if (!section.attributes.id.empty()) file_of_anchor_.emplace(section.attributes.id, file);
      add_pages(section.print_pages, file);
      collect_anchors(section.blocks, file, file_of_anchor_);
      for (const Block& block : section.blocks) add_pages(block.print_pages, file);
    }
    chapters_.push_back(std::move(document));
  }
  std::stable_sort(print_pages_.begin(), print_pages_.end(),
                   [](const PrintPage& a, const PrintPage& b) { return a.page < b.page; });
}

void BookPlan::add_pages(const std::vector<PrintPageBreak>& pages, const std::string& file) {
  for (const PrintPageBreak& page : pages) {
    const bool known = std::any_of(print_pages_.begin(), print_pages_.end(),
                                   [&](const PrintPage& other) { return other.page == page.page; });
    if (!known) print_pages_.push_back({page.page, file});
  }
}

std::optional<std::string> BookPlan::href(const std::string& id) const {
  const auto found = file_of_anchor_.find(id);
  if (found == file_of_anchor_.end()) return std::nullopt;
  return found->second + "#" + id;
}

}  // namespace persklaar::epub
