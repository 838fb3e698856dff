#include "core/layout/missing_glyphs.h"

#include <hb.h>

namespace persklaar {
namespace {

constexpr hb_codepoint_t kReplacements[] = {0xFFFD, 0x25A1, '?'};  // in order of preference

void replace_in(PangoGlyphItem* run) {
  PangoFont* font = run->item->analysis.font;
  hb_font_t* shaper = font ? pango_font_get_hb_font(font) : nullptr;
  if (!shaper) return;
  for (int g = 0; g < run->glyphs->num_glyphs; ++g) {
    PangoGlyphInfo& info = run->glyphs->glyphs[g];
    if (!(info.glyph & PANGO_GLYPH_UNKNOWN_FLAG)) continue;
    for (const hb_codepoint_t replacement : kReplacements) {
      hb_codepoint_t glyph = 0;
      if (!hb_font_get_nominal_glyph(shaper, replacement, &glyph)) continue;
      PangoRectangle logical;
      pango_font_get_glyph_extents(font, glyph, nullptr, &logical);
      info.glyph = glyph;
      info.geometry.width = logical.width;
      break;
    }
  }
}

}  // namespace

void show_missing_as_replacement(PangoLayout* layout) {
  if (pango_layout_get_unknown_glyphs_count(layout) == 0) return;
  for (GSList* line = pango_layout_get_lines_readonly(layout); line; line = line->next) {
    for (GSList* run = static_cast<PangoLayoutLine*>(line->data)->runs; run; run = run->next) {
      replace_in(static_cast<PangoLayoutRun*>(run->data));
    }
  }
}

void show_missing_as_replacement(const std::vector<PangoGlyphItem*>& runs) {
  for (PangoGlyphItem* run : runs) replace_in(run);
}

}  // namespace persklaar
