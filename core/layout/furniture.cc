#include "core/layout/furniture.h"

#include <cmath>

#include "core/model/plain_text.h"

namespace persklaar {
namespace {

constexpr int kOpenerUnits = 13;  // grid lines of a chapter opener's colour field below the top margin
const Color kWhite{1, 1, 1};

StyledText plain(const std::string& text) {
  StyledText styled;
  styled.text = text;
  return styled;
}

FontRole recoloured(FontRole role, const Color& color) {
  role.color = color;
  role.chapter_color = false;
  return role;
}

}  // namespace

Furniture::Furniture(const LayoutSpec& spec, const Publication& publication, BlockSetter& setter,
                     LaidOutPublication& out)
    : spec_(spec),
      publication_(publication),
      setter_(setter),
      out_(out),
      labels_(labels_for(publication.metadata.language)) {}

double Furniture::type_left(const Page& page) const {
  return type_area_left(spec_.page, page.number);
}
double Furniture::type_right(const Page& page) const {
  return type_left(page) + spec_.page.type_area_width();
}

LineItem Furniture::line_at(const StyledText& text, const FontRole& role, const Color& color, double x, double baseline,
                            LineRole kind, double measure) {
  const FontRole coloured = recoloured(role, color);
  FlowBlock block = setter_.set(text, coloured, measure, false);
  LineItem line = block.lines.empty() ? LineItem{} : std::move(block.lines.front());
  line.x += x;
  line.baseline = baseline;
  line.role = kind;
  for (LinkArea& link : line.links) {
    link.x += line.x;
    link.y += baseline;
  }
  return line;
}

int Furniture::contents_pages() const {
  const double per_page =
      (spec_.page.height - spec_.page.margin_top - spec_.page.margin_bottom) / spec_.page.baseline - 6;
  const double entries = static_cast<double>(publication_.toc.size());
  return std::max(1, static_cast<int>(std::ceil(entries / std::max(1.0, per_page))));
}

void Furniture::colophon(Page& page) {
  const Metadata& m = publication_.metadata;
  std::vector<std::string> lines = {m.title};
  if (!m.subtitle.empty()) lines.push_back(m.subtitle);
  if (!m.authors.empty()) lines.push_back(joined_names(m.authors, labels_));
  if (!m.contributors.empty()) {
    lines.push_back(std::string(labels_.contributions_by) + " " + joined_names(m.contributors, labels_));
  }
  if (!m.publisher.empty()) lines.push_back(std::string(labels_.published_by) + " " + m.publisher);
  if (!m.date.empty()) lines.push_back(long_date(m.date, m.language));
  const FontRole& role = spec_.roles.caption;
  double baseline = spec_.page.height - spec_.page.margin_bottom - role.leading * static_cast<double>(lines.size() - 1);
  const int tag = setter_.element("P", -1);
  for (const std::string& text : lines) {
    LineItem line = line_at(plain(text), role, role.color, type_left(page), baseline, LineRole::furniture,
                            spec_.page.type_area_width());
    line.block = tag;
    page.lines.push_back(std::move(line));
    baseline += role.leading;
  }
}

void Furniture::contents(std::size_t first_page_index) {
  const FontRole& title_role = spec_.roles.heading1;
  const FontRole& chapter_role = spec_.roles.heading3;
  const FontRole& section_role = spec_.roles.body;
  std::size_t page_index = first_page_index;
  Page* page = &out_.pages[page_index];
  const double baseline_step = spec_.page.baseline;
  double y = spec_.page.margin_top + title_role.leading;
  const int list_tag = setter_.element("TOC", -1);
  LineItem heading = line_at(plain(labels_.contents), title_role, spec_.accent, type_left(*page), y, LineRole::heading1,
                             spec_.page.type_area_width());
  heading.block = setter_.element("H1", list_tag);
  page->lines.push_back(std::move(heading));
  y += 2 * baseline_step;
  const double bottom = spec_.page.height - spec_.page.margin_bottom;
  for (const TocEntry& entry : publication_.toc) {
    const bool chapter = entry.level == 1;
    if (chapter) y += baseline_step * 0.5;
    if (y > bottom && page_index + 1 < out_.pages.size() && out_.pages[page_index + 1].kind == PageKind::contents) {
      page = &out_.pages[++page_index];
      y = spec_.page.margin_top + baseline_step;
    }
    const auto found = out_.page_of.find(entry.id);
    const std::string number = found == out_.page_of.end() ? "" : std::to_string(found->second);
    const FontRole& role = chapter ? chapter_role : section_role;
    const Color colour = chapter && entry.chapter_number > 0 ? spec_.chapter_color(entry.chapter_number) : role.color;
    const double indent = chapter ? 0 : 24;
    const std::string label = chapter && entry.chapter_number > 0
                                  ? std::to_string(entry.chapter_number) + "\xE2\x80\x83" + entry.title  // em space
                                  : entry.title;
    const int item_tag = setter_.element("TOCI", list_tag);
    LineItem text = line_at(plain(label), role, colour, type_left(*page) + indent, y, LineRole::furniture,
                            spec_.page.type_area_width() - indent - 40);
    text.block = item_tag;
    text.links.push_back(
        {text.x, y - text.ascent, spec_.page.type_area_width() - indent, text.ascent + text.descent, "#" + entry.id});
    page->lines.push_back(std::move(text));
    LineItem folio = line_at(plain(number), role, role.color, 0, y, LineRole::furniture, 40);
    folio.x = type_right(*page) - folio.width;
    folio.block = item_tag;
    page->lines.push_back(std::move(folio));
    y += baseline_step * (chapter ? 1.5 : 1.0);
  }
}

int Furniture::opener_units() const {
  return kOpenerUnits;
}

void Furniture::opener(Page& page, const Chapter& chapter, const Color& color) {
  const PageGeometry& g = spec_.page;
  const double field_bottom = g.margin_top + (kOpenerUnits - 2) * g.baseline;
  page.rules.push_back({-g.bleed, -g.bleed, g.width + 2 * g.bleed, field_bottom + g.bleed, color});
  FontRole number_role = recoloured(spec_.roles.cover_title, kWhite);
  const double left = type_left(page);
  const double measure = g.type_area_width();
  const std::string number = std::to_string(chapter.number);
  LineItem numeral = line_at(plain(number), number_role, kWhite, left, g.margin_top + number_role.leading * 0.8,
                             LineRole::furniture, measure);
  page.lines.push_back(std::move(numeral));
  // The title in heading1, white, set above the field's lower edge; long titles take two lines.
  FontRole title_role = recoloured(spec_.roles.heading1, kWhite);
  FlowBlock title = setter_.set(styled_text(chapter.title), title_role, measure, false);
  const int tag = setter_.element("H1", -1);
  double baseline = field_bottom - g.baseline * 1.5 - title_role.leading * static_cast<double>(title.lines.size() - 1);
  for (LineItem& line : title.lines) {
    line.x += left;
    line.baseline = baseline;
    line.role = LineRole::heading1;
    line.block = tag;
    line.source = &chapter;
    page.lines.push_back(std::move(line));
    baseline += title_role.leading;
  }
  page.anchors.push_back({chapter.attributes.id, 0});
  out_.page_of[chapter.attributes.id] = page.number;
}

void Furniture::running_head_and_folio(Page& page) {
  const PageGeometry& g = spec_.page;
  const bool right_hand = !g.facing || page.number % 2 == 1;
  const double measure = g.type_area_width();
  if (page.kind == PageKind::body && !page.running_head.empty()) {
    const FontRole& role = spec_.roles.running_head;
    LineItem head = line_at(plain(page.running_head), role, role.color, 0, g.margin_top - 3 * g.baseline / 2,
                            LineRole::running_head, measure);
    head.x = right_hand ? type_right(page) - head.width : type_left(page);
    head.block = -1;
    page.lines.push_back(std::move(head));
  }
  const FontRole& role = spec_.roles.folio;
  LineItem folio = line_at(plain(std::to_string(page.number)), role, role.color, 0,
                           g.height - g.margin_bottom + 2 * g.baseline, LineRole::folio, measure);
  folio.x = right_hand ? type_right(page) - folio.width : type_left(page);
  page.lines.push_back(std::move(folio));
}

std::vector<FlowBlock> Furniture::closing_blocks(const Chapter& closing) {
  setter_.set_color_override(kWhite);
  const int section_tag = setter_.element("Sect", -1);
  std::vector<FlowBlock> blocks;
  // A chapter's title (H1), in the smaller heading2 role that suits a back cover.
  blocks.push_back(setter_.heading(closing.title, 1, "", section_tag, &spec_.roles.heading2));
  for (LineItem& line : blocks.back().lines) line.source = &closing;
  for (const Section& section : closing.sections) {
    for (FlowBlock& block : setter_.blocks(section.blocks, section_tag)) blocks.push_back(std::move(block));
  }
  setter_.set_color_override(std::nullopt);
  return blocks;
}

int Furniture::units_of(const std::vector<FlowBlock>& blocks) const {
  int units = 0;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    if (k > 0) units += blocks[k].space_before;
    for (int line_units : blocks[k].units) units += line_units;
    units += blocks[k].space_after;
  }
  return units;
}

bool Furniture::closing_fits(const Chapter& closing) {
  const PageGeometry& g = spec_.page;
  const int capacity = static_cast<int>((g.height - g.margin_top - g.margin_bottom) / g.baseline);
  // Measure without leaving structure elements behind: the back cover makes its own.
  const std::size_t elements = out_.structure.size();
  const int units = units_of(closing_blocks(closing));
  out_.structure.resize(elements);
  return units <= capacity - 4;  // four grid lines stay for the imprint
}

void Furniture::back_cover(Page& page, const Chapter* closing) {
  const PageGeometry& g = spec_.page;
  page.rules.push_back({-g.bleed, -g.bleed, g.width + 2 * g.bleed, g.height + 2 * g.bleed, spec_.accent});
  const double left = type_left(page);
  if (closing) {
    // The closing text stands in one column on the grid, white on the accent colour.
    double y = g.margin_top;
    bool first = true;
    for (FlowBlock& block : closing_blocks(*closing)) {
      if (!first) y += block.space_before * g.baseline;
      first = false;
      for (std::size_t k = 0; k < block.lines.size(); ++k) {
        LineItem& line = block.lines[k];
        y += block.units[k] * g.baseline;
        line.x += left;
        line.baseline = y;
        for (LinkArea& link : line.links) {
          link.x += line.x;
          link.y += y;
        }
        page.lines.push_back(std::move(line));
      }
      y += block.space_after * g.baseline;
    }
  }
  const Metadata& m = publication_.metadata;
  const std::string imprint = m.publisher.empty() ? m.title : m.publisher;
  page.lines.push_back(line_at(plain(imprint), recoloured(spec_.roles.heading3, kWhite), kWhite, left,
                               g.height - g.margin_bottom, LineRole::furniture, g.type_area_width()));
}

}  // namespace persklaar
