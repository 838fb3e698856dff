#include "core/input/content_limits.h"

#include <type_traits>

#include "core/input/limits.h"
#include "core/model/plain_text.h"

namespace persklaar {
namespace {

class ContentLimits {
 public:
  explicit ContentLimits(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  // `depth` is that of the blocks themselves: 1 for a section's.
  void blocks(Blocks& blocks, int depth) {
    for (Block& block : blocks) {
      check_nesting_depth(depth, block.position);
      std::visit([&](auto& item) { this->block(item, block.position, depth); }, block.value);
    }
  }

  // One sequence of running text, a paragraph's or a title's, whose inlines are at `depth`.
  void text(Inlines& inlines, const SourcePosition& where, int depth) {
    if (inlines.empty()) return;
    check_paragraph_size(plain_text(inlines).size(), where);
    int marks = 0;  // combining marks in a row, counted across the pieces of the sequence
    this->inlines(inlines, where, depth, marks);
  }

 private:
  template <typename Item>
  void block(Item& item, const SourcePosition& where, int depth) {
    using T = std::decay_t<Item>;
    if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading>) {
      text(item.content, where, depth + 1);
    } else if constexpr (std::is_same_v<T, List>) {
      for (Blocks& entry : item.items) blocks(entry, depth + 1);
    } else if constexpr (std::is_same_v<T, BlockQuote>) {
      blocks(item.content, depth + 1);
    } else if constexpr (std::is_same_v<T, Testimonial>) {
      blocks(item.content, depth + 1);
      text(item.person, where, depth + 1);
      text(item.role, where, depth + 1);
    } else if constexpr (std::is_same_v<T, Figure>) {
      text(item.alt, where, depth + 1);
      text(item.caption, where, depth + 1);
    } else if constexpr (std::is_same_v<T, Table>) {
      for (TableCell& cell : item.header) text(cell.content, where, depth + 1);
      for (auto& row : item.rows) {
        for (TableCell& cell : row) text(cell.content, where, depth + 1);
      }
    } else if constexpr (std::is_same_v<T, CodeBlock>) {
      int marks = 0;
      cut(item.text, where, marks);
    }
  }

  void inlines(Inlines& inlines, const SourcePosition& where, int depth, int& marks) {
    for (Inline& node : inlines) {
      const SourcePosition& at = node.position.file ? node.position : where;
      check_nesting_depth(depth, at);
      std::visit(
          [&](auto& item) {
            using T = std::decay_t<decltype(item)>;
            if constexpr (std::is_same_v<T, Text> || std::is_same_v<T, Code>) {
              cut(item.text, at, marks);
            } else if constexpr (std::is_same_v<T, Emphasis> || std::is_same_v<T, Strong> || std::is_same_v<T, Link>) {
              this->inlines(item.content, at, depth + 1, marks);
            } else if constexpr (std::is_same_v<T, Image>) {
              this->inlines(item.alt, at, depth + 1, marks);
            } else {
              marks = 0;
            }
          },
          node.value);
    }
  }

  void cut(std::string& text, const SourcePosition& where, int& marks) {
    if (cut_combining_marks(text, marks) && !warned_) {
      warn_combining_marks_cut(where, diagnostics_);
      warned_ = true;
    }
  }

  Diagnostics& diagnostics_;
  bool warned_ = false;
};

}  // namespace

void enforce_content_limits(Publication& publication, Diagnostics& diagnostics) {
  ContentLimits limits(diagnostics);
  for (Chapter& chapter : publication.chapters) {
    limits.text(chapter.title, chapter.position, 1);
    for (Section& section : chapter.sections) {
      limits.text(section.title, section.position, 1);
      limits.blocks(section.blocks, 1);
    }
    for (Note& note : chapter.notes) limits.blocks(note.content, 1);
  }
}

}  // namespace persklaar
