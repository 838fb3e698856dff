#pragma once
// Filling braille pages: the first line of every page is kept for its numbers (the braille page
// number at the right, the print page reference before it); text fills the lines below. Blank
// lines never stand at the top of a page, and a heading moves to the next page when the lines
// that must follow it do not fit.
#include <string>
#include <vector>

#include "core/layout/layout_spec.h"

namespace persklaar::braille {

struct PageContent {
  int number = 0;                     // braille page number
  std::string print_reference;        // the print page(s) current where it begins ("7", "1-4"); may be empty
  std::vector<std::u32string> lines;  // the text lines below the number line
};

class PageFormatter {
 public:
  PageFormatter(const BraillePage& geometry, int first_number);

  int width() const { return geometry_.cells; }
  int page_number() const;  // the page the next line goes on

  // The next line starts a new page (nothing happens at the top of an empty page).
  void new_page();
  // One blank line before the next text, unless that text starts a page.
  void blank_line();
  // Text lines, broken across pages where needed. `keep_with_next` lines of what follows must fit
  // on the same page (a heading's text), else the lines start the next page.
  void add(const std::vector<std::u32string>& lines, int keep_with_next = 0);
  // A print page begins here: `reference` ("12", or "26-28" after pages without text) on a
  // line of its own (`turn_line`), or in the number line when this is the top of a page.
  void print_page_turn(const std::string& reference, const std::string& page, const std::u32string& turn_line);

  std::vector<PageContent> finish();

 private:
  int body_lines() const { return geometry_.lines - 1; }
  bool at_top() const { return pages_.back().lines.empty(); }
  bool full() const { return static_cast<int>(pages_.back().lines.size()) >= body_lines(); }
  void start_page();
  void add_line(const std::u32string& line);

  BraillePage geometry_;
  std::vector<PageContent> pages_;
  std::string current_print_page_;
  bool blank_pending_ = false;
};

}  // namespace persklaar::braille
