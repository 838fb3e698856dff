#include "core/layout/note_area.h"

#include <numeric>

namespace persklaar {
namespace {

constexpr int kRuleUnits = 1;            // the grid line the rule above the notes stands on
constexpr double kRuleWidthShare = 0.3;  // of the column
constexpr double kRuleThickness = 0.5;   // points

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

int NoteArea::units_of(const std::string& id) const {
  const NoteLines& note = notes_.at(id);
  return std::accumulate(note.units.begin(), note.units.end(), 0);
}

int NoteArea::cost(const std::vector<LineItem>& lines, std::size_t from, std::size_t to) const {
  if (notes_.empty()) return 0;
  std::set<std::string> seen(column_.begin(), column_.end());
  int units = 0;
  for (std::size_t k = from; k < to; ++k) {
    for (const std::string& id : new_notes(lines[k], seen)) units += units_of(id);
  }
  return units > 0 && column_.empty() ? units + kRuleUnits : units;
}

void NoteArea::take(const LineItem& line) {
  if (notes_.empty()) return;
  std::set<std::string> seen;
  for (const std::string& id : new_notes(line, seen)) {
    placed_.insert(id);
    column_.push_back(id);
  }
}

int NoteArea::used() const {
  if (column_.empty()) return 0;
  int units = kRuleUnits;
  for (const std::string& id : column_) units += units_of(id);
  return units;
}

void NoteArea::place(Page& page, double left, double top, int capacity, double baseline, const Color& rule_color,
                     double column_width) {
  if (column_.empty()) return;
  int line = capacity - used() + kRuleUnits;  // the rule's grid line
  page.rules.push_back(
      {left, top + (line - 0.3) * baseline, column_width * kRuleWidthShare, kRuleThickness, rule_color});
  for (const std::string& id : column_) {
    const NoteLines& note = notes_.at(id);
    for (std::size_t k = 0; k < note.lines.size(); ++k) {
      line += note.units[k];
      LineItem placed = note.lines[k];
      placed.x += left;
      placed.baseline = top + line * baseline;
      for (LinkArea& link : placed.links) {
        link.x += placed.x;
        link.y += placed.baseline;
      }
      if (k == 0) page.anchors.push_back({id, placed.baseline - placed.ascent});
      page.lines.push_back(std::move(placed));
    }
  }
  column_.clear();
  on_page_ = true;
}

}  // namespace persklaar
