// Figures in the print layout: a picture at the column's width (or across the columns for `.wide`),
// its aspect ratio kept and its height a whole number of grid lines, so that the text below it
// stays on the baseline grid; its caption under it in the caption role. See BlockSetter::figure.
#include <cmath>

#include "core/conventions/figure.h"
#include "core/input/image_file.h"
#include "core/layout/block_setter.h"
#include "core/layout/styled_text.h"
#include "core/model/plain_text.h"

namespace persklaar {
namespace {

constexpr double kMinimumPpi = 200;    // below this a photo looks soft in print
constexpr double kCapHeight = 0.7;     // of the body size: where the first line of a column begins
constexpr double kWideShare = 0.5;     // a wide figure takes at most half the type area's height
constexpr double kColumnShare = 0.75;  // a column figure at most three quarters of a column

// The figures' pictures, loaded once per file: a logo or photo used twice is embedded once.
PictureHandle picture_for(const Figure& figure, const SourcePosition& where, Diagnostics& diagnostics) {
  auto image = read_image(figure.source, where, diagnostics);
  if (!image) return nullptr;
  std::string why;
  PictureHandle picture = Picture::load(*image, why);
  if (!picture) {
    diagnostics.warn(where, "image '" + figure.source + "' " + why + "; its description stands in its place",
                     "save it again as JPEG, PNG or SVG");
  }
  return picture;
}

}  // namespace

void BlockSetter::figure(const Figure& item, const Block& block, int parent, std::vector<FlowBlock>& out,
                         double indent) {
  const PictureHandle picture = picture_for(item, block.position, diagnostics_);
  if (!picture) {  // the description stands in for a picture the PDF cannot show; the caption still prints
    const int figure_tag = element("Figure", parent);
    structure_element(figure_tag).alt = plain_text(item.alt);
    out.push_back(
        paragraph(item.alt, spec_.roles.caption, figure_tag, column_ - indent, indent, 0, block.position, false));
    // The caption too, unless it says what the description just said (a manuscript that uses one
    // text for both would otherwise print it twice).
    if (!item.caption.empty() && plain_text(item.caption) != plain_text(item.alt)) {
      out.push_back(paragraph(item.caption, spec_.roles.caption, element("Caption", parent), column_ - indent, indent,
                              0, block.position, false));
    }
    return;
  }
  const PageGeometry& page = spec_.page;
  const bool wide = block.attributes.has_class("wide") && page.columns > 1 && indent == 0;
  const bool decorative = is_decorative(block);
  const double measure = wide ? page.type_area_width() : column_ - indent;
  const int capacity = static_cast<int>((page.height - page.margin_top - page.margin_bottom) / page.baseline + 1e-6);

  // The caption first: the picture gets what the caption leaves of the figure's share of the page.
  FlowBlock caption;
  if (!item.caption.empty()) {
    caption = set(styled_text(item.caption), spec_.roles.caption, measure, false);
    const int caption_tag = element("Caption", parent);
    for (LineItem& line : caption.lines) {
      line.x += indent;
      line.block = caption_tag;
      line.role = LineRole::caption;
    }
  }
  int caption_units = 0;
  for (int units : caption.units) caption_units += units;

  // The picture's top lies where a text line's capitals begin, its foot on a baseline: `k` grid
  // lines hold k × baseline − gap of picture. As many lines as its height at full measure fills,
  // fewer (and then narrower) when that is more than its share of the page.
  const double gap = page.baseline - kCapHeight * spec_.roles.body.size;
  const double aspect = picture->width() / picture->height();
  const int share = static_cast<int>(capacity * (wide ? kWideShare : kColumnShare)) - caption_units;
  int lines = static_cast<int>(std::floor((measure / aspect + gap) / page.baseline));
  lines = std::clamp(lines, 2, std::max(2, share));
  const double height = lines * page.baseline - gap;
  const double width = std::min(measure, height * aspect);

  const int figure_tag = decorative ? -1 : element("Figure", parent);
  if (figure_tag >= 0) structure_element(figure_tag).alt = plain_text(item.alt);
  LineItem line;
  line.picture = picture;
  line.x = indent + (measure - width) / 2;
  line.measure = measure;
  line.width = width;
  line.ascent = height;
  line.role = LineRole::figure;
  line.block = figure_tag;

  FlowBlock set;
  set.lines.push_back(std::move(line));
  set.units.push_back(lines);
  for (std::size_t k = 0; k < caption.lines.size(); ++k) {
    set.lines.push_back(std::move(caption.lines[k]));
    set.units.push_back(caption.units[k]);
  }
  set.space_before = 1;
  set.space_after = 1;
  set.splittable = false;
  set.floating = true;
  set.wide = wide;
  out.push_back(std::move(set));

  if (!picture->is_vector()) {
    const double ppi = picture->ppi_at(width);
    if (ppi < kMinimumPpi) {
      char value[32];
      std::snprintf(value, sizeof value, "%.0f", ppi);
      page_notes_.push_back({block.position,
                             "image '" + item.source + "' prints at " + value + " ppi, below the " +
                                 std::to_string(static_cast<int>(kMinimumPpi)) + " ppi print needs",
                             "use a photo of at least " +
                                 std::to_string(static_cast<int>(std::ceil(width / 72 * kMinimumPpi))) + " pixels wide",
                             nullptr});
    }
  }
}

}  // namespace persklaar
