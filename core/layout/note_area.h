#pragma once
// Footnotes at the foot of the column that refers to them. A line whose text refers to a note (a
// link to "#<note id>", which the marker is) takes the note's lines into its column's note area; the
// area grows up from the column's last grid line, under a short rule on a grid line of its own, so
// the notes sit on the baseline grid as the text does. Page building asks the area what a line
// would cost before placing it, so that a marker and its note always share the column.
//
// A note too long for the room its column has left is split: at least its first two lines stay
// below the text that refers to it (that is all a line's cost counts), the rest goes on at the foot
// of the next column, or of the next page, before that column's own notes. A continued note may
// fill a column, which then takes no text. A note is split only where two lines stay on each side.
#include <cstddef>
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
  // its rule included when the column has no notes yet; of the last of them only the lines that
  // must stay in this column when it is split.
  int cost(const std::vector<LineItem>& lines, std::size_t from, std::size_t to) const;
  // The notes `line` refers to join the current column's area (each note once in the publication).
  void take(const LineItem& line);
  int used() const;  // grid lines the current column's area takes, its rule included
  bool has_notes_on_page() const { return on_page_ || !column_.empty() || !carried_.empty(); }

  // Sets the current column's notes at its foot, below its text: `left` is the column's left edge,
  // `top` the type area's top, `capacity` the grid lines in the column, `text_units` the grid lines
  // its text takes. What does not fit is carried to the next column. Empties the area.
  void place(Page& page, double left, double top, int capacity, int text_units, double baseline,
             const Color& rule_color, double column_width);
  // The rest of a split note is waiting for the next column.
  bool has_carried() const { return !carried_.empty(); }
  // A new column begins: the notes carried over come first in its area.
  void start_column();
  void new_page() { on_page_ = false; }

 private:
  // The lines [first, end) of a note; a note not split is one piece from 0 to its end.
  struct Piece {
    std::string id;
    std::size_t first = 0;
    std::size_t end = 0;
  };
  std::vector<std::string> new_notes(const LineItem& line, std::set<std::string>& seen) const;
  int units_of(const std::string& id, std::size_t first, std::size_t end) const;
  int units_of(const Piece& piece) const { return units_of(piece.id, piece.first, piece.end); }
  // The grid lines of `id` that must share the column of its marker.
  int units_kept_with_marker(const std::string& id) const;
  // How many lines of `piece`, from its first, go in `room` grid lines; the rest goes on.
  std::size_t lines_that_fit(const Piece& piece, int room) const;

  std::map<std::string, NoteLines> notes_;
  std::set<std::string> placed_;  // notes already given a place
  std::vector<Piece> column_;     // the current column's notes, in order
  std::vector<Piece> carried_;    // the rest of a split note (and any note after it), for the next column
  bool continues_ = false;        // the current column's area starts with notes carried over
  bool on_page_ = false;
};

}  // namespace persklaar
