#pragma once
// Page building: blocks of set lines flow down the columns of successive pages, every line on the
// baseline grid. Paragraphs break between columns only where at least `min_lines` stay on each side
// (no widows, no orphans); a block marked keep-with-next (a heading) moves on with the start of the
// block after it.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/layout/frame.h"
#include "core/layout/note_area.h"

namespace persklaar {

struct FlowBlock {
  std::vector<LineItem> lines;  // x relative to the column's left edge; baselines are assigned here
  std::vector<int> units;       // grid lines each line takes (1 for body text, more for headings)
  int space_before = 0;         // grid lines, dropped at the top of a column
  int space_after = 0;
  bool keep_with_next = false;
  bool splittable = true;
  int min_lines = 2;                 // at a column break, at least this many lines on each side
  std::optional<Color> bar;          // a vertical bar beside the lines in each column (pull quotes)
  double bar_offset = 0;             // the bar's distance left of the lines' x
  std::vector<std::string> anchors;  // ids that point at the block's first line
  std::string section;               // the running head's section while this block is at a page's top
  // Lines set again above the block when it starts a column (a table's header row above a row).
  std::shared_ptr<const FlowBlock> repeat_header;
  // A figure: when it does not fit in what is left of the column, the text after it flows on there
  // and the figure waits for the top of the next column. A wide one spans the page's columns at
  // the top or the foot of a page (see figure_setter.cc).
  bool floating = false;
  bool wide = false;
  // Set across the page's columns, its x from the type area's left edge (the rows of a table too
  // wide for one column): see PageBuilder::start_across.
  bool across = false;
};

struct PageStart {
  PageKind kind = PageKind::body;
  int chapter = 0;
  std::string running_head;  // chapter part of the running head; empty for none
  int reserved_units = 0;    // grid lines at the top kept free (a chapter opener's colour field)
};

class PageBuilder {
 public:
  PageBuilder(const LayoutSpec& spec, LaidOutPublication& out);

  // Starts a new page; the next block flows into its first column.
  void new_page(const PageStart& start);
  // Flows a block after what is already there.
  void add(FlowBlock block);
  // Places everything still held back (a heading waiting for its text).
  void flush();
  // Evens out the columns of the current page (the last page of a chapter), so that its text does
  // not stand in one full column beside an empty one. False when it cannot (the page stays as it was).
  bool balance();

  Page& current_page();
  double column_left(int column) const;       // on the current page
  double grid_top() const;                    // y of the type area's top
  int capacity() const { return capacity_; }  // grid lines in a column
  // Footnotes of the lines placed from now on go to the foot of their column (see note_area.h).
  NoteArea& notes() { return notes_; }

 private:
  void place(FlowBlock& block);
  // Moves to the next column when `block` (kept with the next) and the first lines of `next` do
  // not fit in what is left of this one: balance() keeps headings with their text too.
  void keep_with(const FlowBlock& block, const FlowBlock& next);
  void place_lines(FlowBlock& block, std::size_t from, std::size_t to);
  // Sets a table's header again at the top of a column the block starts.
  void repeat_header(const FlowBlock& block, std::size_t from);
  void next_column();
  // A new page after the current one, continuing its chapter; wide figures waiting go at its top.
  void next_page();
  // Figures held back (FlowBlock::floating): placed at the top of the column that comes next.
  bool hold_figure(FlowBlock& block);
  void place_held_figures();
  // The last block placed, when it is a plain paragraph that may follow held figures into the next
  // column: taken off the page (and its log) to be placed again.
  std::optional<FlowBlock> take_back_last_paragraph();
  // A wide figure across the columns at the top of the current page, which must have no text yet.
  void place_wide(FlowBlock& block);
  // A wide figure across the columns at the foot of the current page, while its text is still in
  // the first column; the columns end above it.
  void place_wide_at_foot(FlowBlock& block);
  // Blocks across the columns (flow_across.cc): the text on the page so far is balanced into shorter
  // columns and the blocks follow below them over the whole type area, running on over the next
  // pages when they must; after them the columns start again below the last of them.
  void start_across();
  void end_across();
  int units_of(const FlowBlock& block, std::size_t from, std::size_t to) const;
  int room() const;
  // Lines of [from, to) that start a grid line of their own (not sharing the one before).
  static int grid_lines(const FlowBlock& block, std::size_t from, std::size_t to);

  const LayoutSpec& spec_;
  LaidOutPublication& out_;
  PageStart start_;
  int capacity_ = 0;
  int column_ = 0;
  int used_ = 0;  // grid lines used in the current column
  std::vector<FlowBlock> pending_;

  // What the flow put on the current page, so that balance() can set it again with shorter columns.
  struct FlowMark {
    bool set = false;
    std::size_t lines = 0, rules = 0, anchors = 0;
  };
  FlowMark mark_;
  std::vector<FlowBlock> page_segments_;
  int serial_ = 0;           // counts place() calls: lines of one call on one page form one segment
  int segment_serial_ = -1;  // the serial of page_segments_.back()
  bool balancing_ = false;   // replaying: a full page is a failed trial, not a new page
  bool overflowed_ = false;
  NoteArea notes_;
  void place_notes();  // sets the current column's notes at its foot
  // The rest of a split note at the foot of the columns after the current one (new columns or pages
  // of its chapter), before a new page of another kind begins.
  void finish_carried_notes();
  void open_page(const PageStart& start);  // the page state of new_page, notes left alone
  bool repeating_header_ = false;          // placing a repeated header, which is not part of the page's flow
  bool placing_wide_ = false;              // placing a wide figure, which is not part of the page's flow either
  std::vector<FlowBlock> held_figures_;    // waiting for the next column
  std::vector<FlowBlock> held_wide_;       // waiting for the next page
  int foot_reserved_ = 0;                  // grid lines at the foot of every column kept for a wide figure
  bool across_ = false;                    // placing blocks across the columns
  int balanced_height_ = 0;                // the grid lines of the columns balance() last made
};

// The x of a page's type area: facing pages mirror their margins (odd pages are right-hand pages).
double type_area_left(const PageGeometry& page, int page_number);

}  // namespace persklaar
