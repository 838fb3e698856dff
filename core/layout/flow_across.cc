// Blocks across the columns of a page (FlowBlock::across): the rows of a table too wide for one
// column. Like a newspaper's page with a wide table: the text before it on the page is evened out
// into shorter columns above it, the table follows over the whole width of the type area (on the
// next pages too, when it is long, its header row coming again at the top of each), and the text
// after it flows in the columns below its last row.
#include "core/layout/flow.h"

namespace persklaar {
namespace {

constexpr int kLeastRoomBelow = 3;  // grid lines: with less left under the table, the text goes on overleaf

}  // namespace

void PageBuilder::start_across() {
  flush();
  const bool text_on_page = mark_.set || column_ > 0 || used_ > start_.reserved_units;
  int top = used_;
  if (text_on_page) {
    if (balance()) {
      top = balanced_height_ + 1;  // a blank grid line between the columns and the table
    } else if (column_ == 0) {
      top = used_ + 1;  // only the first column holds text (its notes keep the page from balancing)
    } else {
      top = capacity_;  // full columns: the table starts on the next page
    }
  }
  if (top > capacity_ - kLeastRoomBelow) {
    PageStart next = start_;
    next.kind = PageKind::body;
    next.reserved_units = 0;
    new_page(next);
    top = 0;
  }
  across_ = true;
  column_ = 0;
  start_.reserved_units = top;  // the band's top counts as the top of the "column" it flows in
  used_ = top;
  mark_ = FlowMark{};  // what balance() would set again starts after the band
  page_segments_.clear();
}

void PageBuilder::end_across() {
  flush();
  across_ = false;
  column_ = 0;
  mark_ = FlowMark{};
  page_segments_.clear();
  if (capacity_ - used_ - notes_.used() < kLeastRoomBelow) {  // the text goes on overleaf
    PageStart next = start_;
    next.kind = PageKind::body;
    next.reserved_units = 0;
    new_page(next);
    return;
  }
  start_.reserved_units = used_;  // every column of this page starts below the table
}

}  // namespace persklaar
