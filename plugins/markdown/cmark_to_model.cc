#include "plugins/markdown/cmark_to_model.h"

#include <cmark-gfm-core-extensions.h>

#include <cstdlib>
#include <cstring>
#include <memory>

#include "core/conventions/block_language.h"
#include "core/conventions/figure.h"
#include "core/conventions/testimonial.h"
#include "core/input/limits.h"
#include "core/model/merge_inline.h"
#include "core/model/plain_text.h"

namespace persklaar::markdown {
namespace {

std::string literal(cmark_node* node) {
  const char* text = cmark_node_get_literal(node);
  return text ? text : "";
}

std::string string_or_empty(const char* text) {
  return text ? text : "";
}

bool is_type(cmark_node* node, const char* name) {
  return std::strcmp(cmark_node_get_type_string(node), name) == 0;
}

Alignment alignment_of(uint8_t code) {
  switch (code) {
    case 'l': return Alignment::left;
    case 'c': return Alignment::center;
    case 'r': return Alignment::right;
    default: return Alignment::none;
  }
}

}  // namespace

CmarkConverter::CmarkConverter(std::string file, Diagnostics& diagnostics)
    : file_(std::make_shared<const std::string>(std::move(file))), diagnostics_(diagnostics) {}

SourcePosition CmarkConverter::position(cmark_node* node) const {
  return SourcePosition{file_, cmark_node_get_start_line(node), cmark_node_get_start_column(node)};
}

void CmarkConverter::warn_undefined_footnote(cmark_node* text) {
  const std::string content = literal(text);
  const std::size_t open = content.find("[^");
  if (warned_undefined_footnote_ || open == std::string::npos) return;
  const std::size_t close = content.find(']', open);
  if (close == std::string::npos || close == open + 2) return;
  warned_undefined_footnote_ = true;  // once per file
  const std::string label = content.substr(open, close + 1 - open);
  diagnostics_.warn(position(text), "'" + label + "' looks like a footnote, but no note defines it",
                    "write the note on a line of its own: " + label + ": text of the note");
}

bool CmarkConverter::is_footnote_definition(cmark_node* node) {
  return cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION;
}

void CmarkConverter::learn_footnote_definitions(cmark_node* document) {
  footnote_definitions_.clear();
  for (cmark_node* node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
    if (is_footnote_definition(node)) footnote_definitions_.push_back(node);
  }
}

void CmarkConverter::start_chapter() {
  in_chapter_.clear();
}

Notes CmarkConverter::take_referenced_notes() {
  Notes notes;
  // Converting a note may refer to further notes: keep going until none is pending.
  while (!referenced_.empty()) {
    const int number = referenced_.front();
    referenced_.erase(referenced_.begin());
    if (!in_chapter_.insert(number).second) continue;
    cmark_node* definition = footnote_definitions_[static_cast<std::size_t>(number - 1)];
    notes.push_back(Note{std::to_string(number), 0, children(definition, false), position(definition)});
  }
  return notes;
}

void CmarkConverter::warn_raw_html(cmark_node* node) {
  diagnostics_.warn(position(node), "raw HTML is left out of every edition",
                    "write it as Markdown; see docs/manuscript-format.md");
}

void CmarkConverter::check_nesting(cmark_node* document) const {
  // cmark builds its tree without recursing; walking it with an iterator keeps this check flat too.
  // A list item is no level of its own: the list is.
  const std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(document), cmark_iter_free);
  int depth = 0;
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (node == document || cmark_node_get_type(node) == CMARK_NODE_ITEM || !cmark_node_first_child(node)) continue;
    if (event == CMARK_EVENT_ENTER) {
      check_nesting_depth(++depth, position(node));
    } else {
      --depth;
    }
  }
}

Blocks CmarkConverter::children(cmark_node* parent, bool closing_language_mark) {
  Blocks blocks;
  for (cmark_node* child = cmark_node_first_child(parent); child; child = cmark_node_next(child)) {
    Block converted = block(child);
    const bool closing = closing_language_mark && !cmark_node_next(child);
    if (closing || !drop_stray_language_mark(converted)) blocks.push_back(std::move(converted));
  }
  return blocks;
}

bool CmarkConverter::drop_stray_language_mark(const Block& block) {
  if (!is_language_mark(block)) return false;
  diagnostics_.warn(block.position, "a language mark on a line of its own marks nothing here, so it is ignored",
                    "end the paragraph itself with it (text {lang=en}), or put it last in a quote or list item");
  return true;
}

Block CmarkConverter::block(cmark_node* node) {
  const SourcePosition where = position(node);
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH: {
      Inlines content = inlines(node);
      check_paragraph_size(plain_text(content).size(), where);
      Attributes attributes;
      if (auto figure = figure_from(content, &attributes))
        return Block{std::move(*figure), where, std::move(attributes)};
      attributes = take_block_language(content);
      return Block{Paragraph{std::move(content)}, where, std::move(attributes)};
    }
    case CMARK_NODE_HEADING: return Block{Heading{cmark_node_get_heading_level(node), inlines(node)}, where, {}};
    case CMARK_NODE_LIST: return list(node);
    case CMARK_NODE_BLOCK_QUOTE: return block_quote(node, where);
    case CMARK_NODE_CODE_BLOCK:
      return Block{CodeBlock{string_or_empty(cmark_node_get_fence_info(node)), literal(node)}, where, {}};
    case CMARK_NODE_THEMATIC_BREAK: return Block{ThematicBreak{}, where, {}};
    case CMARK_NODE_HTML_BLOCK: warn_raw_html(node); return Block{RawBlock{"html", literal(node)}, where, {}};
    default:
      if (is_type(node, "table")) return table(node);
      // Another extension's block: keep its text so nothing is lost silently.
      diagnostics_.warn(where, std::string("unsupported Markdown block '") + cmark_node_get_type_string(node) + "'");
      return Block{Paragraph{inlines(node)}, where, {}};
  }
}

Block CmarkConverter::list(cmark_node* node) {
  List list;
  list.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
  list.start = list.ordered ? cmark_node_get_list_start(node) : 1;
  list.delimiter = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ')' : '.';
  list.tight = cmark_node_get_list_tight(node) != 0;
  for (cmark_node* item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
    Blocks entry = children(item, true);
    if (const std::optional<Attributes> language = take_closing_language(entry)) {
      for (Block& block : entry) add_language(block.attributes, *language);
    }
    list.items.push_back(std::move(entry));
  }
  return Block{std::move(list), position(node), {}};
}

Block CmarkConverter::block_quote(cmark_node* node, SourcePosition where) {
  Blocks content = children(node, true);
  Attributes attributes = take_closing_language(content).value_or(Attributes{});
  if (auto testimonial = testimonial_from_quote(content))
    return Block{std::move(*testimonial), where, std::move(attributes)};
  return Block{BlockQuote{std::move(content)}, where, std::move(attributes)};
}

Block CmarkConverter::table(cmark_node* node) {
  Table table;
  const uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
  const uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(node);
  for (uint16_t k = 0; k < columns; ++k) table.alignments.push_back(alignment_of(alignments ? alignments[k] : 0));
  for (cmark_node* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
    std::vector<TableCell> cells;
    for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
      cells.push_back(TableCell{inlines(cell)});
    }
    if (cmark_gfm_extensions_get_table_row_is_header(row)) {
      table.header = std::move(cells);
    } else {
      table.rows.push_back(std::move(cells));
    }
  }
  return Block{std::move(table), position(node), {}};
}

Inlines CmarkConverter::inlines(cmark_node* parent) {
  Inlines result;
  for (cmark_node* child = cmark_node_first_child(parent); child; child = cmark_node_next(child)) {
    append_merged(result, inline_node(child));
  }
  return result;
}

Inline CmarkConverter::inline_node(cmark_node* node) {
  const SourcePosition where = position(node);
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT: warn_undefined_footnote(node); return Inline{Text{literal(node)}, where};
    case CMARK_NODE_FOOTNOTE_REFERENCE: {
      const int number = std::atoi(literal(node).c_str());
      if (number < 1 || static_cast<std::size_t>(number) > footnote_definitions_.size()) {
        return Inline{Text{"[^" + literal(node) + "]"}, where};  // cannot happen with cmark's numbering
      }
      if (!in_chapter_.count(number)) referenced_.push_back(number);
      return Inline{NoteReference{std::to_string(number), 0}, where};
    }
    case CMARK_NODE_SOFTBREAK: return Inline{SoftBreak{}, where};
    case CMARK_NODE_LINEBREAK: return Inline{LineBreak{}, where};
    case CMARK_NODE_CODE: return Inline{Code{literal(node)}, where};
    case CMARK_NODE_EMPH: return Inline{Emphasis{inlines(node)}, where};
    case CMARK_NODE_STRONG: return Inline{Strong{inlines(node)}, where};
    case CMARK_NODE_LINK:
      return Inline{
          Link{string_or_empty(cmark_node_get_url(node)), string_or_empty(cmark_node_get_title(node)), inlines(node)},
          where};
    case CMARK_NODE_IMAGE:
      return Inline{
          Image{string_or_empty(cmark_node_get_url(node)), string_or_empty(cmark_node_get_title(node)), inlines(node)},
          where};
    case CMARK_NODE_HTML_INLINE: warn_raw_html(node); return Inline{RawInline{"html", literal(node)}, where};
    default: return Inline{Text{literal(node)}, where};
  }
}

}  // namespace persklaar::markdown
