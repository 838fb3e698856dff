#include "plugins/pdf/pdf_painter.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <memory>
#include <stdexcept>

#include "core/render/branding.h"
#include "core/render/cover.h"
#include "core/render/font_library.h"
#include "core/text/percent_encoding.h"

namespace persklaar::pdf {
namespace {

// Cairo's attribute strings quote values with single quotes; a quote or backslash inside is escaped.
std::string quoted(const std::string& value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

// Cairo 1.16 writes a link's URI and a destination's name into a PDF string as it is given them,
// without escaping: a parenthesis or backslash in them ("https://nl.wikipedia.org/wiki/Kennis_(begrip)")
// ended the string early and broke the annotation, which qpdf then "repaired" with made-up keys, and
// bytes outside ASCII were read in the PDF's own encoding. So those characters go in percent-encoded,
// as a URI may carry them; a '%' already there stays, and a name is encoded alike wherever it is used.
std::string for_cairo_string(const std::string& value) {
  return percent_encoded(value, "()\\");
}

std::string link_attributes(const LinkArea& link) {
  char rect[128];
  std::snprintf(rect, sizeof rect, " rect=[%.2f %.2f %.2f %.2f]", link.x, link.y, link.width, link.height);
  if (!link.target.empty() && link.target[0] == '#') {
    return "dest=" + quoted(for_cairo_string(link.target.substr(1))) + rect;
  }
  return "uri=" + quoted(for_cairo_string(link.target)) + rect;
}

// Opens and closes structure tags so that the open ones are exactly the ancestors of each line.
class StructureTagger {
 public:
  StructureTagger(cairo_t* cr, const std::vector<StructureElement>& structure) : cr_(cr), structure_(structure) {}

  // Every element begun so far, with its language (see paint_pdf).
  void begin(const char* tag, ElementAdditions additions) {
    cairo_tag_begin(cr_, tag, nullptr);
    additions_.push_back(std::move(additions));
  }
  void link(const LinkArea& link, const std::string& contents) {
    link_with(link, contents, [] {});
  }
  // A link whose element holds what `paint` paints (a contents entry's text).
  template <typename Paint>
  void link_with(const LinkArea& link, const std::string& contents, Paint paint) {
    ElementAdditions additions;
    additions.contents = contents;
    leaf(CAIRO_TAG_LINK, link_attributes(link).c_str(), paint, std::move(additions));
  }

  // Paints inside a structure element without children of its own. Cairo 1.16 marks content only in
  // such leaves (an element with children keeps only them, so its own marks would be left out), so
  // every mark the painter makes goes through here or through an element entered by `enter`.
  template <typename Paint>
  void leaf(const char* tag, const char* attributes, Paint paint, ElementAdditions additions = {}) {
    if (additions.language.empty() && !open_.empty()) additions.language = language_of(open_.back());
    cairo_tag_begin(cr_, tag, attributes);
    additions_.push_back(std::move(additions));
    paint();
    cairo_tag_end(cr_, tag);
  }
  // Paints a mark that is not part of the text, outside the text's elements.
  template <typename Paint>
  void artifact(Artifact kind, Paint paint) {
    close_all();
    ElementAdditions additions;
    additions.artifact = kind;
    leaf("Private", nullptr, paint, std::move(additions));  // see Artifact
  }
  std::vector<ElementAdditions> take_additions() { return std::move(additions_); }

  void enter(int element) {
    std::vector<int> path;
    for (int e = element; e >= 0; e = structure_[static_cast<std::size_t>(e)].parent) path.insert(path.begin(), e);
    std::size_t common = 0;
    while (common < open_.size() && common < path.size() && open_[common] == path[common]) ++common;
    while (open_.size() > common) {
      cairo_tag_end(cr_, structure_[static_cast<std::size_t>(open_.back())].tag.c_str());
      open_.pop_back();
    }
    for (std::size_t k = common; k < path.size(); ++k) {
      const StructureElement& element = structure_[static_cast<std::size_t>(path[k])];
      begin(element.tag.c_str(), {language_of(path[k]), element.id, Artifact::none, element.alt, {}});
      open_.push_back(path[k]);
    }
  }
  void close_all() { enter(-1); }

 private:
  std::string language_of(int element) const {
    for (int e = element; e >= 0; e = structure_[static_cast<std::size_t>(e)].parent) {
      if (!structure_[static_cast<std::size_t>(e)].language.empty())
        return structure_[static_cast<std::size_t>(e)].language;
    }
    return {};
  }

  cairo_t* cr_;
  const std::vector<StructureElement>& structure_;
  std::vector<int> open_;
  std::vector<ElementAdditions> additions_;
};

void set_color(cairo_t* cr, const Color& color) {
  cairo_set_source_rgb(cr, color.red, color.green, color.blue);
}

// Whether a line of `element` must be painted inside a child of its own: when the element has
// children (structure elements or links), Cairo would leave marks painted in it directly unmarked.
std::vector<bool> elements_with_children(const LaidOutPublication& laid_out, bool links) {
  std::vector<bool> mixed(laid_out.structure.size(), false);
  for (const StructureElement& element : laid_out.structure) {
    if (element.parent >= 0) mixed[static_cast<std::size_t>(element.parent)] = true;
  }
  if (links) {
    for (const Page& page : laid_out.pages) {
      for (const LineItem& line : page.lines) {
        if (line.block >= 0 && !line.links.empty()) mixed[static_cast<std::size_t>(line.block)] = true;
      }
    }
  }
  return mixed;
}

Artifact artifact_of(const LineItem& line) {
  if (line.role == LineRole::running_head) return Artifact::header;
  if (line.role == LineRole::folio) return Artifact::footer;
  return Artifact::layout;
}

// A link that covers the whole line (a contents entry) holds the line's text itself.
bool covers(const LinkArea& link, const LineItem& line) {
  return link.x <= line.x + 1 && link.x + link.width >= line.x + line.width - 1;
}

// The characters a line shows: its recorded text, or what its glyph runs (or own layout) show.
std::string text_of(const LineItem& line) {
  if (!line.text.empty()) return line.text;
  if (line.layout) return pango_layout_get_text(line.layout.get());
  std::string text;
  for (const GlyphRun& run : line.runs) {
    const PangoItem* item = run.glyphs->item;
    text += run.text->substr(static_cast<std::size_t>(item->offset), static_cast<std::size_t>(item->length));
  }
  return text;
}

// What a link's annotation says it is: the address of a link out of the publication; for a place in
// it, the line's text (a note's number says little on its own).
std::string link_description(const LinkArea& link, const LineItem& line) {
  if (!link.target.empty() && link.target[0] != '#') return link.target;
  return text_of(line);
}

void paint_line(cairo_t* cr, const LineItem& line) {
  if (line.picture) line.picture->paint(cr, line.x, line.baseline - line.ascent, line.width, line.ascent);
  if (line.layout) {
    set_color(cr, line.color);
    cairo_move_to(cr, line.x, line.baseline - line.ascent);
    pango_cairo_show_layout(cr, line.layout.get());
  }
  for (const GlyphRun& run : line.runs) {
    set_color(cr, run.color);
    // y_offset is the run's own baseline shift (superscript, subscript), upwards in Pango units.
    cairo_move_to(cr, line.x + run.x, line.baseline - run.glyphs->y_offset / static_cast<double>(PANGO_SCALE));
    pango_cairo_show_glyph_item(cr, run.text->c_str(), run.glyphs.get());
  }
}

// The cover's alternative text: what it shows, in the order it shows it.
std::string cover_description(const Metadata& m) {
  std::string text;
  for (const std::string& part : {m.publisher, m.title, m.subtitle, m.date.substr(0, 4)}) {
    if (!part.empty()) text += (text.empty() ? "" : ". ") + part;
  }
  return text;
}

void paint_page(cairo_t* cr, const Page& page, const LaidOutPublication& laid_out, const Publication& publication,
                const PaintOptions& options, const std::vector<bool>& mixed, StructureTagger& tagger) {
  const PageGeometry& g = laid_out.spec.page;
  if (page.kind == PageKind::cover) {
    ElementAdditions cover;
    cover.alt = cover_description(publication.metadata);
    // Beyond the page: bleed. The photo and logo are decoration; the cover's words are its Figure.
    tagger.artifact(Artifact::layout,
                    [&] { paint_cover_background(cr, publication, laid_out.spec, g.width, g.height, g.bleed); });
    tagger.leaf(
        "Figure", nullptr, [&] { paint_cover_front(cr, publication, laid_out.spec, g.width, g.height, g.bleed); },
        std::move(cover));
  }
  tagger.artifact(Artifact::layout, [&] {
    for (const RuleItem& rule : page.rules) {
      set_color(cr, rule.color);
      // A field over the whole page goes in two overlapping halves: Cairo turns one fill covering its
      // whole page into a paint clipped to the page, which would lose the part in the bleed.
      if (rule.width >= g.width && rule.height >= g.height) {
        const double half = rule.height / 2;
        cairo_rectangle(cr, rule.x, rule.y, rule.width, half + 1);
        cairo_fill(cr);
        cairo_rectangle(cr, rule.x, rule.y + half - 1, rule.width, rule.height - half + 1);
      } else {
        cairo_rectangle(cr, rule.x, rule.y, rule.width, rule.height);
      }
      cairo_fill(cr);
    }
  });
  for (const Anchor& anchor : page.anchors) {
    const std::string attributes = "name=" + quoted(for_cairo_string(anchor.id)) + " y=" + std::to_string(anchor.y);
    cairo_tag_begin(cr, CAIRO_TAG_DEST, attributes.c_str());
    cairo_tag_end(cr, CAIRO_TAG_DEST);
  }
  for (const LineItem& line : page.lines) {
    if (!line.layout && line.runs.empty() && !line.picture) continue;
    if (line.block < 0) {  // running heads, folios and decoration (decorative pictures too) are not part of the text
      tagger.artifact(artifact_of(line), [&] { paint_line(cr, line); });
      continue;
    }
    tagger.enter(line.block);
    if (!mixed[static_cast<std::size_t>(line.block)]) {  // a picture's Figure too: its caption is a sibling
      paint_line(cr, line);
      continue;
    }
    const bool links = options.links && !line.links.empty();
    if (links && line.links.size() == 1 && covers(line.links.front(), line)) {
      tagger.link_with(line.links.front(), text_of(line), [&] { paint_line(cr, line); });
      continue;
    }
    tagger.leaf("Span", nullptr, [&] { paint_line(cr, line); });
    if (links) {
      for (const LinkArea& link : line.links) tagger.link(link, link_description(link, line));
    }
  }
  tagger.close_all();
  if (page.kind == PageKind::back_cover) {  // the logo, as on the cover: outside the text's structure
    if (const PictureHandle mark = logo(publication.metadata)) {
      tagger.artifact(Artifact::layout, [&] { paint_logo(cr, *mark, laid_out.spec, g.width, g.height); });
    }
  }
}

// Crop marks: a short line in line with each trim edge, at every corner, outside the bleed, in black
// ink only (a mark in all four inks would exceed the press's total coverage).
void paint_crop_marks(cairo_t* cr, const PageGeometry& g) {
  const double gap = g.bleed + 1.5;  // the mark starts just beyond the bleed
  const double length = 12;
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 0.3);
  for (const double x : {0.0, g.width}) {
    for (const double y : {0.0, g.height}) {
      const double out_x = x == 0 ? -1 : 1, out_y = y == 0 ? -1 : 1;
      cairo_move_to(cr, x + out_x * gap, y);
      cairo_line_to(cr, x + out_x * (gap + length), y);
      cairo_move_to(cr, x, y + out_y * gap);
      cairo_line_to(cr, x, y + out_y * (gap + length));
    }
  }
  cairo_stroke(cr);
  cairo_restore(cr);
}

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void add_outline(cairo_surface_t* surface, const LaidOutPublication& laid_out) {
  int chapter = CAIRO_PDF_OUTLINE_ROOT;
  for (const OutlineEntry& entry : laid_out.outline) {
    const std::string link = "dest=" + quoted(for_cairo_string(entry.id));
    const int parent = entry.level == 1 ? CAIRO_PDF_OUTLINE_ROOT : chapter;
    const int id = cairo_pdf_surface_add_outline(
        surface, parent, entry.title.c_str(), link.c_str(),
        entry.level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : static_cast<cairo_pdf_outline_flags_t>(0));
    if (entry.level == 1) chapter = id;
  }
}

void set_metadata(cairo_surface_t* surface, const Publication& publication, const PaintOptions& options) {
  const Metadata& m = publication.metadata;
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, m.title.c_str());
  const std::string author = document_author(m);
  if (!author.empty()) cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author.c_str());
  if (!m.subtitle.empty()) cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, m.subtitle.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Persklaar");
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, options.create_date.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, options.create_date.c_str());
}

}  // namespace

std::string document_author(const Metadata& metadata) {
  std::string author = metadata.publisher;
  for (const auto& name : metadata.authors) author = author.empty() ? name : name + ", " + author;
  return author;
}

void paint_page_content(cairo_t* cr, const Page& page, const LaidOutPublication& laid_out,
                        const Publication& publication) {
  StructureTagger tagger(cr, laid_out.structure);  // tags do nothing on an image surface
  PaintOptions options;
  options.links = false;
  const std::vector<bool> mixed = elements_with_children(laid_out, options.links);
  paint_page(cr, page, laid_out, publication, options, mixed, tagger);
}

PaintedPdf paint_pdf(const LaidOutPublication& laid_out, const Publication& publication, const PaintOptions& options) {
  const PageGeometry& g = laid_out.spec.page;
  const double offset = options.sheet_margin;
  std::string bytes;
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_pdf_surface_create_for_stream(append_bytes, &bytes, g.width + 2 * offset, g.height + 2 * offset),
      cairo_surface_destroy);
  cairo_pdf_surface_restrict_to_version(surface.get(), CAIRO_PDF_VERSION_1_5);
  set_metadata(surface.get(), publication, options);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  StructureTagger tagger(cr.get(), laid_out.structure);
  const std::vector<bool> mixed = elements_with_children(laid_out, options.links);
  for (const Page& page : laid_out.pages) {
    // The lines' Pango fonts are shared with editions on other threads; holding them a page at a
    // time lets another edition (the EPUB's cover) set its text between two pages.
    const auto text = FontLibrary::lock_text();
    cairo_pdf_surface_set_page_label(surface.get(), std::to_string(page.number).c_str());
    // The paper first. Besides being honest about the page, one full-page operation makes Cairo's
    // per-page analysis of every later drawing operation trivial (each one then lies inside what is
    // already covered), which halves the time painting takes. It must stay outside every tag (Cairo
    // 1.16 drops what a page recorded before a paint over the whole page, tag beginnings included):
    // the artifact pass marks it as the page's background, the page's first fill.
    set_color(cr.get(), laid_out.spec.paper);
    cairo_paint(cr.get());
    if (&page == &laid_out.pages.front()) tagger.begin("Document", {});
    cairo_save(cr.get());
    cairo_translate(cr.get(), offset, offset);
    paint_page(cr.get(), page, laid_out, publication, options, mixed, tagger);
    if (options.crop_marks) tagger.artifact(Artifact::layout, [&] { paint_crop_marks(cr.get(), g); });
    cairo_restore(cr.get());
    cairo_show_page(cr.get());
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
      throw std::runtime_error("cairo, on page " + std::to_string(page.number) + ": " +
                               cairo_status_to_string(cairo_status(cr.get())));
    }
  }
  const auto text = FontLibrary::lock_text();  // writing the fonts reads their faces
  cairo_tag_end(cr.get(), "Document");
  add_outline(surface.get(), laid_out);
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string("cairo: ") + cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  return {std::move(bytes), tagger.take_additions()};
}

}  // namespace persklaar::pdf
