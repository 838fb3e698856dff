#include "core/layout/line_cutter.h"

#include <algorithm>

#include "core/layout/text_style.h"

namespace persklaar {
namespace {

GlyphItemHandle own(PangoGlyphItem* item) {
  return GlyphItemHandle(item, pango_glyph_item_free);
}

// Whether a glyph cluster starts at `index` (bytes from the item's start): only there can an item
// be split.
bool cluster_starts_at(const PangoGlyphItem* item, int index) {
  for (int g = 0; g < item->glyphs->num_glyphs; ++g) {
    if (item->glyphs->log_clusters[g] == index) return true;
  }
  return false;
}

bool in_link(const StyledText& styled, std::size_t offset) {
  return std::any_of(styled.spans.begin(), styled.spans.end(), [offset](const StyleSpan& span) {
    return !span.link.empty() && offset >= span.begin && offset < span.end;
  });
}

double run_width(const PangoGlyphItem* item) {
  int width = 0;
  for (int g = 0; g < item->glyphs->num_glyphs; ++g) width += item->glyphs->glyphs[g].geometry.width;
  return from_pango(width);
}

// Adds each character's extra advance to the last glyph of its cluster.
void add_extra_advances(PangoGlyphItem* item, const LineCut& cut) {
  PangoGlyphString* glyphs = item->glyphs;
  for (int g = 0; g < glyphs->num_glyphs; ++g) {
    const bool last_of_cluster = g + 1 == glyphs->num_glyphs || glyphs->log_clusters[g + 1] != glyphs->log_clusters[g];
    if (!last_of_cluster) continue;
    const std::size_t offset = static_cast<std::size_t>(item->item->offset + glyphs->log_clusters[g]);
    if (offset < cut.start || offset >= cut.end) continue;
    glyphs->glyphs[g].geometry.width += to_pango(cut.extra[offset - cut.start]);
  }
}

}  // namespace

std::optional<std::vector<GlyphRun>> cut_line(const std::vector<const PangoGlyphItem*>& paragraph_runs,
                                              const std::shared_ptr<const std::string>& text, const StyledText& styled,
                                              const LineCut& cut, const PangoGlyphItem* hyphen,
                                              const std::shared_ptr<const std::string>& hyphen_text, double& width) {
  std::vector<GlyphRun> runs;
  double x = 0;
  for (const PangoGlyphItem* run : paragraph_runs) {
    const std::size_t begin = static_cast<std::size_t>(run->item->offset);
    const std::size_t finish = begin + static_cast<std::size_t>(run->item->length);
    if (finish <= cut.start || begin >= cut.end) continue;
    if (run->item->analysis.level % 2 == 1) return std::nullopt;  // right to left: not cut here
    PangoGlyphItem* piece = pango_glyph_item_copy(const_cast<PangoGlyphItem*>(run));
    if (begin < cut.start) {
      const int at = static_cast<int>(cut.start - begin);
      if (!cluster_starts_at(piece, at)) {
        pango_glyph_item_free(piece);
        return std::nullopt;
      }
      pango_glyph_item_free(pango_glyph_item_split(piece, text->c_str(), at));  // drop the part before
    }
    const std::size_t piece_begin = static_cast<std::size_t>(piece->item->offset);
    if (piece_begin + static_cast<std::size_t>(piece->item->length) > cut.end) {
      const int at = static_cast<int>(cut.end - piece_begin);
      if (!cluster_starts_at(piece, at)) {
        pango_glyph_item_free(piece);
        return std::nullopt;
      }
      PangoGlyphItem* kept = pango_glyph_item_split(piece, text->c_str(), at);
      pango_glyph_item_free(piece);  // the part after the line
      piece = kept;
    }
    add_extra_advances(piece, cut);
    const double piece_width = run_width(piece);
    const Color color = in_link(styled, static_cast<std::size_t>(piece->item->offset)) ? cut.link_color : cut.color;
    runs.push_back({own(piece), text, x, color});
    x += piece_width;
  }
  if (hyphen) {
    PangoGlyphItem* copy = pango_glyph_item_copy(const_cast<PangoGlyphItem*>(hyphen));
    const double hyphen_width = run_width(copy);
    runs.push_back({own(copy), hyphen_text, x, cut.color});
    x += hyphen_width;
  }
  width = x;
  return runs;
}

double x_of_offset(const std::vector<GlyphRun>& runs, std::size_t offset) {
  double end = 0;
  for (const GlyphRun& run : runs) {
    const PangoGlyphItem* item = run.glyphs.get();
    const bool paragraph_text = run.text == runs.front().text;  // not the appended hyphen
    double local = 0;
    for (int g = 0; g < item->glyphs->num_glyphs; ++g) {
      const auto cluster = static_cast<std::size_t>(item->item->offset + item->glyphs->log_clusters[g]);
      if (paragraph_text && cluster >= offset) return run.x + local;
      local += from_pango(item->glyphs->glyphs[g].geometry.width);
    }
    end = run.x + local;
  }
  return end;
}

}  // namespace persklaar
