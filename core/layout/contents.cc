// The contents pages: every entry of the table of contents, chapters in their colour with their
// number, sections indented under them, each with its page number on its last line. A title too
// long for one line takes more; an entry never straddles two pages, and the list runs on over as
// many pages as it needs — counted before the chapters are laid out, so the page numbers hold.
#include <cmath>

#include "core/layout/furniture.h"

namespace persklaar {
namespace {

constexpr double kSectionIndent = 24;  // points: sections under their chapter
constexpr double kNumberRoom = 40;     // points kept free at the right for the page number

}  // namespace

FontRole Furniture::contents_role(const TocEntry& entry) const {
  if (entry.level != 1) return spec_.roles.body;
  const FontRole& role = spec_.roles.heading3;
  return recoloured_role(role, entry.chapter_number > 0 ? spec_.chapter_color(entry.chapter_number) : role.color);
}

std::vector<Furniture::ContentsEntry> Furniture::plan_contents() const {
  const PageGeometry& g = spec_.page;
  const double step = g.baseline;
  const double bottom = g.height - g.margin_bottom;
  std::vector<ContentsEntry> plan;
  int page = 0;
  double y = g.margin_top + spec_.roles.heading1.leading + 2 * step;  // below the heading
  for (const TocEntry& entry : publication_.toc) {
    const bool chapter = entry.level == 1;
    const double indent = chapter ? 0 : kSectionIndent;
    const std::string label = chapter && entry.chapter_number > 0
                                  ? std::to_string(entry.chapter_number) + "\xE2\x80\x83" + entry.title  // em space
                                  : entry.title;
    // Measured as contents() sets it, so that it is set once.
    const FlowBlock title =
        setter_.set_furniture(plain_text_of(label), contents_role(entry), g.type_area_width() - indent - kNumberRoom);
    const int lines = std::max<int>(1, static_cast<int>(title.lines.size()));
    if (chapter) y += step * 0.5;
    if (y + step * (lines - 1) > bottom + 0.01) {  // the whole entry moves to the next page
      ++page;
      y = g.margin_top + step;
    }
    plan.push_back({&entry, page, y, indent, label});
    y += step * lines + (chapter ? step * 0.5 : 0);
  }
  return plan;
}

int Furniture::contents_pages() const {
  const std::vector<ContentsEntry> plan = plan_contents();
  return plan.empty() ? 1 : plan.back().page + 1;
}

void Furniture::contents(std::size_t first_page_index) {
  const FontRole& title_role = spec_.roles.heading1;
  const double step = spec_.page.baseline;
  const double measure = spec_.page.type_area_width();
  Page* page = &out_.pages[first_page_index];
  const int list_tag = setter_.element("TOC", -1);
  LineItem heading = line_at(plain_text_of(labels_.contents), title_role, spec_.accent, type_left(*page),
                             spec_.page.margin_top + title_role.leading, LineRole::heading1, measure);
  heading.block = setter_.element("H1", list_tag);
  page->lines.push_back(std::move(heading));
  for (const ContentsEntry& placed : plan_contents()) {
    const TocEntry& entry = *placed.entry;
    const std::size_t index = first_page_index + static_cast<std::size_t>(placed.page);
    if (index >= out_.pages.size() || out_.pages[index].kind != PageKind::contents) break;  // cannot happen: counted
    page = &out_.pages[index];
    const FontRole& role = entry.level == 1 ? spec_.roles.heading3 : spec_.roles.body;
    const int item_tag = setter_.element("TOCI", list_tag);
    FlowBlock title =
        setter_.set_furniture(plain_text_of(placed.label), contents_role(entry), measure - placed.indent - kNumberRoom);
    double y = placed.y;
    for (std::size_t k = 0; k < title.lines.size(); ++k) {
      LineItem& line = title.lines[k];
      line.x += type_left(*page) + placed.indent;
      line.baseline = y;
      line.role = LineRole::furniture;
      line.block = item_tag;
      line.links.push_back(
          {line.x, y - line.ascent, measure - placed.indent, line.ascent + line.descent, "#" + entry.id});
      page->lines.push_back(std::move(line));
      if (k + 1 < title.lines.size()) y += step;
    }
    const auto found = out_.page_of.find(entry.id);
    const std::string number = found == out_.page_of.end() ? "" : std::to_string(found->second);
    LineItem folio = line_at(plain_text_of(number), role, role.color, 0, y, LineRole::furniture, kNumberRoom);
    folio.x = type_right(*page) - folio.width;
    folio.block = item_tag;
    page->lines.push_back(std::move(folio));
  }
}

}  // namespace persklaar
