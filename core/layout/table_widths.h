#pragma once
// Column widths of a table, as a browser's automatic table layout shares them out (CSS 2.1,
// 17.5.2.2): each column has a minimum width (its widest unbreakable word) and a preferred width
// (its longest cell on one line); a table whose preferred widths fit takes them, one that fits only
// at its minimum widths gets the room between in proportion to what each column would like, and
// one that does not even fit at its minimum widths is too wide (the caller then sets it smaller).
// Unlike a browser, a short column (wanting no more than a fair share of the room) is never wrapped
// while a longer one can give way: dates and numbers stay on one line.
#include <vector>

namespace persklaar {

struct ColumnNeeds {
  double minimum = 0;    // points: the widest word of the column's cells
  double preferred = 0;  // points: the widest cell of the column set on one line
};

struct TableWidths {
  std::vector<double> columns;  // points, one per column
  bool fits = true;             // false: even the minimum widths exceed the room (columns are then the minimums)
};

// The widths for `needs` in `room` points (the gaps between columns already taken off).
TableWidths share_out_widths(const std::vector<ColumnNeeds>& needs, double room);

}  // namespace persklaar
