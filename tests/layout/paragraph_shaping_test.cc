// A paragraph shaped directly has the runs a PangoLayout gives it: the same items, fonts, glyphs,
// advances, offsets and clusters, and the same first line extents. Checked for every paragraph,
// heading and caption of the sample magazine in every font role that sets running text, and for
// text in other scripts, with links, code and missing characters.
#include "core/layout/paragraph_shaping.h"

#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "core/layout/layout_spec.h"
#include "core/layout/styled_text.h"
#include "core/layout/text_style.h"
#include "core/model/walk.h"
#include "core/render/font_library.h"
#include "tests/support/pipeline.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

std::string describe(const PangoGlyphItem* run) {
  return "run at byte " + std::to_string(run->item->offset) + " of " + std::to_string(run->item->length) + " bytes";
}

// Empty when both shapings agree, else what differs first.
std::string difference(const ShapedParagraph& direct, const ShapedParagraph& layout) {
  if (direct.runs().size() != layout.runs().size()) {
    return std::to_string(direct.runs().size()) + " runs against " + std::to_string(layout.runs().size());
  }
  for (std::size_t r = 0; r < direct.runs().size(); ++r) {
    const PangoGlyphItem* a = direct.runs()[r];
    const PangoGlyphItem* b = layout.runs()[r];
    if (a->item->offset != b->item->offset || a->item->length != b->item->length ||
        a->item->num_chars != b->item->num_chars) {
      return describe(a) + " against " + describe(b);
    }
    if (a->item->analysis.font != b->item->analysis.font) return describe(a) + ": another font";
    if (a->item->analysis.level != b->item->analysis.level || a->item->analysis.script != b->item->analysis.script)
      return describe(a) + ": another level or script";
    if (g_slist_length(a->item->analysis.extra_attrs) != g_slist_length(b->item->analysis.extra_attrs))
      return describe(a) + ": other attributes";
    if (a->y_offset != b->y_offset || a->start_x_offset != b->start_x_offset || a->end_x_offset != b->end_x_offset)
      return describe(a) + ": other run offsets";
    if (a->glyphs->num_glyphs != b->glyphs->num_glyphs) return describe(a) + ": another number of glyphs";
    for (int g = 0; g < a->glyphs->num_glyphs; ++g) {
      const PangoGlyphInfo& x = a->glyphs->glyphs[g];
      const PangoGlyphInfo& y = b->glyphs->glyphs[g];
      if (x.glyph != y.glyph || x.geometry.width != y.geometry.width || x.geometry.x_offset != y.geometry.x_offset ||
          x.geometry.y_offset != y.geometry.y_offset || a->glyphs->log_clusters[g] != b->glyphs->log_clusters[g] ||
          x.attr.is_cluster_start != y.attr.is_cluster_start) {
        return describe(a) + ": glyph " + std::to_string(g) + " differs";
      }
    }
  }
  const PangoRectangle p = direct.first_line_logical(), q = layout.first_line_logical();
  if (p.x != q.x || p.y != q.y || p.width != q.width || p.height != q.height) return "other line extents";
  return "";
}

class ParagraphShaping : public ::testing::Test {
 protected:
  ParagraphShaping() : context_(FontLibrary::bundled().create_context(), g_object_unref) {
    pango_context_set_language(context_.get(), pango_language_from_string("nl"));
  }

  // Shapes `styled` in `role` both ways; returns whether it was shaped directly and adds any
  // difference to the test's failures.
  bool same_both_ways(const StyledText& styled, const FontRole& role) {
    const FontDescriptionHandle font = font_description(role);
    PangoAttrList* attributes = span_attributes(styled, 0, styled.text.size(), role, spec_->accent);
    const ShapedParagraph direct(context_.get(), styled.text, font.get(), attributes);
    const ShapedParagraph layout(context_.get(), styled.text, font.get(), attributes, ShapedParagraph::Shaper::layout);
    pango_attr_list_unref(attributes);
    EXPECT_EQ(difference(direct, layout), "") << styled.text.substr(0, 80);
    return direct.shaped_directly();
  }

  bool same_both_ways(const std::string& text, const FontRole& role) {
    StyledText styled;
    styled.text = text;
    return same_both_ways(styled, role);
  }

  std::shared_ptr<const LayoutSpec> spec_ =
      std::make_shared<const LayoutSpec>(load_layout(testing::source_dir() / "layouts" / "magazine-a4.xml"));
  std::unique_ptr<PangoContext, decltype(&g_object_unref)> context_;
};

TEST_F(ParagraphShaping, EveryTextOfTheSampleIsShapedAsAPangoLayoutShapesIt) {
  Publication publication = testing::load(testing::sample_manuscript());
  const std::vector<const FontRole*> roles = {&spec_->roles.body, &spec_->roles.heading2, &spec_->roles.testimonial,
                                              &spec_->roles.caption, &spec_->roles.code};
  int texts = 0, directly = 0;
  for_each_inline_sequence(publication, [&](Inlines& inlines) {
    const StyledText styled = styled_text(inlines);
    for (const FontRole* role : roles) {
      ++texts;
      directly += same_both_ways(styled, *role) ? 1 : 0;
    }
  });
  for (const FontRole* role : roles) same_both_ways("\xE2\x80\x90", *role);  // the hyphen a broken word gets
  EXPECT_GT(texts, 500);
  EXPECT_GT(directly, texts / 2);  // most go the direct way, or there is nothing to gain
}

TEST_F(ParagraphShaping, OtherScriptsLinksAndMissingCharactersAreShapedAlike) {
  const FontRole& body = spec_->roles.body;
  EXPECT_TRUE(same_both_ways("Ελληνικά: η γρήγορη καφέ αλεπού, и по-русски: съешь же ещё этих булок.", body));
  // Japanese sits on another baseline: a layout shapes it (and moves the Latin parentheses to it).
  EXPECT_FALSE(
      same_both_ways("このガイドは、初心者向けでも経験者向きでもある。幅広く(書いてあることは全て重要)。", body));
  EXPECT_TRUE(same_both_ways("Een emoji 🙂 en een teken dat geen letter heeft: \xEF\xBF\xBE, ﬁjn.", body));
  same_both_ways("Gemengd: עברית in een Nederlandse zin.", body);  // a layout shapes it: mixed direction
  EXPECT_FALSE(same_both_ways("Met een\ttab", body));
  EXPECT_FALSE(same_both_ways("Twee\xE2\x80\xA8regels", body));

  StyledText styled;
  styled.text = "Lees verder op https://example.org/kenniscafe of typ persklaar build.";
  styled.spans.push_back({13, 44, false, false, false, "https://example.org/kenniscafe", 0});
  styled.spans.push_back({52, 67, false, false, true, "", 0});
  EXPECT_TRUE(same_both_ways(styled, body));
}

// Strings no editor would write on purpose, but a pasted one might: combining accents, joiners,
// soft hyphens, no-break and zero-width spaces, emoji sequences, digits of other scripts, ligatures,
// italic and linked spans over them. Whichever way each is shaped, the runs are the same.
TEST_F(ParagraphShaping, MixedUnusualTextIsShapedAlike) {
  const std::vector<std::string> pieces = {"kennis",
                                           "café",
                                           "cafe\xCC\x81",
                                           "\xC2\xAD",
                                           "\xC2\xA0",
                                           "\xE2\x80\x8B",
                                           "\xE2\x80\x8D",
                                           "\xE2\x80\x8C",
                                           "👩‍👩‍👧",
                                           "🇳🇱",
                                           "٣٤",
                                           "१२",
                                           "ﬁ",
                                           "fi",
                                           "ĳ",
                                           "IJssel",
                                           " ",
                                           "  ",
                                           "—",
                                           "…",
                                           "“quote”",
                                           "co-op",
                                           "é",
                                           "\xE2\x80\x91",
                                           "1½",
                                           "x²",
                                           "Ω",
                                           "ß",
                                           "Ǆ",
                                           "e\xCC\x88",
                                           "(",
                                           ")",
                                           "’s",
                                           "www.example.org/a_b?c=d"};
  std::mt19937 random(20261130);
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1), count(1, 24);
  int directly = 0;
  for (int round = 0; round < 300; ++round) {
    StyledText styled;
    for (std::size_t n = count(random); n > 0; --n) styled.text += pieces[piece(random)];
    if (round % 3 == 0 && styled.text.size() > 6) {
      const std::size_t middle = styled.text.size() / 2;
      std::size_t begin = middle;
      while (begin > 0 && (static_cast<unsigned char>(styled.text[begin]) & 0xC0) == 0x80) --begin;
      styled.spans.push_back({0, begin, true, false, false, "", 0});
      styled.spans.push_back({begin, styled.text.size(), false, round % 2 == 0, false, "https://example.org", 0});
    }
    directly += same_both_ways(styled, spec_->roles.body) ? 1 : 0;
  }
  EXPECT_GT(directly, 100);
}

}  // namespace
}  // namespace persklaar
