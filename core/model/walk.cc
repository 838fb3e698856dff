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
    for (Note& note : chapter.notes) for_each_inline_sequence(note.content, visit);
  }
}

void for_each_inline_sequence(const Blocks& blocks, const std::function<void(const Inlines&)>& visit) {
  // The walk only reads when the visitor does; one traversal serves both.
  for_each_inline_sequence(const_cast<Blocks&>(blocks), [&visit](Inlines& inlines) { visit(inlines); });
}

void for_each_link(Inlines& inlines, const std::function<void(Link&)>& visit) {
  for (Inline& node : inlines) {
    std::visit(
        [&visit](auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, Link>) visit(item);
          if constexpr (kHoldsInlines<T>) for_each_link(item.content, visit);
        },
        node.value);
  }
}

void for_each_link(const Inlines& inlines, const std::function<void(const Link&)>& visit) {
  for_each_link(const_cast<Inlines&>(inlines), [&visit](Link& link) { visit(link); });
}

void for_each_note_reference(Inlines& inlines, const std::function<void(NoteReference&)>& visit) {
  for (Inline& node : inlines) {
    std::visit(
        [&visit](auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, NoteReference>) {
            visit(item);
          } else if constexpr (kHoldsInlines<T>) {
            for_each_note_reference(item.content, visit);
          }
        },
        node.value);
  }
}

void for_each_note_reference(const Inlines& inlines, const std::function<void(const NoteReference&)>& visit) {
  for_each_note_reference(const_cast<Inlines&>(inlines), [&visit](NoteReference& reference) { visit(reference); });
}

}  // namespace persklaar
