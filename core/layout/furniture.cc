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

StyledText Furniture::plain_text_of(const std::string& text) {
  return plain(text);
}

FontRole Furniture::recoloured_role(FontRole role, const Color& color) {
  return recoloured(std::move(role), color);
}

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
  FlowBlock block = setter_.set_furniture(text, coloured, measure);
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

int Furniture::opener_units(const Chapter& chapter) const {
  // The field grows with the title: its first line stays half a grid line below the number.
  const PageGeometry& g = spec_.page;
  const FontRole& number = spec_.roles.cover_title;
  const FontRole& title = spec_.roles.heading1;
  const auto lines = static_cast<double>(std::max<std::size_t>(
      1, setter_.set_balanced(styled_text(chapter.title), title, g.type_area_width()).lines.size()));
  const double number_bottom = number.leading * 0.8;  // figures stand on their baseline
  const double field =
      number_bottom + 0.5 * g.baseline + 0.8 * title.size + (lines - 1) * title.leading + 1.5 * g.baseline;
  return std::max(kOpenerUnits, static_cast<int>(std::ceil(field / g.baseline - 1e-6)) + 2);
}

void Furniture::opener(Page& page, const Chapter& chapter, const Color& color) {
  const PageGeometry& g = spec_.page;
  const double field_bottom = g.margin_top + (opener_units(chapter) - 2) * g.baseline;
  page.rules.push_back({-g.bleed, -g.bleed, g.width + 2 * g.bleed, field_bottom + g.bleed, color});
  FontRole number_role = recoloured(spec_.roles.cover_title, kWhite);
  const double left = type_left(page);
  const double measure = g.type_area_width();
  const std::string number = std::to_string(chapter.number);
  LineItem numeral = line_at(plain(number), number_role, kWhite, left, g.margin_top + number_role.leading * 0.8,
                             LineRole::furniture, measure);
  page.lines.push_back(std::move(numeral));
  // The title in heading1, white, set above the field's lower edge in balanced lines, as many as it
  // takes (the field grows with it, see opener_units).
  FontRole title_role = recoloured(spec_.roles.heading1, kWhite);
  FlowBlock title = setter_.set_balanced(styled_text(chapter.title), title_role, measure);
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

std::string Furniture::fitted_running_head(const std::string& head, const FontRole& role, double measure) {
  const auto fits = [&](const std::string& text) {
    const FlowBlock block = setter_.set_furniture(plain(text), role, measure);
    return block.lines.size() <= 1 && (block.lines.empty() || !block.lines.front().overfull);
  };
  if (fits(head)) return head;
  static const std::string separator = "  \xC2\xB7  ";
  static const std::string ellipsis = "\xE2\x80\xA6";
  std::string text = head;
  // "Hoofdstuk 3 · Title · Section": the section goes first.
  const std::size_t first = text.find(separator);
  const std::size_t last = text.rfind(separator);
  if (first != std::string::npos && last != first) {
    text.erase(last);
    if (fits(text)) return text;
  }
  // Then the title loses words from its end, with an ellipsis for them.
  const std::size_t kept = first == std::string::npos ? 0 : first + separator.size();  // "Hoofdstuk 3 · "
  for (;;) {
    const std::size_t space = text.rfind(' ');
    if (space == std::string::npos || space <= kept) return text;  // nothing left to cut
    text.erase(space);
    while (!text.empty() && (text.back() == ',' || text.back() == ':' || text.back() == ' ')) text.pop_back();
    if (fits(text + ellipsis)) return text + ellipsis;
  }
}

void Furniture::running_head_and_folio(Page& page) {
  const PageGeometry& g = spec_.page;
  const bool right_hand = !g.facing || page.number % 2 == 1;
  const double measure = g.type_area_width();
  if (page.kind == PageKind::body && !page.running_head.empty()) {
    const FontRole& role = spec_.roles.running_head;
    LineItem head = line_at(plain(fitted_running_head(page.running_head, role, measure)), role, role.color, 0,
                            g.margin_top - 3 * g.baseline / 2, LineRole::running_head, measure);
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
