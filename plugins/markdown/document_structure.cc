#include "plugins/markdown/document_structure.h"

#include "core/conventions/chapter_builder.h"

namespace persklaar::markdown {

std::vector<Chapter> build_chapters(cmark_node* document, CmarkConverter& converter) {
  ChapterBuilder builder;
  converter.learn_footnote_definitions(document);
  for (cmark_node* node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
    if (CmarkConverter::is_footnote_definition(node)) continue;  // notes go where they are referred to
    const int level = cmark_node_get_type(node) == CMARK_NODE_HEADING ? cmark_node_get_heading_level(node) : 0;
    if (level == 1) {
      converter.start_chapter();  // notes referred to again in this chapter are set here too
      builder.open_chapter(converter.inlines(node), converter.position(node));
    } else if (level == 2) {
      builder.open_section(converter.inlines(node), converter.position(node));
    } else {
      Block block = converter.block(node);
      if (!converter.drop_stray_language_mark(block)) builder.add_block(std::move(block));
    }
    // The notes the text converted so far referred to belong to the chapter being built.
    builder.add_notes(converter.take_referenced_notes());
  }
  return builder.take();
}

}  // namespace persklaar::markdown
