#pragma once
// The result of page building: pages of positioned items, and nothing else. The PDF painter only
// walks these; tests check page building on them without reading a PDF.
#include <pango/pango.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/layout/layout_spec.h"
#include "core/render/picture.h"

namespace persklaar {

using LayoutHandle = std::shared_ptr<PangoLayout>;  // released with g_object_unref

// What a line is, for the tagged structure and for tests.
enum class LineRole {
  body,
  heading1,
  heading2,
  heading3,
  testimonial,
  attribution,
  list_item,
  table_cell,
  caption,
  running_head,
  folio,
  furniture,
  note,   // a footnote at the foot of a column
  figure  // a picture (LineItem::picture); its caption lines are `caption`
};

struct LinkArea {
  double x = 0, y = 0, width = 0, height = 0;  // page coordinates
  std::string target;                          // a URI, or "#id" for a place in the publication
};

using GlyphItemHandle = std::shared_ptr<PangoGlyphItem>;  // released with pango_glyph_item_free

// A stretch of a line in one font and colour: a piece of its paragraph's single shaping, with the
// justification already in its glyph advances.
struct GlyphRun {
  GlyphItemHandle glyphs;
  std::shared_ptr<const std::string> text;  // the paragraph text the item's offsets point into
  double x = 0;                             // from the line's left edge
  Color color;
};

// One line of text, placed: its left edge at x, its baseline at `baseline`. The painter shows its
// glyph runs, or, where a line could not be cut from its paragraph's shaping, its own `layout`.
struct LineItem {
  double x = 0, baseline = 0;
  double measure = 0;  // the width it was set to; a justified line fills it
  double width = 0;    // its actual width as set
  std::vector<GlyphRun> runs;
  LayoutHandle layout;
  Color color;
  LineRole role = LineRole::body;
  std::string text;  // the line's characters as printed, for tests and structure
  int block = -1;    // the structure element (StructureElement index) it belongs to, -1 for none
  // The model object the line renders: a top-level Block of a section, a Section (its title) or a
  // Chapter (its title or opener), compared by address; null for furniture. See page_map.h.
  const void* source = nullptr;
  bool justified = false;
  bool hyphenated = false;         // ends in an inserted hyphen
  bool overfull = false;           // could not be set within the measure
  bool loose = false;              // its word spaces exceed the layout's maximum
  double word_space = 0;           // its word space as set, divided by the natural space (1 = natural)
  double ascent = 0, descent = 0;  // of the line's font, for bounds checks
  std::vector<LinkArea> links;
  // A figure's picture instead of text: it fills the box from baseline - ascent to the baseline,
  // `width` wide from x, on the grid like a line of as many grid lines as it is tall.
  PictureHandle picture;
};

struct RuleItem {  // a filled rectangle: colour fields, bars, rules
  double x = 0, y = 0, width = 0, height = 0;
  Color color;
};

struct ImageItem {  // a raster image painted into a rectangle
  double x = 0, y = 0, width = 0, height = 0;
  std::shared_ptr<std::vector<unsigned char>> png;
  std::string alt;
};

struct Anchor {  // a named place: a link or outline destination
  std::string id;
  double y = 0;
};

enum class PageKind { cover, colophon, contents, opener, body, back_cover, blank };

struct Page {
  int number = 0;  // 1-based position in the magazine; printed as the folio
  PageKind kind = PageKind::body;
  int chapter = 0;              // the body chapter this page belongs to, 0 for none
  std::string running_head;     // chapter and section at the top of the page; empty for none
  std::vector<RuleItem> rules;  // painted first
  std::vector<ImageItem> images;
  std::vector<LineItem> lines;  // in reading order
  std::vector<Anchor> anchors;
};

// A node of the document's logical structure (PDF tags): H1, P, BlockQuote, L, LI, Table, …
struct StructureElement {
  std::string tag;
  int parent = -1;       // index of the enclosing element, -1 at the top
  std::string language;  // BCP 47 when it differs from its parent's (an English chapter); else empty
  std::string id;        // the /ID a Note element needs (the note's anchor); else empty
  std::string alt;       // the /Alt of a Figure (its description); else empty
};

struct OutlineEntry {
  int level = 1;  // 1 chapter, 2 section
  std::string title;
  std::string id;
  int page = 0;
};

struct LayoutReport {  // lines the engine could not set as the layout asks; reported, never hidden
  int overfull_lines = 0;
  int loose_lines = 0;
  std::vector<std::string> examples;
};

struct LaidOutPublication {
  LayoutSpec spec;
  std::vector<Page> pages;
  std::vector<StructureElement> structure;
  std::vector<OutlineEntry> outline;
  std::map<std::string, int> page_of;  // id of a chapter, section or heading → page number
  LayoutReport report;
};

}  // namespace persklaar
