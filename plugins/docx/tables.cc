// Tables: rows of cells whose paragraphs become the cell's text. The model's cells hold inline text,
// so a cell's paragraphs are joined with line breaks. Merged cells are read once, in reading order: a
// cell merged across columns is one cell, and the continuation of a vertical merge an empty one.
#include <cstdlib>

#include "core/model/plain_text.h"
#include "plugins/docx/body_reader.h"

namespace persklaar::docx {
namespace {

void append_block_text(const WordBlock& block, Inlines& cell, const SourcePosition& where);

void append_inlines(Inlines content, Inlines& cell, const SourcePosition& where) {
  if (content.empty()) return;
  if (!cell.empty()) cell.push_back(Inline{LineBreak{}, where});
  for (Inline& node : content) cell.push_back(std::move(node));
}

void append_block_text(const WordBlock& block, Inlines& cell, const SourcePosition& where) {
  if (const auto* paragraph = std::get_if<WordParagraph>(&block)) {
    append_inlines(paragraph->content, cell, where);
    return;
  }
  // A table inside a cell: its cells' text, row by row.
  const Table& inner = std::get<WordTable>(block).table;
  for (const TableCell& item : inner.header) append_inlines(item.content, cell, where);
  for (const auto& row : inner.rows) {
    for (const TableCell& item : row) append_inlines(item.content, cell, where);
  }
}

// The children `local` of `parent`, also where content controls or custom XML wrap them (a row of
// cells filled in by a form, a table of rows bound to data).
std::vector<const tinyxml2::XMLElement*> wrapped_children(const tinyxml2::XMLElement* parent, std::string_view local) {
  std::vector<const tinyxml2::XMLElement*> found;
  for (const auto* element : elements(parent)) {
    if (is(element, Ns::word, local)) {
      found.push_back(element);
    } else if (namespace_of(element) == Ns::word &&
               (local_name(element) == "sdt" || local_name(element) == "sdtContent" ||
                local_name(element) == "customXml" || local_name(element) == "ins")) {
      for (const auto* inner : wrapped_children(element, local)) found.push_back(inner);
    }
  }
  return found;
}

}  // namespace

WordTable BodyReader::table(const tinyxml2::XMLElement* element) {
  WordTable result;
  result.position = part_.position(element);
  std::vector<std::vector<TableCell>> rows;
  std::size_t columns = 0;
  for (const auto* row : wrapped_children(element, "tr")) {
    std::vector<TableCell> cells;
    for (const auto* cell : wrapped_children(row, "tc")) {
      const auto* properties = child(cell, Ns::word, "tcPr");
      const char* merge = child_value(properties, "vMerge");
      TableCell read;
      if (!merge || std::string(merge) == "restart") {
        for (const WordBlock& block : blocks(cell)) append_block_text(block, read.content, part_.position(cell));
      }
      cells.push_back(std::move(read));
    }
    columns = std::max(columns, cells.size());
    rows.push_back(std::move(cells));
  }
  for (auto& row : rows) row.resize(columns);
  Table& table = result.table;
  table.alignments.assign(columns, Alignment::none);
  std::size_t first_body_row = 0;
  // The first row is the header when there are rows below it: Word's table styles present it so, and
  // a repeated header row (w:tblHeader) says so outright. A table of one row is all body.
  if (rows.size() > 1) {
    table.header = std::move(rows.front());
    first_body_row = 1;
  }
  for (std::size_t k = first_body_row; k < rows.size(); ++k) table.rows.push_back(std::move(rows[k]));
  return result;
}

}  // namespace persklaar::docx
