#include "core/render/cover.h"

#include <pango/pangocairo.h>

#include <algorithm>
#include <string>

#include "core/render/branding.h"
#include "core/render/font_library.h"

namespace persklaar {
namespace {

void set_color(cairo_t* cr, const Color& color, double alpha = 1.0) {
  cairo_set_source_rgba(cr, color.red, color.green, color.blue, alpha);
}

// Text set in one font role at `scale` times its size, wrapped to `width`.
class RoleText {
 public:
  RoleText(PangoContext* context, const FontRole& role, const std::string& text, double scale, double width)
      : layout_(pango_layout_new(context)), role_(role), text_(role.uppercase ? uppercase(text) : text) {
    pango_layout_set_text(layout_, text_.c_str(), -1);
    pango_layout_set_width(layout_, pango_units_from_double(width));
    pango_layout_set_wrap(layout_, PANGO_WRAP_WORD);
    set_size(role.size * scale, role.leading * scale);
  }
  ~RoleText() { g_object_unref(layout_); }
  RoleText(const RoleText&) = delete;
  RoleText& operator=(const RoleText&) = delete;

  void set_size(double size, double leading) {
    size_ = size;
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, role_.family.c_str());
    pango_font_description_set_weight(font, static_cast<PangoWeight>(role_.weight));
    pango_font_description_set_style(font, role_.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    pango_layout_set_font_description(layout_, font);
    pango_font_description_free(font);

    PangoAttrList* attributes = pango_attr_list_new();
    pango_attr_list_insert(attributes, pango_attr_line_height_new_absolute(pango_units_from_double(leading)));
    if (role_.letter_spacing != 0) {
      pango_attr_list_insert(attributes,
                             pango_attr_letter_spacing_new(pango_units_from_double(role_.letter_spacing * size)));
    }
    pango_layout_set_attributes(layout_, attributes);
    pango_attr_list_unref(attributes);
  }

  double size() const { return size_; }
  double width() const { return pango_units_to_double(logical_extents().width); }
  double height() const { return pango_units_to_double(logical_extents().height); }
  int line_count() const { return pango_layout_get_line_count(layout_); }

  void show(cairo_t* cr, double x, double y) const {
    set_color(cr, role_.color);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout_);
  }

 private:
  static std::string uppercase(const std::string& text) {
    gchar* upper = g_utf8_strup(text.c_str(), -1);
    std::string out(upper);
    g_free(upper);
    return out;
  }

  PangoRectangle logical_extents() const {
    PangoRectangle logical;
    pango_layout_get_extents(layout_, nullptr, &logical);
    return logical;
  }

  PangoLayout* layout_;
  const FontRole& role_;
  std::string text_;
  double size_ = 0;
};

// The role of the line above the title: the running head's face, large enough to read on a cover.
FontRole publisher_role(const LayoutSpec& layout) {
  FontRole role = layout.roles.running_head;
  role.size = layout.roles.cover_subtitle.size * 0.6;
  role.leading = role.size * 1.3;
  role.color = layout.roles.cover_subtitle.color;
  role.uppercase = true;
  return role;
}

}  // namespace

void paint_cover_background(cairo_t* cr, const Publication& publication, const LayoutSpec& layout, double width_pt,
                            double height_pt, double bleed_pt) {
  const Metadata& metadata = publication.metadata;
  cairo_save(cr);
  set_color(cr, layout.accent);
  // In two overlapping halves: Cairo turns a single fill covering its whole page into a paint clipped
  // to the page, which would lose the part in the bleed.
  const double middle = height_pt / 2;
  cairo_rectangle(cr, -bleed_pt, -bleed_pt, width_pt + 2 * bleed_pt, middle + bleed_pt + 1);
  cairo_fill(cr);
  cairo_rectangle(cr, -bleed_pt, middle - 1, width_pt + 2 * bleed_pt, height_pt - middle + bleed_pt + 1);
  cairo_fill(cr);
  if (const PictureHandle photo = cover_photo(metadata)) {
    paint_cover_photo(cr, *photo, layout, width_pt, height_pt, bleed_pt);
  }
  if (const PictureHandle mark = logo(metadata)) paint_logo(cr, *mark, layout, width_pt, height_pt);
  cairo_restore(cr);
}

void paint_cover_front(cairo_t* cr, const Publication& publication, const LayoutSpec& layout, double width_pt,
                       double height_pt, double bleed_pt) {
  const Metadata& metadata = publication.metadata;
  const PageGeometry& page = layout.page;
  // Everything follows the layout's page, scaled to the width asked for.
  const double scale = width_pt / page.width;
  const double left = page.margin_outer * scale * 1.25;
  const double right = width_pt - left;
  const double top = page.margin_top * scale;
  const double bottom = height_pt - page.margin_bottom * scale;
  const double text_width = right - left;

  cairo_save(cr);

  // The band of chapter colours: full bleed, just below the middle, so the title sits above it.
  const double band_top = height_pt * 0.6;
  const double band_height = height_pt * 0.028;
  const std::size_t colors = std::max<std::size_t>(layout.chapter_colors.size(), 1);
  for (std::size_t k = 0; k < colors; ++k) {
    set_color(cr, layout.chapter_colors.empty() ? layout.roles.cover_title.color : layout.chapter_colors[k]);
    const double x0 = k == 0 ? -bleed_pt : width_pt * static_cast<double>(k) / static_cast<double>(colors);
    const double x1 =
        k + 1 == colors ? width_pt + bleed_pt : width_pt * static_cast<double>(k + 1) / static_cast<double>(colors);
    cairo_rectangle(cr, x0, band_top, x1 - x0 + 0.5, band_height);  // overlap hides seams between bars
    cairo_fill(cr);
  }

  PangoContext* context = FontLibrary::with_house_fonts(layout.house_fonts).create_context();
  pango_cairo_update_context(cr, context);

  const FontRole publisher = publisher_role(layout);
  double publisher_bottom = top;
  if (!metadata.publisher.empty()) {
    RoleText text(context, publisher, metadata.publisher, scale, text_width);
    text.show(cr, left, top);
    publisher_bottom = top + text.height();
    // A short rule under the publisher, in the first chapter colour, as the magazine's pages have.
    if (!layout.chapter_colors.empty()) set_color(cr, layout.chapter_colors.front());
    cairo_rectangle(cr, left, publisher_bottom + publisher.size * scale * 0.6, text_width * 0.18,
                    publisher.size * scale * 0.3);
    cairo_fill(cr);
  }

  // The title stands on the band; it shrinks (down to a third) until it fits the room above.
  const double gap = layout.roles.cover_title.size * scale * 0.35;
  const double room = band_top - gap - (publisher_bottom + publisher.size * scale * 2.5);
  RoleText title(context, layout.roles.cover_title, metadata.title, scale, text_width);
  const double ratio = layout.roles.cover_title.leading / layout.roles.cover_title.size;
  const double smallest = title.size() / 3;
  // A short title grows to fill the measure, as a masthead does, up to 1.6 times its role's size.
  if (title.line_count() == 1 && title.width() > 0) {
    const double grown = title.size() * std::min(1.6, 0.98 * text_width / title.width());
    if (grown > title.size()) title.set_size(grown, grown * ratio);
  }
  while ((title.width() > text_width || title.height() > room) && title.size() * 0.92 >= smallest) {
    const double size = title.size() * 0.92;
    title.set_size(size, size * ratio);
  }
  title.show(cr, left, band_top - gap - title.height());

  if (!metadata.subtitle.empty()) {
    RoleText subtitle(context, layout.roles.cover_subtitle, metadata.subtitle, scale, text_width);
    subtitle.show(cr, left, band_top + band_height + gap);
  }

  if (metadata.date.size() >= 4) {
    RoleText year(context, layout.roles.cover_subtitle, metadata.date.substr(0, 4), scale, text_width);
    year.show(cr, left, bottom - year.height());
  }

  g_object_unref(context);
  cairo_restore(cr);
}

void paint_cover(cairo_t* cr, const Publication& publication, const LayoutSpec& layout, double width_pt,
                 double height_pt, double bleed_pt) {
  paint_cover_background(cr, publication, layout, width_pt, height_pt, bleed_pt);
  paint_cover_front(cr, publication, layout, width_pt, height_pt, bleed_pt);
}

}  // namespace persklaar
