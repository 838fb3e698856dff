#include "core/layout/paragraph_shaping.h"

#include <algorithm>
#include <climits>

namespace persklaar {
namespace {

// Attributes that choose the font: PangoLayout itemizes the text with these.
bool chooses_font(PangoAttrType type) {
  switch (type) {
    case PANGO_ATTR_LANGUAGE:
    case PANGO_ATTR_FAMILY:
    case PANGO_ATTR_STYLE:
    case PANGO_ATTR_WEIGHT:
    case PANGO_ATTR_STRETCH:
    case PANGO_ATTR_SIZE:
    case PANGO_ATTR_ABSOLUTE_SIZE:
    case PANGO_ATTR_FONT_DESC:
    case PANGO_ATTR_SCALE:
    case PANGO_ATTR_FALLBACK: return true;
    default: return false;
  }
}

// Attributes applied to items once itemized (OpenType features) or to runs once shaped (colours and
// lines).
bool applied_after_itemizing(PangoAttrType type) {
  switch (type) {
    case PANGO_ATTR_FONT_FEATURES:
    case PANGO_ATTR_FOREGROUND:
    case PANGO_ATTR_BACKGROUND:
    case PANGO_ATTR_UNDERLINE:
    case PANGO_ATTR_UNDERLINE_COLOR:
    case PANGO_ATTR_STRIKETHROUGH:
    case PANGO_ATTR_STRIKETHROUGH_COLOR: return true;
    default: return false;
  }
}

// Attributes whose effect pango_itemize, pango_shape_item and pango_glyph_item_apply_attrs give
// exactly as a PangoLayout would. (A small-caps variant is not among them: Pango may emulate it,
// with the layout's word boundaries.)
bool shaped_alike(PangoAttrType type) {
  return chooses_font(type) || applied_after_itemizing(type);
}

bool attributes_shaped_alike(PangoAttrList* attributes) {
  if (!attributes) return true;
  bool alike = true;
  PangoAttrIterator* at = pango_attr_list_get_iterator(attributes);
  do {
    GSList* here = pango_attr_iterator_get_attrs(at);
    for (GSList* a = here; a; a = a->next) {
      alike = alike && shaped_alike(static_cast<PangoAttribute*>(a->data)->klass->type);
    }
    g_slist_free_full(here, reinterpret_cast<GDestroyNotify>(pango_attribute_destroy));
  } while (alike && pango_attr_iterator_next(at));
  pango_attr_iterator_destroy(at);
  return alike;
}

// Characters a PangoLayout treats specially: tabs go to tab stops, and line and paragraph
// separators start new lines, which are shaped apart.
bool has_layout_characters(const std::string& text) {
  for (std::size_t k = 0; k < text.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(text[k]);
    if (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return true;
    if (c == 0xC2 && k + 1 < text.size() && static_cast<unsigned char>(text[k + 1]) == 0x85) return true;  // NEL
    if (c == 0xE2 && k + 2 < text.size() && static_cast<unsigned char>(text[k + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[k + 2]) == 0xA8 || static_cast<unsigned char>(text[k + 2]) == 0xA9))
      return true;  // U+2028, U+2029
  }
  return false;
}

gboolean affects_itemizing(PangoAttribute* attribute, gpointer) {
  return chooses_font(attribute->klass->type);
}

gboolean affects_shaping(PangoAttribute* attribute, gpointer) {
  return attribute->klass->type == PANGO_ATTR_FONT_FEATURES;
}

// Whether a PangoLayout would leave an item where it is: left to right, and in a script that sits
// on the roman baseline. (A layout moves the runs of a line whose scripts sit on other baselines,
// ideographic or hanging, up or down to one of them.)
bool on_the_roman_baseline(const PangoItem* item) {
  if (item->analysis.level % 2 != 0) return false;
  switch (static_cast<PangoScript>(item->analysis.script)) {
    case PANGO_SCRIPT_COMMON:
    case PANGO_SCRIPT_INHERITED:
    case PANGO_SCRIPT_LATIN:
    case PANGO_SCRIPT_GREEK:
    case PANGO_SCRIPT_CYRILLIC: return true;
    default: return false;
  }
}

// The extents of a line whose runs are `runs`, as pango_layout_line_get_extents gives them for
// runs without rise or line height: the runs side by side, as high as the highest.
PangoRectangle line_logical(const std::vector<PangoGlyphItem*>& runs) {
  PangoRectangle line{};
  int top = INT_MAX, bottom = INT_MIN;
  for (const PangoGlyphItem* run : runs) {
    PangoRectangle logical;
    pango_glyph_string_extents(run->glyphs, run->item->analysis.font, nullptr, &logical);
    top = std::min(top, logical.y);
    bottom = std::max(bottom, logical.y + logical.height);
    line.width += logical.width;
  }
  if (!runs.empty()) {
    line.y = top;
    line.height = bottom - top;
  }
  return line;
}

}  // namespace

ShapedParagraph::ShapedParagraph(PangoContext* context, const std::string& text, const PangoFontDescription* font,
                                 PangoAttrList* attributes, Shaper shaper) {
  // The direction a PangoLayout finds for its text (deprecated as a public call, used by Pango itself).
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  PangoDirection direction = pango_find_base_dir(text.data(), static_cast<int>(text.size()));
  G_GNUC_END_IGNORE_DEPRECATIONS
  if (direction == PANGO_DIRECTION_NEUTRAL) direction = pango_context_get_base_dir(context);
  const bool direct = shaper == Shaper::direct_when_possible && !text.empty() && !has_layout_characters(text) &&
                      direction != PANGO_DIRECTION_RTL && attributes_shaped_alike(attributes);
  if (direct) shape_directly(context, text, font, attributes, direction);
  if (runs_.empty()) shape_with_layout(context, text, font, attributes);
}

ShapedParagraph::~ShapedParagraph() {
  if (layout_) {
    g_object_unref(layout_);
  } else {
    for (PangoGlyphItem* run : runs_) pango_glyph_item_free(run);
  }
}

void ShapedParagraph::shape_with_layout(PangoContext* context, const std::string& text,
                                        const PangoFontDescription* font, PangoAttrList* attributes) {
  layout_ = pango_layout_new(context);
  pango_layout_set_font_description(layout_, font);
  pango_layout_set_text(layout_, text.data(), static_cast<int>(text.size()));
  pango_layout_set_attributes(layout_, attributes);
  for (GSList* line = pango_layout_get_lines_readonly(layout_); line; line = line->next) {
    for (GSList* run = static_cast<PangoLayoutLine*>(line->data)->runs; run; run = run->next) {
      runs_.push_back(static_cast<PangoGlyphItem*>(run->data));
    }
  }
  pango_layout_line_get_extents(pango_layout_get_line_readonly(layout_, 0), nullptr, &first_line_);
}

// What pango_layout_check_lines does for one paragraph on one line of unlimited width: the same
// attribute lists, itemization, shaping and splitting, without the line breaking around them.
void ShapedParagraph::shape_directly(PangoContext* context, const std::string& text, const PangoFontDescription* font,
                                     PangoAttrList* attributes, PangoDirection direction) {
  PangoAttrList* effective = attributes ? pango_attr_list_copy(attributes) : pango_attr_list_new();
  pango_attr_list_insert_before(effective, pango_attr_font_desc_new(font));
  PangoAttrList* itemizing = pango_attr_list_filter(effective, affects_itemizing, nullptr);
  PangoAttrList* shaping = pango_attr_list_filter(effective, affects_shaping, nullptr);

  const int length = static_cast<int>(text.size());
  GList* items = pango_itemize_with_base_dir(context, direction, text.data(), 0, length, itemizing, nullptr);
  bool alike = true;
  for (GList* i = items; i; i = i->next) alike = alike && on_the_roman_baseline(static_cast<PangoItem*>(i->data));
  if (alike) {
    if (shaping) {
      PangoAttrIterator* at = pango_attr_list_get_iterator(shaping);
      for (GList* i = items; i; i = i->next) pango_item_apply_attrs(static_cast<PangoItem*>(i->data), at);
      pango_attr_iterator_destroy(at);
    }
    const PangoShapeFlags flags =
        pango_context_get_round_glyph_positions(context) ? PANGO_SHAPE_ROUND_POSITIONS : PANGO_SHAPE_NONE;
    for (GList* i = items; i; i = i->next) {
      auto* run = g_slice_new(PangoGlyphItem);
      run->item = static_cast<PangoItem*>(i->data);
      run->glyphs = pango_glyph_string_new();
      run->y_offset = 0;
      run->start_x_offset = 0;
      run->end_x_offset = 0;
      pango_shape_item(run->item, text.data(), length, nullptr, run->glyphs, flags);
      i->data = nullptr;  // the run owns the item now
      GSList* pieces = pango_glyph_item_apply_attrs(run, text.data(), effective);
      for (GSList* piece = pieces; piece; piece = piece->next)
        runs_.push_back(static_cast<PangoGlyphItem*>(piece->data));
      g_slist_free(pieces);
    }
    first_line_ = line_logical(runs_);
  }
  g_list_free_full(items, [](gpointer item) {
    if (item) pango_item_free(static_cast<PangoItem*>(item));
  });
  if (shaping) pango_attr_list_unref(shaping);
  if (itemizing) pango_attr_list_unref(itemizing);
  pango_attr_list_unref(effective);
}

}  // namespace persklaar
