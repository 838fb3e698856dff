#include "plugins/markdown/cmark_to_model.h"

#include <cmark-gfm-core-extensions.h>

#include <cstring>

#include "core/conventions/testimonial.h"

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

// cmark splits text at every character that might start markup; one run per stretch of text is
// what the passes and the editions want.
void append_merged(Inlines& inlines, Inline node) {
  if (!inlines.empty()) {
    auto* previous = std::get_if<Text>(&inlines.back().value);
    const auto* next = std::get_if<Text>(&node.value);
    if (previous && next) {
      previous->text += next->text;
      return;
    }
  }
  inlines.push_back(std::move(node));
}

Alignment alignment_of(uint8_t code) {
  switch (code) {
    case 'l': return Alignment::left;
    case 'c': return Alignment::center;
    case 'r': return Alignment::right;
    default: return Alignment::none;
  }
}

// A paragraph holding nothing but one image is a figure: the image's title becomes its caption.
std::optional<Figure> figure_from(const Inlines& content) {
  if (content.size() != 1) return std::nullopt;
  const auto* image = std::get_if<Image>(&content.front().value);
  if (!image) return std::nullopt;
  Figure figure{image->source, image->alt, {}};
  if (!image->title.empty()) figure.caption.push_back(Inline{Text{image->title}, content.front().position});
  return figure;
}

}  // namespace

CmarkConverter::CmarkConverter(std::string file, Diagnostics& diagnostics)
    : file_(std::make_shared<const std::string>(std::move(file))), diagnostics_(diagnostics) {}

SourcePosition CmarkConverter::position(cmark_node* node) const {
  return SourcePosition{file_, cmark_node_get_start_line(node), cmark_node_get_start_column(node)};
}

void CmarkConverter::warn_raw_html(cmark_node* node) {
  diagnostics_.warn(position(node), "raw HTML is left out of every edition",
                    "write it as Markdown; see docs/manuscript-format.md");
}

Blocks CmarkConverter::children(cmark_node* parent) {
  Blocks blocks;
  for (cmark_node* child = cmark_node_first_child(parent); child; child = cmark_node_next(child)) {
    blocks.push_back(block(child));
  }
  return blocks;
}

Block CmarkConverter::block(cmark_node* node) {
  const SourcePosition where = position(node);
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH: {
      Inlines content = inlines(node);
      if (auto figure = figure_from(content)) return Block{std::move(*figure), where, {}};
      return Block{Paragraph{std::move(content)}, where, {}};
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
    list.items.push_back(children(item));
  }
  return Block{std::move(list), position(node), {}};
}

Block CmarkConverter::block_quote(cmark_node* node, SourcePosition where) {
  Blocks content = children(node);
  if (auto testimonial = testimonial_from_quote(content)) return Block{std::move(*testimonial), where, {}};
  return Block{BlockQuote{std::move(content)}, where, {}};
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
    case CMARK_NODE_TEXT: return Inline{Text{literal(node)}, where};
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
