#pragma once
// Step two of reading Markdown: cmark-gfm's syntax tree becomes the core model's blocks and inlines,
// each with its file, line and column.
#include <cmark-gfm.h>

#include <set>
#include <vector>

#include "core/diagnostics/diagnostic.h"
#include "core/model/block.h"
#include "core/model/note.h"

namespace persklaar::markdown {

class CmarkConverter {
 public:
  CmarkConverter(std::string file, Diagnostics& diagnostics);

  // Throws InputError at the first node nested deeper than the input limits allow; run it before
  // block() so that converting (which recurses once per level) never goes too deep.
  void check_nesting(cmark_node* document) const;
  Block block(cmark_node* node);
  Inlines inlines(cmark_node* parent);  // the inline children of `parent`
  SourcePosition position(cmark_node* node) const;
  // A paragraph holding only `{lang=…}` that ends no quote or list item (core/conventions/
  // block_language.h) marks nothing: true, with a warning, when `block` is one, to leave it out.
  bool drop_stray_language_mark(const Block& block);

  // Footnotes: cmark-gfm moves the definitions to the end of the document, numbered in the order of
  // first reference, and gives each reference that number. The document's definitions are learned
  // first; converting text then records which notes it referred to, and take_referenced_notes()
  // hands over those not handed over before for the same chapter.
  void learn_footnote_definitions(cmark_node* document);
  static bool is_footnote_definition(cmark_node* node);
  Notes take_referenced_notes();
  void start_chapter();  // notes referred to again in a later chapter are copied there

 private:
  // The blocks inside `parent`; a language mark is kept only as the last one, and only when
  // `closing_language_mark` (a quote or list item, which takes it).
  Blocks children(cmark_node* parent, bool closing_language_mark);
  Block list(cmark_node* node);
  Block table(cmark_node* node);
  Block block_quote(cmark_node* node, SourcePosition where);
  Inline inline_node(cmark_node* node);
  void warn_raw_html(cmark_node* node);
  void warn_undefined_footnote(cmark_node* text);

  std::shared_ptr<const std::string> file_;
  Diagnostics& diagnostics_;
  bool warned_undefined_footnote_ = false;
  std::vector<cmark_node*> footnote_definitions_;  // definition n (1-based) at index n - 1
  std::vector<int> referenced_;                    // definitions referred to, not yet handed over
  std::set<int> in_chapter_;                       // definitions handed over to the current chapter
};

}  // namespace persklaar::markdown
