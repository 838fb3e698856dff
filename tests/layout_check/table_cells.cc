#include "tests/layout_check/table_cells.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace persklaar::testing {
namespace {

// The index of `cell` among its row's cells: the structure elements with the same parent before it.
std::size_t column_of(const std::vector<StructureElement>& structure, int cell) {
  std::size_t column = 0;
  for (int k = 0; k < cell; ++k)
    column += structure[static_cast<std::size_t>(k)].parent == structure[static_cast<std::size_t>(cell)].parent;
  return column;
}

std::string span(double left, double right) {
  char text[48];
  std::snprintf(text, sizeof text, "[%.1f, %.1f]", left, right);
  return text;
}

}  // namespace

std::vector<CellBox> table_cells(const CheckedEdition& edition) {
  const LaidOutPublication& laid_out = *edition.print_layout;
  std::map<std::pair<int, int>, CellBox> cells;  // (page, cell element) → its box
  for (std::size_t p = 0; p < laid_out.pages.size() && p < edition.pdf_text.pages.size(); ++p) {
    for (const LineItem& line : laid_out.pages[p].lines) {
      if (line.role != LineRole::table_cell || line.block < 0) continue;
      const StructureElement& element = laid_out.structure[static_cast<std::size_t>(line.block)];
      CellBox& box = cells[{static_cast<int>(p), line.block}];
      box.page = static_cast<int>(p) + 1;
      box.row = element.parent;
      box.column = column_of(laid_out.structure, line.block);
      for (const PdfWord& word : edition.pdf_text.pages[p].words) {
        if (word.middle() < line.baseline - line.ascent || word.middle() > line.baseline + line.descent) continue;
        if (word.left < line.x - 1 || word.right > line.x + line.width + 1) continue;
        box.left = std::min(box.left, word.left);
        box.right = std::max(box.right, word.right);
        box.top = std::min(box.top, word.top);
        box.bottom = std::max(box.bottom, word.bottom);
        ++box.words;
      }
    }
  }
  std::vector<CellBox> out;
  for (const auto& [key, box] : cells) {
    if (box.words > 0) out.push_back(box);
  }
  return out;
}

std::vector<std::string> overlapping_cells(const std::vector<CellBox>& cells) {
  std::map<std::pair<int, int>, std::vector<CellBox>> rows;  // (page, row) → its cells
  for (const CellBox& cell : cells) rows[{cell.page, cell.row}].push_back(cell);
  std::vector<std::string> out;
  for (auto& [where, row] : rows) {
    std::sort(row.begin(), row.end(), [](const CellBox& a, const CellBox& b) { return a.column < b.column; });
    for (std::size_t k = 0; k + 1 < row.size(); ++k) {
      if (row[k].right < row[k + 1].left) continue;
      out.push_back("page " + std::to_string(where.first) + ", row " + std::to_string(where.second) + ": column " +
                    std::to_string(row[k].column + 1) + " " + span(row[k].left, row[k].right) +
                    " reaches into column " + std::to_string(row[k + 1].column + 1) + " " +
                    span(row[k + 1].left, row[k + 1].right));
    }
  }
  return out;
}

}  // namespace persklaar::testing
