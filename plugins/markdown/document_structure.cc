#include "plugins/markdown/document_structure.h"

#include "core/conventions/chapter_builder.h"

namespace persklaar::markdown {

std::vector<Chapter> build_chapters(cmark_node* document, CmarkConverter& converter) {
  ChapterBuilder builder;
  for (cmark_node* node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
    const int level = cmark_node_get_type(node) == CMARK_NODE_HEADING ? cmark_node_get_heading_level(node) : 0;
    if (level == 1) {
      builder.open_chapter(converter.inlines(node), converter.position(node));
    } else if (level == 2) {
      builder.open_section(converter.inlines(node), converter.position(node));
    } else {
      builder.add_block(converter.block(node));
    }
  }
  return builder.take();
}

}  // namespace persklaar::markdown
