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

// Cairo names a painted surface or image in an SVG after its number in the whole process ("surface7",
// "image13"), and the other editions create surfaces on other threads at the same time, so the
// numbers would change from build to build. Renumbered in order of appearance (each kind on its
// own), every build writes the same file. Only names are touched: an id="…" or a #… reference.
std::string with_stable_ids(const std::string& svg) {
  static constexpr std::string_view kKinds[] = {"surface", "image"};
  std::map<std::string, std::string> numbers;  // "image13" → "image2"
  std::map<std::string_view, int> counts;
  std::string out;
  std::size_t at = 0;
  for (std::size_t k = 0; k < svg.size(); ++k) {
    const bool named = svg.compare(k, 4, "id=\"") == 0 || svg[k] == '#';
    if (!named) continue;
    const std::size_t name = k + (svg[k] == '#' ? 1 : 4);
    for (std::string_view kind : kKinds) {
      if (svg.compare(name, kind.size(), kind) != 0) continue;
      std::size_t end = name + kind.size();
      while (end < svg.size() && std::isdigit(static_cast<unsigned char>(svg[end]))) ++end;
      if (end == name + kind.size()) break;
      const std::string old_name = svg.substr(name, end - name);
      auto [entry, added] = numbers.emplace(old_name, std::string());
      if (added) entry->second = std::string(kind) + std::to_string(++counts[kind]);
      out.append(svg, at, name - at);
      out += entry->second;
      at = end;
      k = end - 1;
      break;
    }
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
  return with_stable_ids(svg);
}

}  // namespace persklaar::epub
