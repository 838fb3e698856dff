#pragma once
// Step two of reading Markdown: cmark-gfm's syntax tree becomes the core model's blocks and inlines,
// each with its file, line and column.
#include <cmark-gfm.h>

#include "core/diagnostics/diagnostic.h"
#include "core/model/block.h"

namespace persklaar::markdown {

class CmarkConverter {
 public:
  CmarkConverter(std::string file, Diagnostics& diagnostics);

  Block block(cmark_node* node);
  Inlines inlines(cmark_node* parent);  // the inline children of `parent`
  SourcePosition position(cmark_node* node) const;

 private:
  Blocks children(cmark_node* parent);
  Block list(cmark_node* node);
  Block table(cmark_node* node);
  Block block_quote(cmark_node* node, SourcePosition where);
  Inline inline_node(cmark_node* node);
  void warn_raw_html(cmark_node* node);

  std::shared_ptr<const std::string> file_;
  Diagnostics& diagnostics_;
};

}  // namespace persklaar::markdown
