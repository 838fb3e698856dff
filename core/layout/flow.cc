#include "core/layout/flow.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace persklaar {

double type_area_left(const PageGeometry& page, int page_number) {
  const bool right_hand = !page.facing || page_number % 2 == 1;
  return right_hand ? page.margin_inner : page.margin_outer;
}

PageBuilder::PageBuilder(const LayoutSpec& spec, LaidOutPublication& out) : spec_(spec), out_(out) {
  const PageGeometry& page = spec.page;
  capacity_ = static_cast<int>((page.height - page.margin_top - page.margin_bottom) / page.baseline + 1e-6);
}

Page& PageBuilder::current_page() {
  return out_.pages.back();
}

double PageBuilder::grid_top() const {
  return spec_.page.margin_top;
}

double PageBuilder::column_left(int column) const {
  const PageGeometry& page = spec_.page;
  return type_area_left(page, static_cast<int>(out_.pages.size())) + column * (page.column_width() + page.gutter);
}

void PageBuilder::place_notes() {
  if (out_.pages.empty()) return;
  notes_.place(current_page(), column_left(column_), grid_top(), capacity_ - foot_reserved_, used_, spec_.page.baseline,
               spec_.accent, spec_.page.column_width());
}

void PageBuilder::finish_carried_notes() {
  while (notes_.has_carried()) {
    if (column_ + 1 < spec_.page.columns && !across_) {
      ++column_;
      used_ = start_.reserved_units;
    } else {
      PageStart next = start_;
      next.kind = PageKind::body;
      next.reserved_units = 0;
      notes_.new_page();
      open_page(next);
    }
    notes_.start_column();
    place_notes();
  }
}

void PageBuilder::new_page(const PageStart& start) {
  flush();
  place_notes();
  finish_carried_notes();  // the rest of a split note stays in its chapter
  notes_.new_page();
  open_page(start);
}

void PageBuilder::open_page(const PageStart& start) {
  start_ = start;
  Page page;
  page.number = static_cast<int>(out_.pages.size()) + 1;
  page.kind = start.kind;
  page.chapter = start.chapter;
  out_.pages.push_back(std::move(page));
  column_ = 0;
  used_ = start.reserved_units;
  foot_reserved_ = 0;
  across_ = false;
  mark_ = FlowMark{};
  page_segments_.clear();
  segment_serial_ = -1;
}

void PageBuilder::next_column() {
  if (!balancing_) place_notes();
  if (column_ + 1 < spec_.page.columns && !across_) {
    ++column_;
    used_ = start_.reserved_units;
    if (!balancing_) {
      notes_.start_column();
      place_held_figures();
    }
    return;
  }
  if (balancing_) {
    overflowed_ = true;
    return;
  }
  next_page();
}

void PageBuilder::next_page() {
  PageStart next = start_;
  next.kind = PageKind::body;
  next.reserved_units = 0;
  const auto held = std::move(pending_);
  pending_.clear();
  auto wide = std::move(held_wide_);
  held_wide_.clear();
  auto figures = std::move(held_figures_);  // for the new page, not to be flushed onto the full one
  held_figures_.clear();
  const bool across = across_;  // a band across the columns runs on over the new page
  place_notes();
  notes_.new_page();
  open_page(next);
  notes_.start_column();  // the rest of a note split at the foot of the page before
  across_ = across;
  for (FlowBlock& figure : wide) place_wide(figure);
  pending_ = held;
  held_figures_ = std::move(figures);
  place_held_figures();
}

void PageBuilder::place_wide_at_foot(FlowBlock& block) {
  const int saved = used_;
  used_ = capacity_ - units_of(block, 0, block.lines.size());
  placing_wide_ = true;
  place_lines(block, 0, block.lines.size());
  placing_wide_ = false;
  used_ = saved;
  foot_reserved_ = units_of(block, 0, block.lines.size()) + block.space_before;
}

bool PageBuilder::hold_figure(FlowBlock& block) {
  if (balancing_) return false;
  if (block.wide) {
    const bool page_is_empty = column_ == 0 && used_ == start_.reserved_units && !mark_.set &&
                               (start_.kind == PageKind::body || start_.kind == PageKind::opener);
    const int needed = units_of(block, 0, block.lines.size()) + block.space_before;
    const bool fits_at_foot = column_ == 0 && foot_reserved_ == 0 && needed <= room() - 2 &&
                              (start_.kind == PageKind::body || start_.kind == PageKind::opener);
    if (page_is_empty && held_wide_.empty()) {
      place_wide(block);
    } else if (fits_at_foot && held_wide_.empty()) {
      place_wide_at_foot(block);
    } else {
      held_wide_.push_back(std::move(block));
    }
    return true;
  }
  if (!block.floating || !pending_.empty()) return false;  // a heading held for it goes along with it
  const int needed = (used_ > start_.reserved_units ? block.space_before : 0) + units_of(block, 0, block.lines.size());
  if (held_figures_.empty() && (needed <= room() || used_ <= start_.reserved_units)) return false;
  held_figures_.push_back(std::move(block));
  return true;
}

void PageBuilder::place_held_figures() {
  auto held = std::move(held_figures_);
  held_figures_.clear();
  for (std::size_t k = 0; k < held.size(); ++k) {
    // The first goes at the top of this column whatever its size; the others only where they fit,
    // or the text would leave a hole here while they move on.
    if (k > 0 && held[k].space_before + units_of(held[k], 0, held[k].lines.size()) > room()) {
      held_figures_.assign(std::make_move_iterator(held.begin() + static_cast<long>(k)),
                           std::make_move_iterator(held.end()));
      return;
    }
    place(held[k]);
  }
}

void PageBuilder::place_wide(FlowBlock& block) {
  placing_wide_ = true;
  place_lines(block, 0, block.lines.size());
  placing_wide_ = false;
  used_ = std::min(capacity_ - 1, used_ + block.space_after);
  start_.reserved_units = used_;  // every column of this page starts below the figure
}

int PageBuilder::grid_lines(const FlowBlock& block, std::size_t from, std::size_t to) {
  return static_cast<int>(std::count_if(block.units.begin() + static_cast<long>(from),
                                        block.units.begin() + static_cast<long>(to),
                                        [](int units) { return units > 0; }));
}

int PageBuilder::room() const {
  return capacity_ - used_ - notes_.used() - foot_reserved_;
}

int PageBuilder::units_of(const FlowBlock& block, std::size_t from, std::size_t to) const {
  return std::accumulate(block.units.begin() + static_cast<long>(from), block.units.begin() + static_cast<long>(to), 0);
}

void PageBuilder::add(FlowBlock block) {
  if (out_.pages.empty()) new_page(PageStart{});
  if (block.across && spec_.page.columns > 1 && !across_) start_across();
  if (!block.across && across_) end_across();
  if (hold_figure(block)) return;
  if (block.keep_with_next) {
    pending_.push_back(std::move(block));
    return;
  }
  // Held headings go with the start of this block: if they and its first lines do not fit in what
  // is left of the column, all of them move on.
  if (!pending_.empty()) {
    int needed = 0;
    for (const FlowBlock& held : pending_)
      needed += (used_ > start_.reserved_units ? held.space_before : 0) + units_of(held, 0, held.lines.size());
    // The lines that must come with the headings: the first min_lines of a paragraph that may be
    // split, or all of a block that may not (or that is too short to split).
    const std::size_t count = block.lines.size();
    const bool can_split = block.splittable && grid_lines(block, 0, count) >= 2 * block.min_lines;
    std::size_t first_lines = count;
    if (can_split) {  // the lines of the first min_lines grid lines
      first_lines = 0;
      while (first_lines < count && grid_lines(block, 0, first_lines) < block.min_lines) ++first_lines;
      while (first_lines < count && block.units[first_lines] == 0) ++first_lines;
    }
    needed += block.space_before + units_of(block, 0, first_lines);
    if (needed > room() && used_ > start_.reserved_units) next_column();
    auto held = std::move(pending_);
    pending_.clear();
    for (FlowBlock& heading : held) place(heading);
  }
  place(block);
}

bool PageBuilder::balance() {
  flush();
  if (out_.pages.empty() || spec_.page.columns < 2 || !mark_.set || page_segments_.empty() || across_) return false;
  if (notes_.has_notes_on_page()) return false;  // footnotes stand at the foot of full columns
  if (foot_reserved_ > 0) return false;          // the columns end on the wide figure at the foot
  Page& page = current_page();
  const Page saved = page;
  const int saved_column = column_, saved_used = used_, saved_capacity = capacity_;
  int total = 0;
  for (const FlowBlock& segment : page_segments_)
    total += segment.space_before + units_of(segment, 0, segment.lines.size());
  const int reserved = start_.reserved_units;
  const int shortest = reserved + (total + spec_.page.columns - 1) / spec_.page.columns;
  const std::vector<FlowBlock> segments = page_segments_;
  for (int height = shortest; height < saved_capacity; ++height) {
    page.lines.resize(mark_.lines);
    page.rules.resize(mark_.rules);
    page.anchors.resize(mark_.anchors);
    column_ = 0;
    used_ = reserved;
    capacity_ = height;
    balancing_ = true;
    overflowed_ = false;
    int kept_column = -1;  // the column of a heading placed just before, -1 for none
    for (std::size_t s = 0; s < segments.size() && !overflowed_; ++s) {
      FlowBlock segment = segments[s];
      if (segment.keep_with_next && s + 1 < segments.size()) keep_with(segment, segments[s + 1]);
      if (overflowed_) break;
      const std::size_t first_line = page.lines.size();
      place(segment);
      // A heading whose text went on to the next column makes this height a failed trial.
      if (kept_column >= 0 && first_line < page.lines.size() && !segment.lines.empty() &&
          std::abs(page.lines[first_line].x - segment.lines.front().x - column_left(kept_column)) > 1e-6) {
        overflowed_ = true;
      }
      kept_column = segment.keep_with_next ? column_ : -1;
    }
    balancing_ = false;
    capacity_ = saved_capacity;
    if (!overflowed_) {
      balanced_height_ = height;
      return true;
    }
  }
  page = saved;  // no shorter columns hold it all: keep the page as it was
  column_ = saved_column;
  used_ = saved_used;
  overflowed_ = false;
  return false;
}

void PageBuilder::keep_with(const FlowBlock& block, const FlowBlock& next) {
  if (used_ <= start_.reserved_units) return;
  std::size_t first_lines = next.lines.size();
  if (next.splittable && grid_lines(next, 0, first_lines) >= 2 * next.min_lines) {
    first_lines = 0;
    while (first_lines < next.lines.size() && grid_lines(next, 0, first_lines) < next.min_lines) ++first_lines;
  }
  const int needed =
      block.space_before + units_of(block, 0, block.lines.size()) + next.space_before + units_of(next, 0, first_lines);
  if (needed > room()) next_column();
}

void PageBuilder::flush() {
  auto held = std::move(pending_);
  pending_.clear();
  for (FlowBlock& block : held) place(block);
  const bool first_fits =
      held_figures_.empty() || used_ <= start_.reserved_units ||
      held_figures_.front().space_before + units_of(held_figures_.front(), 0, held_figures_.front().lines.size()) <=
          room();
  if (first_fits) place_held_figures();
  if (!held_figures_.empty()) {
    // The text has ended before a figure found its column: its last paragraph goes along, so the
    // figure does not stand alone in a column (a page) of its own.
    std::optional<FlowBlock> last = take_back_last_paragraph();
    while (!held_figures_.empty()) next_column();  // each new column takes at least the first
    if (last) place(*last);
  }
  if (!held_wide_.empty()) next_page();  // the chapter ends: its wide figures get a page of their own
}

std::optional<FlowBlock> PageBuilder::take_back_last_paragraph() {
  if (balancing_ || across_ || page_segments_.size() < 2 || notes_.used() > 0) return std::nullopt;
  const FlowBlock& last = page_segments_.back();
  Page& page = current_page();
  const std::size_t count = last.lines.size();
  // Only a plain paragraph, wholly in this column, with something above it there, that the figures
  // and it fit in a column together.
  if (count == 0 || last.floating || last.wide || last.bar || !last.anchors.empty() || last.repeat_header ||
      !last.splittable || page.lines.size() <= count || segment_serial_ != serial_)
    return std::nullopt;
  const double left = column_left(column_);
  for (std::size_t k = page.lines.size() - count; k < page.lines.size(); ++k) {
    if (std::abs(page.lines[k].x - last.lines[k - (page.lines.size() - count)].x - left) > 1e-6) return std::nullopt;
  }
  const int units = units_of(last, 0, count);
  if (used_ - units - last.space_before <= start_.reserved_units) return std::nullopt;
  int needed = last.space_before + units;
  for (const FlowBlock& figure : held_figures_)
    needed += figure.space_before + units_of(figure, 0, figure.lines.size());
  if (needed > capacity_) return std::nullopt;
  FlowBlock taken = last;
  page.lines.resize(page.lines.size() - count);
  page_segments_.pop_back();
  used_ -= units + last.space_before + last.space_after;
  return taken;
}

void PageBuilder::place(FlowBlock& block) {
  ++serial_;
  const bool at_top = used_ == start_.reserved_units;
  if (!at_top) used_ += block.space_before;
  std::size_t from = 0;
  const std::size_t count = block.lines.size();
  while (from < count) {
    repeat_header(block, from);
    const int rest = units_of(block, from, count) + notes_.cost(block.lines, from, count);
    if (rest <= room()) {
      place_lines(block, from, count);
      break;
    }
    // Where to break: before a line that starts a new grid line (lines sharing one stay together),
    // as late as fits, with at least min_lines grid lines on each side (no orphan here, no widow
    // there) when the block may be split.
    const int min_lines = block.min_lines;
    const bool can_split = block.splittable && grid_lines(block, from, count) >= 2 * min_lines;
    std::size_t fit = from;
    int used = 0;
    while (fit < count && used + block.units[fit] + notes_.cost(block.lines, from, fit + 1) <= room())
      used += block.units[fit++];
    std::size_t take = 0;
    if (can_split) {
      for (std::size_t p = fit; p > from; --p) {
        if (p < count && block.units[p] == 0) continue;
        if (grid_lines(block, from, p) >= min_lines && grid_lines(block, p, count) >= min_lines) {
          take = p - from;
          break;
        }
      }
    }
    // Only a block taller than a whole column is cut where it does not fit: anything shorter moves
    // on, also from a column shortened by an opener.
    const bool column_is_empty = used_ <= start_.reserved_units;
    const bool taller_than_a_column = units_of(block, from, count) > capacity_;
    // The rest of a split note at the foot of an empty column leaves it room only for a proper
    // split (no single line of a paragraph beside the note); else the text goes on in the next.
    const bool notes_fill_column = column_is_empty && notes_.used() > 0;
    if (take == 0 && column_is_empty && !notes_fill_column && (taller_than_a_column || start_.reserved_units == 0)) {
      take = std::max<std::size_t>(fit - from, 1);
      while (from + take < count && block.units[from + take] == 0) ++take;  // keep shared grid lines whole
    }
    if (take > 0) place_lines(block, from, from + take);
    from += take;
    next_column();
    if (overflowed_) return;
  }
  used_ = std::min(capacity_, used_ + block.space_after);
}

void PageBuilder::repeat_header(const FlowBlock& block, std::size_t from) {
  if (from != 0 || !block.repeat_header || used_ != start_.reserved_units) return;
  FlowBlock header = *block.repeat_header;
  if (units_of(header, 0, header.lines.size()) >= room()) return;
  header.repeat_header = nullptr;
  // Not logged for balance(): replaying the block sets the header again where the block then starts.
  repeating_header_ = true;
  place_lines(header, 0, header.lines.size());
  repeating_header_ = false;
}

void PageBuilder::place_lines(FlowBlock& block, std::size_t from, std::size_t to) {
  Page& page = current_page();
  if (!mark_.set && !placing_wide_) mark_ = {true, page.lines.size(), page.rules.size(), page.anchors.size()};
  if (!balancing_ && !repeating_header_ && !placing_wide_) {
    // Log the lines as a segment of the page's flow; lines of one block on one page stay one segment.
    if (segment_serial_ != serial_ || page_segments_.empty()) {
      FlowBlock segment = block;
      if (from > 0) segment.repeat_header = nullptr;  // only a block's start brings its header along
      segment.lines.clear();
      segment.units.clear();
      if (from > 0) {
        segment.anchors.clear();
        segment.space_before = 0;
      }
      page_segments_.push_back(std::move(segment));
      segment_serial_ = serial_;
    }
    FlowBlock& segment = page_segments_.back();
    segment.lines.insert(segment.lines.end(), block.lines.begin() + static_cast<long>(from),
                         block.lines.begin() + static_cast<long>(to));
    segment.units.insert(segment.units.end(), block.units.begin() + static_cast<long>(from),
                         block.units.begin() + static_cast<long>(to));
  }
  const double left = column_left(column_);
  const double baseline = spec_.page.baseline;
  if (from == 0) {
    for (const std::string& id : block.anchors) {
      page.anchors.push_back({id, grid_top() + used_ * baseline});
      out_.page_of[id] = page.number;
    }
  }
  if (page.running_head.empty() && !start_.running_head.empty() && page.kind == PageKind::body) {
    page.running_head = start_.running_head + (block.section.empty() ? "" : "  \xC2\xB7  " + block.section);
  }
  double top = 0, bottom = 0;
  for (std::size_t k = from; k < to; ++k) {
    used_ += block.units[k];
    LineItem line = block.lines[k];
    line.x += left;
    line.baseline = grid_top() + used_ * baseline;
    notes_.take(line);
    if (k == from) top = line.baseline - line.ascent;
    bottom = line.baseline + line.descent;
    for (LinkArea& link : line.links) {
      link.x += line.x;
      link.y += line.baseline;
    }
    page.lines.push_back(std::move(line));
  }
  if (block.bar && to > from) {
    page.rules.push_back({left + block.lines[from].x - block.bar_offset, top, 2.0, bottom - top, *block.bar});
  }
}

}  // namespace persklaar
