#include "core/layout/code_block.h"

#include <glib.h>

#include <cmath>
#include <string_view>

#include "core/layout/block_setter.h"
#include "core/layout/text_style.h"

namespace persklaar {
namespace {

constexpr std::string_view kBreakAfter = " /.-_?&=,;:)]}>";

// Byte offsets of the characters of `text`, and text.size() at the end.
std::vector<std::size_t> character_starts(const std::string& text) {
  std::vector<std::size_t> starts;
  for (const char* p = text.c_str(); *p; p = g_utf8_next_char(p))
    starts.push_back(static_cast<std::size_t>(p - text.c_str()));
  starts.push_back(text.size());
  return starts;
}

}  // namespace

std::string expand_tabs(const std::string& line) {
  std::string out;
  std::size_t column = 0;
  for (const char* p = line.c_str(); *p; p = g_utf8_next_char(p)) {
    if (*p == '\t') {
      do out += ' ';
      while (++column % 4 != 0);
      continue;
    }
    out.append(p, static_cast<std::size_t>(g_utf8_next_char(p) - p));
    ++column;
  }
  return out;
}

std::vector<std::string> wrap_code_line(const std::string& line, std::size_t columns, std::size_t mark_columns) {
  mark_columns = std::max<std::size_t>(mark_columns, 1);
  columns = std::max(columns, mark_columns + 1);
  std::vector<std::string> pieces;
  std::string rest = line;
  for (;;) {
    const std::vector<std::size_t> starts = character_starts(rest);
    const std::size_t characters = starts.size() - 1;
    if (characters <= columns) break;
    const std::size_t room = columns - mark_columns;
    std::size_t cut = room;
    for (std::size_t k = room; k > room / 2; --k) {
      if (kBreakAfter.find(rest[starts[k - 1]]) != std::string_view::npos) {
        cut = k;
        break;
      }
    }
    // The mark stands in the last column, whatever the piece's length, so marks line up.
    std::string piece = rest.substr(0, starts[cut]);
    std::size_t length = cut;
    while (!piece.empty() && piece.back() == ' ') {
      piece.pop_back();
      --length;
    }
    pieces.push_back(piece + std::string(room - length, ' ') + kCodeContinuation);
    rest = rest.substr(starts[cut]);
  }
  pieces.push_back(rest);
  return pieces;
}

void BlockSetter::code(const CodeBlock& item, int parent, std::vector<FlowBlock>& out, double indent) {
  const int tag = element("Code", parent);
  const FontRole& role = spec_.roles.code;
  const double measure = column_ - indent;
  // A monospace face: every character takes the advance of a zero.
  LayoutHandle zero(plain_layout(context_, "0", role), g_object_unref);
  PangoRectangle extent;
  pango_layout_get_extents(zero.get(), nullptr, &extent);
  const double advance = std::max(from_pango(extent.width), 0.1);
  const auto columns = static_cast<std::size_t>(std::floor((measure + 0.01) / advance));
  // The continuation mark as drawn: JetBrains Mono has no ↩, so a wider face draws it.
  LayoutHandle mark(plain_layout(context_, kCodeContinuation, role), g_object_unref);
  pango_layout_get_extents(mark.get(), nullptr, &extent);
  const auto mark_columns = static_cast<std::size_t>(std::ceil(from_pango(extent.width) / advance - 0.01));

  std::string text = item.text;
  while (!text.empty() && text.back() == '\n') text.pop_back();
  FlowBlock block;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    for (const std::string& piece :
         wrap_code_line(expand_tabs(text.substr(begin, end - begin)), columns, mark_columns)) {
      StyledText styled;
      styled.text = piece;
      FlowBlock set = this->set(styled, role, measure, false);
      if (set.lines.empty()) {  // a blank line of code keeps its grid line
        set.lines.emplace_back();
        set.units.push_back(units(role.leading));
      }
      for (std::size_t k = 0; k < set.lines.size(); ++k) {
        set.lines[k].x += indent;
        set.lines[k].block = tag;
        block.lines.push_back(std::move(set.lines[k]));
        block.units.push_back(set.units[k]);
      }
    }
    begin = end + 1;
  }
  block.space_before = 1;
  block.space_after = 1;
  block.min_lines = spec_.paragraph.min_lines_at_break;
  out.push_back(std::move(block));
}

}  // namespace persklaar
