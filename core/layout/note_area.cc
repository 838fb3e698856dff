#include "core/layout/note_area.h"

#include <algorithm>
#include <numeric>

namespace persklaar {
namespace {

constexpr int kRuleUnits = 1;              // the grid line the rule above the notes stands on
constexpr double kRuleWidthShare = 0.3;    // of the column
constexpr double kRuleThickness = 0.5;     // points
constexpr std::size_t kMinSplitLines = 2;  // lines of a split note on each side of the column break

}  // namespace

void NoteArea::set_notes(std::map<std::string, NoteLines> notes) {
  // Added, not replaced: the last column of the chapter before may still hold its notes until the
  // next page begins. Note ids are unique in the publication.
  for (auto& [id, lines] : notes) notes_.insert_or_assign(id, std::move(lines));
}

std::vector<std::string> NoteArea::new_notes(const LineItem& line, std::set<std::string>& seen) const {
  std::vector<std::string> ids;
  for (const LinkArea& link : line.links) {
    if (link.target.size() < 2 || link.target[0] != '#') continue;
    const std::string id = link.target.substr(1);
    if (!notes_.count(id) || placed_.count(id) || !seen.insert(id).second) continue;
    ids.push_back(id);
  }
  return ids;
}

int NoteArea::units_of(const std::string& id, std::size_t first, std::size_t end) const {
  const NoteLines& note = notes_.at(id);
  end = std::min(end, note.units.size());
  if (first >= end) return 0;
  return std::accumulate(note.units.begin() + static_cast<long>(first), note.units.begin() + static_cast<long>(end), 0);
}

int NoteArea::units_kept_with_marker(const std::string& id) const {
  const std::size_t lines = notes_.at(id).lines.size();
  return units_of(id, 0, lines >= 2 * kMinSplitLines ? kMinSplitLines : lines);
}

int NoteArea::cost(const std::vector<LineItem>& lines, std::size_t from, std::size_t to) const {
  if (notes_.empty()) return 0;
  std::set<std::string> seen;
  for (const Piece& piece : column_) seen.insert(piece.id);
  std::vector<std::string> ids;
  for (std::size_t k = from; k < to; ++k) {
    for (std::string& id : new_notes(lines[k], seen)) ids.push_back(std::move(id));
  }
  int units = 0;
  for (std::size_t k = 0; k < ids.size(); ++k) {
    // The last may be split, so only its first lines must fit; the ones before it must fit whole.
    units += k + 1 < ids.size() ? units_of(ids[k], 0, notes_.at(ids[k]).lines.size()) : units_kept_with_marker(ids[k]);
  }
  return units > 0 && column_.empty() ? units + kRuleUnits : units;
}

void NoteArea::take(const LineItem& line) {
  if (notes_.empty()) return;
  std::set<std::string> seen;
  for (const std::string& id : new_notes(line, seen)) {
    placed_.insert(id);
    column_.push_back({id, 0, notes_.at(id).lines.size()});
  }
}

int NoteArea::used() const {
  if (column_.empty()) return 0;
  int units = kRuleUnits;
  for (const Piece& piece : column_) units += units_of(piece);
  return units;
}

std::size_t NoteArea::lines_that_fit(const Piece& piece, int room) const {
  const NoteLines& note = notes_.at(piece.id);
  std::size_t count = 0;
  int units = 0;
  while (piece.first + count < piece.end && units + note.units[piece.first + count] <= room)
    units += note.units[piece.first + count++];
  const std::size_t lines = piece.end - piece.first;
  if (count >= lines) return lines;
  if (lines < 2 * kMinSplitLines || count < kMinSplitLines) return 0;  // too short to split here: it all goes on
  return std::min(count, lines - kMinSplitLines);                      // two lines at least go on
}

void NoteArea::start_column() {
  column_ = std::move(carried_);
  carried_.clear();
  continues_ = !column_.empty();
}

void NoteArea::place(Page& page, double left, double top, int capacity, int text_units, double baseline,
                     const Color& rule_color, double column_width) {
  if (column_.empty()) return;
  // What goes here: whole notes while they fit below the text, then the lines of the first that
  // does not; its rest and every note after it go on in the next column.
  std::vector<Piece> here;
  int room = capacity - text_units - kRuleUnits, units = 0;
  for (const Piece& piece : column_) {
    if (!carried_.empty()) {
      carried_.push_back(piece);
      continue;
    }
    std::size_t count = lines_that_fit(piece, room - units);
    // The rest of a note carried here must move on, or a layout whose note lines are taller than
    // its columns allow would wait for a roomier column for ever: a line at least.
    if (count == 0 && continues_ && here.empty() && piece.end > piece.first) count = 1;
    if (count > 0) {
      here.push_back({piece.id, piece.first, piece.first + count});
      units += units_of(here.back());
    }
    if (piece.first + count < piece.end) carried_.push_back({piece.id, piece.first + count, piece.end});
  }
  column_.clear();
  continues_ = false;
  if (here.empty()) return;
  int line = capacity - units;  // the rule's grid line
  page.rules.push_back(
      {left, top + (line - 0.3) * baseline, column_width * kRuleWidthShare, kRuleThickness, rule_color});
  for (const Piece& piece : here) {
    const NoteLines& note = notes_.at(piece.id);
    for (std::size_t k = piece.first; k < piece.end; ++k) {
      line += note.units[k];
      LineItem placed = note.lines[k];
      placed.x += left;
      placed.baseline = top + line * baseline;
      for (LinkArea& link : placed.links) {
        link.x += placed.x;
        link.y += placed.baseline;
      }
      if (k == 0) page.anchors.push_back({piece.id, placed.baseline - placed.ascent});
      page.lines.push_back(std::move(placed));
    }
  }
  on_page_ = true;
}

}  // namespace persklaar
