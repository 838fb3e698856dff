#pragma once
// The cells of the tables in a PDF, as boxes of the words Poppler extracts: each word on a table
// cell's laid-out line (the layout only says which row and column a line belongs to) widens its
// cell's box. Cells of one row must stand apart, left to right.
#include <string>
#include <vector>

#include "tests/layout_check/checked_edition.h"

namespace persklaar::testing {

struct CellBox {
  int page = 0;            // 1-based
  int row = 0;             // the row's structure element
  std::size_t column = 0;  // 0-based, among the row's cells
  double left = 1e9, right = -1e9, top = 1e9, bottom = -1e9;
  std::size_t words = 0;
};

// Every table cell's box on every page it has words on (a repeated header row is not a cell).
std::vector<CellBox> table_cells(const CheckedEdition& edition);

// "page 4, row 12: column 2 [120.0, 190.3] reaches into column 3 [188.1, 250.0]", one per pair of
// neighbouring cells of a row that touch or overlap.
std::vector<std::string> overlapping_cells(const std::vector<CellBox>& cells);

}  // namespace persklaar::testing
