// Tables as a browser's automatic table layout sets them (see table_widths.h): the cells' minimum
// and preferred widths share out the column's measure, cell text wraps ragged (hyphenated where the
// language allows) inside its column, numbers stand right and text left unless the manuscript's
// alignment row says otherwise, and the header row comes again at the top of every column a table
// continues in. A table too wide for a column even at its minimum widths spans the page's columns
// (FlowBlock::across); one too wide for the page is set smaller, down to a floor, with a warning;
// below the floor its words break inside their cells rather than leave them.
#include <glib.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <sstream>

#include "core/layout/block_setter.h"
#include "core/layout/table_widths.h"
#include "core/layout/text_style.h"

namespace persklaar {
namespace {

constexpr double kCellGap = 0.8;  // em of the body text between two columns
// The sizes a too wide table is set down to, tried in turn; the last is the floor.
constexpr double kScaleSteps[] = {0.9, 0.8, 0.75};

double text_width(PangoContext* context, const std::string& text, const FontRole& role) {
  LayoutHandle layout(plain_layout(context, text, role), g_object_unref);
  PangoRectangle extent;
  pango_layout_get_extents(layout.get(), nullptr, &extent);
  return from_pango(extent.width);
}

// Whether a cell reads as a number: digits with at most separators, signs, units and currency.
bool is_numeric(const std::string& text) {
  bool digit = false;
  for (const char* p = text.c_str(); *p; p = g_utf8_next_char(p)) {
    const gunichar c = g_utf8_get_char(p);
    if (g_unichar_isdigit(c)) {
      digit = true;
    } else if (!g_unichar_isspace(c) &&
               !(c < 0x80 && std::string_view(".,%+-$").find(static_cast<char>(c)) != std::string_view::npos) &&
               c != 0x20AC && c != 0x2212 && c != 0x2013) {  // euro sign, minus sign, en dash
      return false;
    }
  }
  return digit;
}

double least_width(const std::vector<ColumnNeeds>& needs) {
  double total = 0;
  for (const ColumnNeeds& column : needs) total += column.minimum;
  return total;
}

// Needs too wide for `room` even at their minimums, made to fit: every column keeps its minimum up
// to one cap, chosen so that they fill the room. The columns of short words keep them whole and
// only the longest words break (hyphenated where the language allows) inside their cells.
std::vector<ColumnNeeds> least_room_needs(std::vector<ColumnNeeds> needs, double room) {
  double low = 0, high = room;
  for (int step = 0; step < 40; ++step) {
    const double cap = (low + high) / 2;
    double total = 0;
    for (const ColumnNeeds& column : needs) total += std::min(column.minimum, cap);
    (total > room ? high : low) = cap;
  }
  for (ColumnNeeds& column : needs) {
    column.minimum = std::min(column.minimum, low);
    column.preferred = std::min(column.preferred, std::max(column.minimum, low));
  }
  return needs;
}

FontRole scaled(FontRole role, double scale) {
  role.size *= scale;  // the leading stays: rows keep to the grid
  return role;
}

}  // namespace

std::vector<ColumnNeeds> BlockSetter::column_needs(const Table& item, const FontRole& head, const FontRole& body,
                                                   double room) const {
  std::size_t columns = std::max(item.alignments.size(), item.header.size());
  for (const auto& row : item.rows) columns = std::max(columns, row.size());
  std::vector<ColumnNeeds> needs(columns);
  auto measure = [&](const std::vector<TableCell>& cells, const FontRole& role) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const StyledText text = styled_text(cells[c].content);
      needs[c].preferred = std::max(needs[c].preferred, text_width(context_, text.text, role));
      std::istringstream words(text.text);
      std::string word;
      while (words >> word) {
        // An address or dotted name breaks at its separators anyway: it does not get to claim more
        // than a fair share of the room as its minimum.
        const bool breaks_anyway = word.find_first_of("/._-?&=@") < word.size() - 1;
        double width = text_width(context_, word, role);
        if (breaks_anyway) width = std::min(width, room / static_cast<double>(columns));
        needs[c].minimum = std::max(needs[c].minimum, width);
      }
    }
  };
  measure(item.header, head);
  for (const auto& row : item.rows) measure(row, body);
  return needs;
}

void BlockSetter::table(const Table& item, int parent, std::vector<FlowBlock>& out, double indent,
                        const SourcePosition& where) {
  const int table_tag = element("Table", parent);
  double measure = column_ - indent;
  FontRole head = spec_.roles.heading3, body = spec_.roles.body;
  std::size_t columns = std::max(item.alignments.size(), item.header.size());
  for (const auto& row : item.rows) columns = std::max(columns, row.size());
  if (columns == 0) return;

  // The widths: as preferred, shared out; a table whose longest words side by side are too wide for
  // a column spans the page's columns (see flow_across.cc); one still too wide is set smaller, down
  // to the floor, and below it the columns of the longest words give way (least_room_widths).
  double gap = kCellGap * body.size;
  double room = measure - gap * static_cast<double>(columns - 1);
  std::vector<ColumnNeeds> needs = column_needs(item, head, body, room);
  const bool across = least_width(needs) > room && indent == 0 && spec_.page.columns > 1;
  if (across) {
    measure = spec_.page.type_area_width();
    room = measure - gap * static_cast<double>(columns - 1);
    needs = column_needs(item, head, body, room);
  }
  double scale = 1;
  for (const double step : kScaleSteps) {
    if (least_width(needs) <= room) break;
    scale = step;
    head = scaled(spec_.roles.heading3, scale);
    body = scaled(spec_.roles.body, scale);
    gap = kCellGap * body.size;
    room = measure - gap * static_cast<double>(columns - 1);
    needs = column_needs(item, head, body, room);
  }
  const bool words_break = least_width(needs) > room;
  TableWidths widths = share_out_widths(words_break ? least_room_needs(needs, room) : needs, room);
  if (scale < 1) {
    char percent[16];
    std::snprintf(percent, sizeof percent, "%.0f %%", scale * 100);
    page_notes_.push_back({where,
                           std::string(across ? "a table too wide for the page" : "a table too wide for the column") +
                               " is set smaller (" + percent + ")" +
                               (words_break ? " and its longest words are broken inside their cells" : ""),
                           "give it fewer columns or shorter cells", nullptr});
  }

  // Each column's alignment: the manuscript's, else numbers right and text left.
  std::vector<Alignment> alignment(columns, Alignment::none);
  for (std::size_t c = 0; c < columns; ++c) {
    if (c < item.alignments.size() && item.alignments[c] != Alignment::none) {
      alignment[c] = item.alignments[c];
      continue;
    }
    bool numeric = !item.rows.empty(), any = false;
    for (const auto& row : item.rows) {
      if (c >= row.size()) continue;
      const std::string text = styled_text(row[c].content).text;
      if (text.empty()) continue;
      any = true;
      numeric = numeric && is_numeric(text);
    }
    alignment[c] = numeric && any ? Alignment::right : Alignment::left;
  }
  std::vector<double> lefts(columns, indent);
  for (std::size_t c = 1; c < columns; ++c) lefts[c] = lefts[c - 1] + widths.columns[c - 1] + gap;

  // One flow block per row: the cells side by side, their lines sharing grid lines.
  auto row_block = [&](const std::vector<TableCell>& cells, bool header) {
    const int row_tag = element("TR", table_tag);
    const FontRole& role = header ? head : body;
    std::vector<FlowBlock> set_cells;
    for (std::size_t c = 0; c < columns; ++c) {
      const StyledText text = c < cells.size() ? styled_text(cells[c].content) : StyledText{};
      // Only words wider than their column are hyphenated: a table reads best with whole words.
      const bool hyphenate = !header && spec_.paragraph.hyphenate && needs[c].minimum > widths.columns[c];
      FlowBlock cell = set(text, role, widths.columns[c], false, 0, hyphenate ? hyphenator_ : nullptr);
      const int cell_tag = element(header ? "TH" : "TD", row_tag);
      for (LineItem& line : cell.lines) {
        const double free = widths.columns[c] - line.width;
        line.x += lefts[c] + (alignment[c] == Alignment::right    ? free
                              : alignment[c] == Alignment::center ? free / 2
                                                                  : 0);
        line.block = cell_tag;
        line.role = LineRole::table_cell;
        if (across) line.measure = measure;  // its room is the whole row's, across the gutters
      }
      set_cells.push_back(std::move(cell));
    }
    FlowBlock row;
    for (std::size_t k = 0;; ++k) {
      bool any = false;
      for (FlowBlock& cell : set_cells) {
        if (k >= cell.lines.size()) continue;
        row.units.push_back(any ? 0 : cell.units[k]);  // the first line on a grid line moves down
        row.lines.push_back(std::move(cell.lines[k]));
        any = true;
      }
      if (!any) break;
    }
    row.splittable = false;
    row.across = across;
    row.min_lines = spec_.paragraph.min_lines_at_break;
    return row;
  };

  std::shared_ptr<const FlowBlock> header_again;
  if (!item.header.empty()) {
    FlowBlock header = row_block(item.header, true);
    FlowBlock repeated = header;
    for (LineItem& line : repeated.lines) line.block = -1;  // a repetition, not content: outside the structure
    header_again = std::make_shared<const FlowBlock>(std::move(repeated));
    header.keep_with_next = true;
    header.space_before = 1;
    out.push_back(std::move(header));
  }
  std::vector<std::size_t> row_ends;
  for (const auto& cells : item.rows) {
    FlowBlock row = row_block(cells, false);
    if (item.header.empty() && row_ends.empty()) row.space_before = 1;
    row.repeat_header = header_again;
    out.push_back(std::move(row));
    row_ends.push_back(out.size() - 1);
  }
  keep_ends_together(out, row_ends);
  if (!out.empty()) out.back().space_after = 1;
}

}  // namespace persklaar
