#include "core/model/walk.h"

#include <type_traits>

namespace persklaar {

void for_each_inline_sequence(Blocks& blocks, const std::function<void(Inlines&)>& visit) {
  for (Block& block : blocks) {
    std::visit(
        [&visit](auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading>) {
            visit(item.content);
          } else if constexpr (std::is_same_v<T, List>) {
            for (Blocks& entry : item.items) for_each_inline_sequence(entry, visit);
          } else if constexpr (std::is_same_v<T, BlockQuote>) {
            for_each_inline_sequence(item.content, visit);
          } else if constexpr (std::is_same_v<T, Testimonial>) {
            for_each_inline_sequence(item.content, visit);
            visit(item.person);
            visit(item.role);
          } else if constexpr (std::is_same_v<T, Figure>) {
            visit(item.alt);
            visit(item.caption);
          } else if constexpr (std::is_same_v<T, Table>) {
            for (TableCell& cell : item.header) visit(cell.content);
            for (auto& row : item.rows) {
              for (TableCell& cell : row) visit(cell.content);
            }
          }
        },
        block.value);
  }
}

void for_each_inline_sequence(Publication& publication, const std::function<void(Inlines&)>& visit) {
  for (Chapter& chapter : publication.chapters) {
    visit(chapter.title);
    for (Section& section : chapter.sections) {
      visit(section.title);
      for_each_inline_sequence(section.blocks, visit);
    }
  }
}

}  // namespace persklaar
