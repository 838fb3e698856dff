#pragma once
// Footnotes at the foot of the column that refers to them. A line whose text refers to a note (a
// link to "#<note id>", which the marker is) takes the note's lines into its column's note area; the
// area grows up from the column's last grid line, under a short rule on a grid line of its own, so
// the notes sit on the baseline grid as the text does. Page building asks the area what a line
// would cost before placing it, so that a marker and its note always share the column.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/layout/frame.h"

namespace persklaar {

struct NoteLines {
  std::vector<LineItem> lines;  // x relative to the column's left edge
  std::vector<int> units;       // grid lines each line takes
};

class NoteArea {
 public:
  // Notes that lines may refer to from now on (a chapter's), by note id, beside those given before.
  void set_notes(std::map<std::string, NoteLines> notes);

  // Grid lines that the notes first referred to in lines [from, to) would add to the current column,
  // its rule included when the column has no notes yet.
  int cost(const std::vector<LineItem>& lines, std::size_t from, std::size_t to) const;
  // The notes `line` refers to join the current column's area (each note once in the publication).
  void take(const LineItem& line);
  int used() const;  // grid lines the current column's area takes, its rule included
  bool has_notes_on_page() const { return on_page_ || !column_.empty(); }

  // Sets the current column's notes at its foot: `left` is the column's left edge, `top` the type
  // area's top, `capacity` the grid lines in the column. Empties the area; `new_page` also forgets
  // that the page had notes.
  void place(Page& page, double left, double top, int capacity, double baseline, const Color& rule_color,
             double column_width);
  void new_page() { on_page_ = false; }

 private:
  std::vector<std::string> new_notes(const LineItem& line, std::set<std::string>& seen) const;
  int units_of(const std::string& id) const;

  std::map<std::string, NoteLines> notes_;
  std::set<std::string> placed_;     // notes already given a place
  std::vector<std::string> column_;  // the current column's notes, in order
  bool on_page_ = false;
};

}  // namespace persklaar
