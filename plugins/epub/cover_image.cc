#include "plugins/epub/cover_image.h"

#include <cairo-svg.h>
#include <cairo.h>

#include <cctype>
#include <map>
#include <stdexcept>
#include <string_view>

#include "core/render/cover.h"
#include "core/render/font_library.h"

namespace persklaar::epub {
namespace {

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Cairo numbers its SVG surfaces with a counter for the whole process, so a second book made by the
// same process would get other ids. Renumbered in order of appearance, every build writes the same file.
std::string with_stable_surface_ids(const std::string& svg) {
  static constexpr std::string_view kPrefix = "surface";
  std::map<std::string, std::string> numbers;
  std::string out;
  std::size_t at = 0;
  for (std::size_t found; (found = svg.find(kPrefix, at)) != std::string::npos;) {
    std::size_t end = found + kPrefix.size();
    while (end < svg.size() && std::isdigit(static_cast<unsigned char>(svg[end]))) ++end;
    const std::size_t digits = found + kPrefix.size();
    out.append(svg, at, digits - at);
    const std::string number = svg.substr(digits, end - digits);
    if (!number.empty()) out += numbers.emplace(number, std::to_string(numbers.size() + 1)).first->second;
    at = end;
  }
  out.append(svg, at, std::string::npos);
  return out;
}

}  // namespace

std::string render_cover_svg(const Publication& publication, const LayoutSpec& layout) {
  std::string svg;
  cairo_surface_t* surface =
      cairo_svg_surface_create_for_stream(&append_to_string, &svg, layout.page.width, layout.page.height);
  cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1);
  cairo_t* cr = cairo_create(surface);
  cairo_status_t painted;
  {
    const auto text = FontLibrary::lock_text();
    paint_cover(cr, publication, layout, layout.page.width, layout.page.height);
    painted = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);  // writes the glyphs, which come from Pango's fonts
  }
  const cairo_status_t written = painted == CAIRO_STATUS_SUCCESS ? cairo_surface_status(surface) : painted;
  cairo_surface_destroy(surface);
  if (written != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string("cannot render the cover: ") + cairo_status_to_string(written));
  }
  return with_stable_surface_ids(svg);
}

}  // namespace persklaar::epub
