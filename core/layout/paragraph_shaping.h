#pragma once
// One shaping of a whole paragraph, which the line breaker measures and the line cutter cuts lines
// from: the runs a one-line PangoLayout of the paragraph would have.
//
// A PangoLayout does more than shape: it finds every line and word boundary of the text, fills
// lines, and measures the whole layout once more when done (Pango 1.50 does so even for nothing
// but a debug message). The measuring uses none of it, and it was a quarter of the layout's time.
// So a paragraph is itemized and shaped directly (pango_itemize_with_base_dir, pango_shape_item)
// and its glyph items split at attribute changes as PangoLayout splits them
// (pango_glyph_item_apply_attrs). What only a PangoLayout does right — letter spacing and its
// edges, raised text, tabs, line and paragraph separators, text that is not left to right or not
// on the roman baseline (Japanese, Devanagari) — is
// still shaped by one. Either way the runs are the same glyphs at the same positions: a test
// compares both for every paragraph of the sample magazine.
#include <pango/pango.h>

#include <string>
#include <vector>

namespace persklaar {

class ShapedParagraph {
 public:
  enum class Shaper { direct_when_possible, layout };

  // `attributes` as set_paragraph makes them (span_attributes); the font is the paragraph's base.
  ShapedParagraph(PangoContext* context, const std::string& text, const PangoFontDescription* font,
                  PangoAttrList* attributes, Shaper shaper = Shaper::direct_when_possible);
  ~ShapedParagraph();
  ShapedParagraph(const ShapedParagraph&) = delete;
  ShapedParagraph& operator=(const ShapedParagraph&) = delete;

  // In text order; owned by this object. Not const: missing glyphs are replaced in place.
  const std::vector<PangoGlyphItem*>& runs() const { return runs_; }
  // The logical extents of the first line, as pango_layout_line_get_extents gives them.
  PangoRectangle first_line_logical() const { return first_line_; }
  bool shaped_directly() const { return layout_ == nullptr; }

 private:
  void shape_with_layout(PangoContext* context, const std::string& text, const PangoFontDescription* font,
                         PangoAttrList* attributes);
  void shape_directly(PangoContext* context, const std::string& text, const PangoFontDescription* font,
                      PangoAttrList* attributes, PangoDirection direction);

  PangoLayout* layout_ = nullptr;  // when shaped by a PangoLayout, which owns the runs
  std::vector<PangoGlyphItem*> runs_;
  PangoRectangle first_line_{};
};

}  // namespace persklaar
