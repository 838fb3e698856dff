#include "plugins/pdf/page_images.h"

#include <cairo.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>

#include "core/output/atomic_file.h"
#include "core/output/write_error.h"
#include "core/render/font_library.h"
#include "plugins/pdf/pdf_painter.h"
#include "plugins/pdf/png_file.h"

namespace persklaar::pdf {
namespace {

// FNV-1a over everything painting a page reads, so that an unchanged page need not be painted.
class Fingerprint {
 public:
  void add(const void* data, std::size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (std::size_t k = 0; k < size; ++k) value_ = (value_ ^ bytes[k]) * 1099511628211ULL;
  }
  void add(double number) { add(&number, sizeof number); }
  void add(int number) { add(&number, sizeof number); }
  void add(const std::string& text) {
    add(static_cast<int>(text.size()));
    add(text.data(), text.size());
  }
  void add(const Color& color) {
    add(color.red);
    add(color.green);
    add(color.blue);
  }
  unsigned long long value() const { return value_; }

 private:
  unsigned long long value_ = 14695981039346656037ULL;
};

void add_glyphs(Fingerprint& print, const GlyphRun& run) {
  print.add(run.x);
  print.add(run.glyphs->y_offset);  // a superscript's or subscript's baseline shift
  print.add(run.color);
  const PangoGlyphString* glyphs = run.glyphs->glyphs;
  for (int k = 0; k < glyphs->num_glyphs; ++k) {
    const PangoGlyphInfo& glyph = glyphs->glyphs[k];
    print.add(static_cast<int>(glyph.glyph));
    print.add(glyph.geometry.width);
    print.add(glyph.geometry.x_offset);
    print.add(glyph.geometry.y_offset);
  }
  // The font: its description names family, style, weight and size.
  PangoFontDescription* font = pango_font_describe(run.glyphs->item->analysis.font);
  char* name = pango_font_description_to_string(font);
  print.add(std::string(name));
  g_free(name);
  pango_font_description_free(font);
}

// What a line set on its own (not cut from its paragraph's shaping) shows: text, font and attributes.
void add_layout(Fingerprint& print, PangoLayout* layout) {
  print.add(std::string(pango_layout_get_text(layout)));
  if (const PangoFontDescription* font = pango_layout_get_font_description(layout)) {
    char* name = pango_font_description_to_string(font);
    print.add(std::string(name));
    g_free(name);
  }
  if (PangoAttrList* attributes = pango_layout_get_attributes(layout)) {
    char* text = pango_attr_list_to_string(attributes);
    print.add(std::string(text));
    g_free(text);
  }
}

unsigned long long page_fingerprint(const Page& page, const LayoutSpec& spec, const PageImageOptions& options) {
  Fingerprint print;
  print.add(options.ppi);
  print.add(options.bleed ? 1 : 0);
  for (double value : {spec.page.width, spec.page.height, spec.page.bleed}) print.add(value);
  print.add(spec.paper);
  print.add(static_cast<int>(page.kind));
  for (const RuleItem& rule : page.rules) {
    for (double value : {rule.x, rule.y, rule.width, rule.height}) print.add(value);
    print.add(rule.color);
  }
  for (const ImageItem& image : page.images) {
    for (double value : {image.x, image.y, image.width, image.height}) print.add(value);
    if (image.png) print.add(image.png->data(), image.png->size());
  }
  for (const LineItem& line : page.lines) {
    print.add(line.x);
    print.add(line.baseline);
    print.add(line.ascent);
    print.add(line.color);
    print.add(line.text);
    if (line.layout) add_layout(print, line.layout.get());
    for (const GlyphRun& run : line.runs) add_glyphs(print, run);
    if (line.picture) {  // a figure's picture: its file, its size in pixels and where it is scaled to
      print.add(line.picture->file());
      for (double value : {line.width, line.picture->width(), line.picture->height()}) print.add(value);
      print.add(line.picture->jpeg_bytes());
    }
  }
  return print.value();
}

std::string page_file_name(int number, std::size_t pages) {
  const int digits = std::max(3, static_cast<int>(std::to_string(pages).size()));
  char name[32];
  std::snprintf(name, sizeof name, "page-%0*d.png", digits, number);
  return name;
}

using Surface = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

// The image every page is painted on in turn: a new one for each page cost more (the kernel zeroing
// its memory) than painting the page.
Surface page_surface(const LaidOutPublication& laid_out, const PageImageOptions& options) {
  const PageGeometry& g = laid_out.spec.page;
  const double margin = options.bleed ? g.bleed : 0;
  const double scale = options.ppi / 72.0;
  const int width = static_cast<int>(std::lround((g.width + 2 * margin) * scale));
  const int height = static_cast<int>(std::lround((g.height + 2 * margin) * scale));
  return Surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height), cairo_surface_destroy);
}

// Paints `page` over the whole of `surface`, the paper first.
void paint_page_image(cairo_surface_t* surface, const Page& page, const LaidOutPublication& laid_out,
                      const Publication& publication, const PageImageOptions& options) {
  const double margin = options.bleed ? laid_out.spec.page.bleed : 0;
  const double scale = options.ppi / 72.0;
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface), cairo_destroy);
  cairo_scale(cr.get(), scale, scale);
  cairo_set_source_rgb(cr.get(), laid_out.spec.paper.red, laid_out.spec.paper.green, laid_out.spec.paper.blue);
  cairo_paint(cr.get());
  cairo_translate(cr.get(), margin, margin);
  paint_page_content(cr.get(), page, laid_out, publication);
  cairo_surface_flush(surface);
  if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error("cairo, on page " + std::to_string(page.number) + ": " +
                             cairo_status_to_string(cairo_status(cr.get())));
  }
}

void save_page_image(cairo_surface_t* surface, const std::filesystem::path& target) {
  AtomicFile file(target);
  if (!write_png(surface, file.stream())) throw_write_error(target, errno != 0 ? errno : EIO);
  file.commit();
}

// Files made by an earlier build that this one no longer has: "page-NNN.png" beyond the last page.
void remove_other_page_images(const std::filesystem::path& folder, const std::set<std::string>& written) {
  std::error_code ignored;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ignored)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("page-", 0) == 0 && entry.path().extension() == ".png" && !written.count(name)) {
      std::filesystem::remove(entry.path(), ignored);
    }
  }
}

}  // namespace

std::vector<std::filesystem::path> write_page_images(const LaidOutPublication& laid_out, const Publication& publication,
                                                     const std::filesystem::path& folder,
                                                     const PageImageOptions& options) {
  static std::mutex guard;
  static std::map<std::filesystem::path, unsigned long long> painted;  // file → fingerprint of its page
  const std::lock_guard lock(guard);
  std::filesystem::create_directories(folder);
  std::vector<std::filesystem::path> files;
  std::set<std::string> names;
  Surface surface(nullptr, cairo_surface_destroy);
  for (const Page& page : laid_out.pages) {
    const std::string name = page_file_name(page.number, laid_out.pages.size());
    const std::filesystem::path target = folder / name;
    bool paint = false;
    unsigned long long fingerprint = 0;
    {
      // The lines' Pango layouts and fonts, shared with the editions on other threads; the PNG is
      // written without them.
      const auto text = FontLibrary::lock_text();
      fingerprint = page_fingerprint(page, laid_out.spec, options);
      const auto known = painted.find(target);
      // The cover is painted from the metadata and the layout, not from the page's items: always paint it.
      paint = page.kind == PageKind::cover || known == painted.end() || known->second != fingerprint ||
              !std::filesystem::exists(target);
      if (paint) {
        if (!surface) surface = page_surface(laid_out, options);
        paint_page_image(surface.get(), page, laid_out, publication, options);
      }
    }
    if (paint) {
      painted.erase(target);
      save_page_image(surface.get(), target);
      painted[target] = fingerprint;
    }
    files.push_back(target);
    names.insert(name);
  }
  remove_other_page_images(folder, names);
  return files;
}

}  // namespace persklaar::pdf
