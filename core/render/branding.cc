#include "core/render/branding.h"

#include <algorithm>

#include "core/input/image_file.h"

namespace persklaar {
namespace {

PictureHandle named_picture(const std::string& source, const SourcePosition& where, Diagnostics* diagnostics) {
  if (source.empty()) return nullptr;
  Diagnostics quiet;
  Diagnostics& report = diagnostics ? *diagnostics : quiet;
  auto image = read_image(source, where, report);
  if (!image) return nullptr;
  std::string why;
  PictureHandle picture = Picture::load(*image, why);
  if (!picture) report.warn(where, "image '" + source + "' " + why + ", so the covers are made without it");
  return picture;
}

}  // namespace

PictureHandle cover_photo(const Metadata& metadata, Diagnostics* diagnostics) {
  return named_picture(metadata.cover_image, metadata.cover_image_position, diagnostics);
}

PictureHandle logo(const Metadata& metadata, Diagnostics* diagnostics) {
  return named_picture(metadata.logo, metadata.logo_position, diagnostics);
}

void paint_cover_photo(cairo_t* cr, const Picture& photo, const LayoutSpec& layout, double width, double height,
                       double bleed) {
  const double area_width = width + 2 * bleed, area_height = height + 2 * bleed;
  // Scaled to cover the whole area, the overflow cut off evenly on both sides.
  const double scale = std::max(area_width / photo.width(), area_height / photo.height());
  const double shown_width = photo.width() * scale, shown_height = photo.height() * scale;
  cairo_save(cr);
  cairo_rectangle(cr, -bleed, -bleed, area_width, area_height);
  cairo_clip(cr);
  photo.paint(cr, -bleed - (shown_width - area_width) / 2, -bleed - (shown_height - area_height) / 2, shown_width,
              shown_height);
  const Color& scrim = layout.cover.scrim;
  cairo_set_source_rgba(cr, scrim.red, scrim.green, scrim.blue, layout.cover.scrim_opacity);
  cairo_rectangle(cr, -bleed, -bleed, area_width, area_height);
  cairo_fill(cr);
  cairo_restore(cr);
}

void paint_logo(cairo_t* cr, const Picture& logo, const LayoutSpec& layout, double width, double height) {
  const PageGeometry& page = layout.page;
  const double scale = width / page.width;
  const double logo_width = layout.cover.logo_width * scale;
  const double logo_height = logo_width * logo.height() / logo.width();
  const std::string& corner = layout.cover.logo_corner;
  const double x = corner.find("left") != std::string::npos ? page.margin_outer * scale
                                                            : width - page.margin_outer * scale - logo_width;
  const double y = corner.rfind("top", 0) == 0 ? page.margin_top * scale * 0.6
                                               : height - page.margin_bottom * scale * 0.6 - logo_height;
  logo.paint(cr, x, y, logo_width, logo_height);
}

}  // namespace persklaar
