#pragma once
// One walk through a page's content (its streams and the forms they paint, with qpdf's content
// parser), keeping the graphics state a printer cares about, and recording what was painted: every
// colour set, every piece of text with its size and extent, every image with its placed size, every
// stroke with its width, every graphics state with a transfer function. Content rules read this.
#include <qpdf/QPDFPageObjectHelper.hh>
#include <string>
#include <vector>

namespace persklaar::preflight_rules {

struct ColourUse {
  std::string space;           // "DeviceRGB", "DeviceCMYK", "DeviceGray", "Separation", "DeviceN", "Lab", …
  std::vector<double> values;  // the components, when set by an operator
  std::string where;           // "content stream", "image /Im1 (object 7)", "group of form /x5"
};

struct TextShow {
  double size = 0;                        // effective size in points: font size × text and current matrices
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // the extent in default user space (approximate height)
  std::string font;
};

struct ImagePlacement {
  std::string name;  // "/Im1 (object 7)"
  int width_px = 0, height_px = 0;
  double width_pt = 0, height_pt = 0;     // placed size
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // the placed extent in default user space (origin bottom left)
  int object = 0;                         // the image's object number, 0 for an inline one
  double max_coverage = 0;                // a CMYK image's highest total coverage, 0…4 (0 when not CMYK)
};

struct Stroke {
  double width = 0;  // in points, after the current matrix
};

struct PageContent {
  std::vector<ColourUse> colours;
  std::vector<TextShow> texts;
  std::vector<ImagePlacement> images;
  std::vector<Stroke> strokes;
  std::vector<std::string> transfer_functions;  // the graphics states that set one
  std::vector<std::string> problems;            // content that could not be read
};

PageContent walk_page(QPDFPageObjectHelper& page);

}  // namespace persklaar::preflight_rules
