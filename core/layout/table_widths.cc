#include "core/layout/table_widths.h"

#include <algorithm>
#include <numeric>

namespace persklaar {

namespace {

TableWidths proportional(const std::vector<ColumnNeeds>& needs, double room) {
  TableWidths out;
  double minimum = 0, preferred = 0;
  for (const ColumnNeeds& column : needs) {
    minimum += column.minimum;
    preferred += std::max(column.preferred, column.minimum);
  }
  for (const ColumnNeeds& column : needs) {
    const double wanted = std::max(column.preferred, column.minimum);
    if (preferred <= room) {
      out.columns.push_back(wanted);
    } else if (minimum <= room) {
      // Each column gets its minimum and a share of the rest in proportion to how much more it wants.
      const double share = preferred > minimum ? (room - minimum) / (preferred - minimum) : 0;
      out.columns.push_back(column.minimum + (wanted - column.minimum) * share);
    } else {
      out.columns.push_back(column.minimum);
      out.fits = false;
    }
  }
  return out;
}

}  // namespace

TableWidths share_out_widths(const std::vector<ColumnNeeds>& needs, double room) {
  TableWidths plain = proportional(needs, room);
  if (needs.empty() || !plain.fits) return plain;
  // Short columns (a date, a number, a yes or no) are not worth wrapping: a column that wants no more
  // than a fair share of the room keeps its whole preferred width, and the others share the rest.
  const double fair = room / static_cast<double>(needs.size());
  double narrow = 0;
  std::vector<ColumnNeeds> others;
  for (const ColumnNeeds& column : needs) {
    if (std::max(column.preferred, column.minimum) <= fair) {
      narrow += std::max(column.preferred, column.minimum);
    } else {
      others.push_back(column);
    }
  }
  if (others.empty() || others.size() == needs.size()) return plain;
  const TableWidths rest = proportional(others, room - narrow);
  if (!rest.fits) return plain;
  TableWidths out;
  std::size_t next = 0;
  for (const ColumnNeeds& column : needs) {
    const double wanted = std::max(column.preferred, column.minimum);
    out.columns.push_back(wanted <= fair ? wanted : rest.columns[next++]);
  }
  return out;
}

}  // namespace persklaar
