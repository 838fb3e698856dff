#include "core/layout/line_cutter.h"

#include <algorithm>

#include "core/layout/text_style.h"

namespace persklaar {
namespace {

GlyphItemHandle own(PangoGlyphItem* item) {
  return GlyphItemHandle(item, pango_glyph_item_free);
}

// The first glyph of `item` whose cluster starts at or after byte `index` (from the item's start).
// Left-to-right clusters are in logical order, so this is a binary search.
int first_glyph_at(const PangoGlyphItem* item, int index) {
  const int* clusters = item->glyphs->log_clusters;
  return static_cast<int>(std::lower_bound(clusters, clusters + item->glyphs->num_glyphs, index) - clusters);
}

// Whether a glyph cluster starts at byte `index` of `item` (or the item ends there): only there can
// a line begin or end.
bool cluster_starts_at(const PangoGlyphItem* item, int index) {
  if (index == item->item->length) return true;
  const int g = first_glyph_at(item, index);
  return g < item->glyphs->num_glyphs && item->glyphs->log_clusters[g] == index;
}

// A new glyph item holding only the glyphs of `run` for the paragraph bytes [from, to), both at
// cluster starts. Only those glyphs are copied, so cutting a line costs the line's length and not
// its paragraph's (splitting a copy of the whole run made one huge paragraph quadratic).
PangoGlyphItem* slice(const PangoGlyphItem* run, const std::string& text, std::size_t from, std::size_t to) {
  const auto begin = static_cast<std::size_t>(run->item->offset);
  const int first = first_glyph_at(run, static_cast<int>(from - begin));
  const int last = to - begin == static_cast<std::size_t>(run->item->length)
                       ? run->glyphs->num_glyphs
                       : first_glyph_at(run, static_cast<int>(to - begin));
  PangoItem* item = pango_item_copy(run->item);
  item->offset = static_cast<int>(from);
  item->length = static_cast<int>(to - from);
  item->num_chars = static_cast<int>(g_utf8_strlen(text.data() + from, static_cast<gssize>(to - from)));
  PangoGlyphString view{last - first, run->glyphs->glyphs + first, run->glyphs->log_clusters + first, last - first};
  PangoGlyphItem wanted{item, &view, run->y_offset, run->start_x_offset, run->end_x_offset};
  PangoGlyphItem* piece = pango_glyph_item_copy(&wanted);
  pango_item_free(item);
  for (int g = 0; g < piece->glyphs->num_glyphs; ++g) piece->glyphs->log_clusters[g] -= static_cast<int>(from - begin);
  return piece;
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
  // The runs are in logical order: skip those that end before the line.
  const auto first_run =
      std::partition_point(paragraph_runs.begin(), paragraph_runs.end(), [&](const PangoGlyphItem* run) {
        return static_cast<std::size_t>(run->item->offset + run->item->length) <= cut.start;
      });
  for (auto it = first_run; it != paragraph_runs.end(); ++it) {
    const PangoGlyphItem* run = *it;
    const std::size_t begin = static_cast<std::size_t>(run->item->offset);
    const std::size_t finish = begin + static_cast<std::size_t>(run->item->length);
    if (begin >= cut.end) break;
    if (finish <= cut.start) continue;
    if (run->item->analysis.level % 2 == 1) return std::nullopt;  // right to left: not cut here
    const std::size_t from = std::max(begin, cut.start);
    const std::size_t to = std::min(finish, cut.end);
    if (!cluster_starts_at(run, static_cast<int>(from - begin)) ||
        !cluster_starts_at(run, static_cast<int>(to - begin)))
      return std::nullopt;
    PangoGlyphItem* piece = slice(run, *text, from, to);
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
