#include "plugins/pdf/pdf_painter.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <memory>
#include <stdexcept>

#include "core/render/cover.h"

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

std::string link_attributes(const LinkArea& link) {
  char rect[128];
  std::snprintf(rect, sizeof rect, " rect=[%.2f %.2f %.2f %.2f]", link.x, link.y, link.width, link.height);
  if (!link.target.empty() && link.target[0] == '#') return "dest=" + quoted(link.target.substr(1)) + rect;
  return "uri=" + quoted(link.target) + rect;
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
  void link(const std::string& attributes) {
    cairo_tag_begin(cr_, CAIRO_TAG_LINK, attributes.c_str());
    cairo_tag_end(cr_, CAIRO_TAG_LINK);
    additions_.push_back({open_.empty() ? std::string() : language_of(open_.back()), {}});
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
      begin(element.tag.c_str(), {language_of(path[k]), element.id});
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

void paint_page(cairo_t* cr, const Page& page, const LaidOutPublication& laid_out, const Publication& publication,
                const PaintOptions& options, StructureTagger& tagger) {
  const PageGeometry& g = laid_out.spec.page;
  if (page.kind == PageKind::cover) {
    paint_cover(cr, publication, laid_out.spec, g.width, g.height, g.bleed);  // beyond the page: print's bleed
  }
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
  for (const Anchor& anchor : page.anchors) {
    const std::string attributes = "name=" + quoted(anchor.id) + " y=" + std::to_string(anchor.y);
    cairo_tag_begin(cr, CAIRO_TAG_DEST, attributes.c_str());
    cairo_tag_end(cr, CAIRO_TAG_DEST);
  }
  for (const LineItem& line : page.lines) {
    if (!line.layout && line.runs.empty()) continue;
    if (line.block >= 0) {
      tagger.enter(line.block);
    } else {
      tagger.close_all();  // running heads and folios are not part of the text
    }
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
    if (options.links) {
      for (const LinkArea& link : line.links) tagger.link(link_attributes(link));
    }
  }
  tagger.close_all();
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
    const std::string link = "dest=" + quoted(entry.id);
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
  for (const Page& page : laid_out.pages) {
    cairo_pdf_surface_set_page_label(surface.get(), std::to_string(page.number).c_str());
    // The paper first. Besides being honest about the page, one full-page operation makes Cairo's
    // per-page analysis of every later drawing operation trivial (each one then lies inside what is
    // already covered), which halves the time painting takes. It stays outside the structure.
    set_color(cr.get(), laid_out.spec.paper);
    cairo_paint(cr.get());
    if (&page == &laid_out.pages.front()) tagger.begin("Document", {});
    cairo_save(cr.get());
    cairo_translate(cr.get(), offset, offset);
    paint_page(cr.get(), page, laid_out, publication, options, tagger);
    if (options.crop_marks) paint_crop_marks(cr.get(), g);
    cairo_restore(cr.get());
    cairo_show_page(cr.get());
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
      throw std::runtime_error("cairo, on page " + std::to_string(page.number) + ": " +
                               cairo_status_to_string(cairo_status(cr.get())));
    }
  }
  cairo_tag_end(cr.get(), "Document");
  add_outline(surface.get(), laid_out);
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string("cairo: ") + cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  return {std::move(bytes), tagger.take_additions()};
}

}  // namespace persklaar::pdf
