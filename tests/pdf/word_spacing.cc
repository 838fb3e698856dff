#include "tests/pdf/word_spacing.h"

#include <pango/pangocairo.h>

#include <cmath>
#include <memory>

#include "core/render/font_library.h"

namespace persklaar::testing {
namespace {

double text_width(PangoContext* context, const PangoFontDescription* font, const char* text) {
  std::unique_ptr<PangoLayout, decltype(&g_object_unref)> layout(pango_layout_new(context), g_object_unref);
  pango_layout_set_font_description(layout.get(), font);
  pango_layout_set_text(layout.get(), text, -1);
  PangoRectangle logical;
  pango_layout_get_extents(layout.get(), nullptr, &logical);
  return logical.width / static_cast<double>(PANGO_SCALE);
}

bool is_charis(const TextLine& line) {
  for (const PdfWord& word : line.words) {
    if (word.font.rfind("CharisSIL", 0) != 0) return false;
  }
  return true;
}

// A chapter opener's colour field: a rule from the top of the page (or its bleed) across the page.
bool in_colour_field(const Page& page, const TextLine& line, double page_width) {
  for (const RuleItem& rule : page.rules) {
    if (rule.y <= 0 && rule.width >= page_width && line.middle() < rule.y + rule.height) return true;
  }
  return false;
}

bool is_text_role(LineRole role) {
  return role == LineRole::body || role == LineRole::testimonial || role == LineRole::list_item;
}

}  // namespace

double natural_space(const FontRole& role) {
  std::unique_ptr<PangoContext, decltype(&g_object_unref)> context(FontLibrary::bundled().create_context(),
                                                                   g_object_unref);
  std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> font(pango_font_description_new(),
                                                                                     pango_font_description_free);
  pango_font_description_set_family(font.get(), role.family.c_str());
  pango_font_description_set_absolute_size(font.get(), role.size * PANGO_SCALE);
  pango_font_description_set_weight(font.get(), static_cast<PangoWeight>(role.weight));
  pango_font_description_set_style(font.get(), role.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  return text_width(context.get(), font.get(), "n n") - text_width(context.get(), font.get(), "nn");
}

SpacingSurvey survey_spacing(const RenderedEdition& edition) {
  const FontRoles& roles = edition.spec().roles;
  const double body_space = natural_space(roles.body);
  const double testimonial_space = natural_space(roles.testimonial);
  SpacingSurvey survey;
  for (std::size_t k = 0; k < edition.pages.size() && k < edition.laid_out().pages.size(); ++k) {
    const Page& page = edition.laid_out().pages[k];
    if (page.kind != PageKind::body && page.kind != PageKind::opener) continue;
    const PageFrame frame = edition.frame(k);
    const int number = static_cast<int>(k) + 1;
    for (const TextLine& line : edition.pages[k].body) {
      if (line.column < 0 || in_colour_field(page, line, frame.width)) continue;
      const auto& column = frame.columns[static_cast<std::size_t>(line.column)];
      const double overshoot = line.right - column.second;
      if (overshoot > 0.5) survey.overfull.push_back({number, line.text(), 0, 0, overshoot});

      const double size = line.font_size();
      const bool body_size = std::abs(size - roles.body.size) < 0.05;
      const bool testimonial_size = std::abs(size - roles.testimonial.size) < 0.05;
      if (!is_charis(line) || line.words.size() < 2 || (!body_size && !testimonial_size)) continue;
      const double natural = body_size ? body_space : testimonial_space;

      // The page building's lines on this baseline in this column. A box reaches from the ascent to
      // the descent, so it may take in the baseline of the line above: the nearest baseline to where
      // this line's should be (a quarter of the box's height above its bottom) is this line's.
      const double expected_baseline = line.bottom - 0.25 * (line.bottom - line.top);
      double nearest = 1e9;
      for (const LineItem& item : page.lines) {
        if (item.x < column.first - 1 || item.x >= column.second) continue;
        if (std::abs(item.baseline - expected_baseline) < std::abs(nearest - expected_baseline))
          nearest = item.baseline;
      }
      const LineItem* justified = nullptr;
      bool ragged_body = false, any = false;
      for (const LineItem& item : page.lines) {
        if (std::abs(item.baseline - nearest) > 0.01 || item.baseline < line.top || item.baseline > line.bottom)
          continue;
        if (item.x < column.first - 1 || item.x >= column.second) continue;
        any = true;
        if (item.justified && is_text_role(item.role)) justified = &item;
        if (!item.justified && item.role == LineRole::body) ragged_body = true;
      }
      const bool at_edge = overshoot >= -1;
      if (at_edge && any && !justified) {
        ++survey.ragged_lines_at_edge;
        continue;
      }
      if (at_edge && !any) ++survey.lines_without_counterpart;
      // Gaps from where the justified text starts: a list's bullet stands apart on purpose.
      const double start = justified ? justified->x - 0.5 : -1e9;
      double widest = 0;
      std::vector<double> gaps;
      for (std::size_t w = 1; w < line.words.size(); ++w) {
        const PdfWord& before = line.words[w - 1];
        if (before.left < start || !before.space_after) continue;
        gaps.push_back(line.words[w].left - before.right);
        widest = std::max(widest, gaps.back() / natural);
      }
      if (at_edge || justified) survey.justified.push_back({number, line.text(), natural, widest, overshoot});
      if (!at_edge && justified) {
        survey.short_of_edge.push_back({number, line.text(), natural, widest, overshoot});
      } else if (!at_edge && ragged_body && body_size) {
        survey.ragged_gaps.insert(survey.ragged_gaps.end(), gaps.begin(), gaps.end());
      }
    }
  }
  return survey;
}

}  // namespace persklaar::testing
