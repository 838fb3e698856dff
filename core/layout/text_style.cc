#include "core/layout/text_style.h"

namespace persklaar {
namespace {

PangoWeight bolder(int weight) {
  return static_cast<PangoWeight>(weight >= 600 ? 800 : 700);
}

guint16 channel(double value) {
  return static_cast<guint16>(std::clamp(value, 0.0, 1.0) * 65535);
}

void insert(PangoAttrList* list, PangoAttribute* attribute, std::size_t begin, std::size_t end) {
  attribute->start_index = static_cast<guint>(begin);
  attribute->end_index = static_cast<guint>(end);
  pango_attr_list_insert(list, attribute);
}

// Superscript and subscript: the size and the shift from the baseline, in em of the text around.
constexpr double kScriptScale = 0.7;
constexpr double kSuperscriptRise = 0.33;
constexpr double kSubscriptDrop = 0.12;

}  // namespace

FontDescriptionHandle font_description(const FontRole& role) {
  PangoFontDescription* description = pango_font_description_new();
  pango_font_description_set_family(description, role.family.c_str());
  pango_font_description_set_absolute_size(description, role.size * PANGO_SCALE);
  pango_font_description_set_weight(description, static_cast<PangoWeight>(role.weight));
  pango_font_description_set_style(description, role.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  return FontDescriptionHandle(description, pango_font_description_free);
}

PangoAttrList* span_attributes(const StyledText& text, std::size_t begin, std::size_t end, const FontRole& role,
                               const Color& link_color) {
  PangoAttrList* list = pango_attr_list_new();
  if (role.letter_spacing != 0) {
    insert(list, pango_attr_letter_spacing_new(to_pango(role.letter_spacing * role.size)), 0, end - begin);
  }
  if (!role.features.empty()) insert(list, pango_attr_font_features_new(role.features.c_str()), 0, end - begin);
  for (const StyleSpan& span : text.spans) {
    if (span.end <= begin || span.begin >= end) continue;
    const std::size_t from = std::max(span.begin, begin) - begin;
    const std::size_t to = std::min(span.end, end) - begin;
    if (span.italic)
      insert(list, pango_attr_style_new(role.italic ? PANGO_STYLE_NORMAL : PANGO_STYLE_ITALIC), from, to);
    if (span.bold) insert(list, pango_attr_weight_new(bolder(role.weight)), from, to);
    if (span.code) {
      insert(list, pango_attr_family_new(kCodeFamily), from, to);
      insert(list, pango_attr_font_features_new(kCodeFeatures), from, to);
    }
    if (span.script != 0) {
      // Smaller, and raised (or lowered) from the baseline, as a typesetter sets 1st or H2O; the
      // line keeps its height on the grid.
      insert(list, pango_attr_scale_new(kScriptScale), from, to);
      insert(list, pango_attr_rise_new(to_pango(role.size * (span.script > 0 ? kSuperscriptRise : -kSubscriptDrop))),
             from, to);
    }
    if (!span.link.empty()) {
      insert(list,
             pango_attr_foreground_new(channel(link_color.red), channel(link_color.green), channel(link_color.blue)),
             from, to);
    }
  }
  return list;
}

PangoAttrList* role_attributes(const FontRole& role, std::size_t length) {
  if (role.letter_spacing == 0 && role.features.empty()) return nullptr;
  PangoAttrList* list = pango_attr_list_new();
  if (role.letter_spacing != 0) {
    insert(list, pango_attr_letter_spacing_new(to_pango(role.letter_spacing * role.size)), 0, length);
  }
  if (!role.features.empty()) insert(list, pango_attr_font_features_new(role.features.c_str()), 0, length);
  return list;
}

PangoLayout* plain_layout(PangoContext* context, const std::string& text, const FontRole& role) {
  PangoLayout* layout = pango_layout_new(context);
  pango_layout_set_font_description(layout, font_description(role).get());
  pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
  if (PangoAttrList* list = role_attributes(role, text.size())) {
    pango_layout_set_attributes(layout, list);
    pango_attr_list_unref(list);
  }
  return layout;
}

}  // namespace persklaar
