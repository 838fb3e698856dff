#pragma once
// Turning a layout's font role into what Pango needs: a font description and the attributes of a
// run of styled text (italic, bold, code, links, letter spacing).
#include <pango/pango.h>

#include <algorithm>
#include <memory>
#include <string>

#include "core/layout/layout_spec.h"
#include "core/layout/styled_text.h"

namespace persklaar {

using FontDescriptionHandle = std::shared_ptr<PangoFontDescription>;

FontDescriptionHandle font_description(const FontRole& role);

// Pango attributes for the spans of `text` that fall in [begin, end), shifted so that `begin` is 0,
// on top of `role`. `link_color` colours link text.
PangoAttrList* span_attributes(const StyledText& text, std::size_t begin, std::size_t end, const FontRole& role,
                               const Color& link_color);

// The attributes `role` gives all of a text `length` bytes long (its letter spacing and OpenType
// features), or null when it gives none.
PangoAttrList* role_attributes(const FontRole& role, std::size_t length);

// A one-line layout of `text` in `role`, unshaped until first asked for its extents.
PangoLayout* plain_layout(PangoContext* context, const std::string& text, const FontRole& role);

inline double from_pango(int units) {
  return units / static_cast<double>(PANGO_SCALE);
}
// Saturates at the largest Pango unit instead of overflowing: a width past 2 million points is
// no less wrong for being clamped, but it is defined behaviour.
inline int to_pango(double points) {
  constexpr double kLargest = 2147483000.0 / PANGO_SCALE;
  const double clamped = points != points ? 0.0 : std::clamp(points, -kLargest, kLargest);
  return static_cast<int>(clamped * PANGO_SCALE + (clamped < 0 ? -0.5 : 0.5));
}

}  // namespace persklaar
