#include "plugins/braille/braille_pages.h"

namespace persklaar::braille {

PageFormatter::PageFormatter(const BraillePage& geometry, int first_number) : geometry_(geometry) {
  pages_.push_back(PageContent{first_number, {}, {}});
}

int PageFormatter::page_number() const {
  return pages_.back().number + (full() ? 1 : 0);
}

void PageFormatter::start_page() {
  const int next = pages_.back().number + 1;
  pages_.push_back(PageContent{next, current_print_page_, {}});
  blank_pending_ = false;
}

void PageFormatter::new_page() {
  if (!at_top()) start_page();
  blank_pending_ = false;
}

void PageFormatter::blank_line() {
  if (!at_top()) blank_pending_ = true;
}

void PageFormatter::add_line(const std::u32string& line) {
  if (full()) start_page();
  if (pages_.back().lines.empty() && pages_.back().print_reference.empty()) {
    pages_.back().print_reference = current_print_page_;
  }
  pages_.back().lines.push_back(line);
}

void PageFormatter::add(const std::vector<std::u32string>& lines, int keep_with_next) {
  if (lines.empty()) return;
  const int needed = static_cast<int>(lines.size()) + keep_with_next + (blank_pending_ ? 1 : 0);
  const int left = body_lines() - static_cast<int>(pages_.back().lines.size());
  if (!at_top() && needed > left && keep_with_next > 0) start_page();
  if (blank_pending_ && !at_top()) {
    // A blank line on a page's last line would separate nothing: the text starts the next page.
    if (body_lines() - static_cast<int>(pages_.back().lines.size()) <= 1) {
      start_page();
    } else {
      pages_.back().lines.emplace_back();
    }
  }
  blank_pending_ = false;
  for (const auto& line : lines) add_line(line);
}

void PageFormatter::print_page_turn(const std::string& reference, const std::string& page,
                                    const std::u32string& turn_line) {
  current_print_page_ = page;
  if (at_top() || full()) {
    if (full()) start_page();
    pages_.back().print_reference = reference;
    return;
  }
  const bool blank = blank_pending_;
  blank_pending_ = false;
  add({turn_line});
  current_print_page_ = page;
  blank_pending_ = blank;
}

std::vector<PageContent> PageFormatter::finish() {
  if (pages_.size() > 1 && at_top()) pages_.pop_back();
  return std::move(pages_);
}

}  // namespace persklaar::braille
