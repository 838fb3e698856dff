// Rules about what the pages paint, read from one walk of each page's content (content_walk.h):
// colour spaces and coverage, text size and place, image resolution, line widths, transfer functions.
#include <cmath>
#include <cstdio>
#include <numeric>

#include "core/preflight/preflight_rule.h"

namespace persklaar::preflight_rules {
namespace {

constexpr double kMaxCoverage = 3.0;       // 300 %
constexpr double kSmallestText = 5.0;      // points
constexpr double kLeastResolution = 250;   // pixels per inch at the placed size
constexpr double kThinnestLine = 0.25;     // points
constexpr double kSafety = 3 * 72 / 25.4;  // text keeps 3 mm from the trim edge

std::string format(const char* pattern, double value) {
  char text[160];
  std::snprintf(text, sizeof text, pattern, value);
  return text;
}

template <typename Check>
void each_page(const PdfUnderTest& doc, Check check) {
  for (std::size_t p = 0; p < doc.content.size(); ++p) check(static_cast<int>(p + 1), doc.content[p], doc.pages[p]);
}

void check_rgb(const PdfUnderTest& doc, Findings& findings) {
  each_page(doc, [&](int page, const PageContent& content, QPDFPageObjectHelper) {
    for (const ColourUse& use : content.colours) {
      if (use.space == "DeviceRGB" || use.space == "Lab") {
        findings.add("rgb-colour", page, use.where, "colour in " + use.space + "; offset printing needs CMYK",
                     "convert to CMYK with the printer's profile (e.g. FOGRA39)");
      }
    }
  });
}

void check_spot(const PdfUnderTest& doc, Findings& findings) {
  each_page(doc, [&](int page, const PageContent& content, QPDFPageObjectHelper) {
    for (const ColourUse& use : content.colours) {
      if (use.space == "Separation" || use.space == "DeviceN") {
        findings.add("spot-colour", page, use.where, "a spot colour (" + use.space + ") besides the four process inks",
                     "convert spot colours to CMYK unless the printer has agreed to print them");
      }
    }
  });
}

void check_coverage(const PdfUnderTest& doc, Findings& findings) {
  each_page(doc, [&](int page, const PageContent& content, QPDFPageObjectHelper) {
    const std::string fix = "lower the colour's total ink to 300 % or less (e.g. with less CMY under black)";
    for (const ColourUse& use : content.colours) {
      if (use.space != "DeviceCMYK" || use.values.size() != 4) continue;
      const double total = std::accumulate(use.values.begin(), use.values.end(), 0.0);
      if (total > kMaxCoverage + 0.005) {
        findings.add("total-area-coverage", page, use.where,
                     format("a colour with %.0f %% total ink coverage", total * 100), fix);
      }
    }
    for (const ImagePlacement& image : content.images) {
      if (image.max_coverage > kMaxCoverage + 0.005) {
        findings.add("total-area-coverage", page, "image " + image.name,
                     format("pixels with up to %.0f %% total ink coverage", image.max_coverage * 100), fix);
      }
    }
  });
}

void check_text_size(const PdfUnderTest& doc, Findings& findings) {
  each_page(doc, [&](int page, const PageContent& content, QPDFPageObjectHelper) {
    for (const TextShow& text : content.texts) {
      if (text.size > 0 && text.size < kSmallestText - 0.01) {
        findings.add("small-text", page, "text in font " + text.font,
                     format("text set at %.1f pt, smaller than 5 pt prints unreadably", text.size),
                     "set text at 5 pt or more");
      }
    }
  });
}

void check_images(const PdfUnderTest& doc, Findings& findings) {
  each_page(doc, [&](int page, const PageContent& content, QPDFPageObjectHelper) {
    for (const ImagePlacement& image : content.images) {
      if (image.width_pt <= 0 || image.height_pt <= 0) continue;
      const double ppi = std::min(image.width_px / (image.width_pt / 72), image.height_px / (image.height_pt / 72));
      if (ppi < kLeastResolution) {
        findings.add("image-resolution", page, "image " + image.name,
                     format("%.0f ppi at its placed size; print needs 250 ppi or more", ppi),
                     "place a larger image, or place this one smaller");
      }
    }
  });
}

void check_hairlines(const PdfUnderTest& doc, Findings& findings) {
  each_page(doc, [&](int page, const PageContent& content, QPDFPageObjectHelper) {
    for (const Stroke& stroke : content.strokes) {
      if (stroke.width < kThinnestLine - 0.001) {
        findings.add("hairlines", page, "a stroked line", format("a line %.2f pt wide may not print", stroke.width),
                     "make lines at least 0.25 pt wide");
      }
    }
  });
}

void check_trim_safety(const PdfUnderTest& doc, Findings& findings) {
  each_page(doc, [&](int page, const PageContent& content, QPDFPageObjectHelper helper) {
    QPDFObjectHandle box = helper.getAttribute("/TrimBox", false);
    if (!box.isRectangle()) return;  // the trim-box rule reports it
    const auto trim = box.getArrayAsRectangle();
    const QPDFObjectHandle::Rectangle safe(trim.llx + kSafety, trim.lly + kSafety, trim.urx - kSafety,
                                           trim.ury - kSafety);
    for (const TextShow& text : content.texts) {
      const bool outside_trim = text.x1 < trim.llx || text.x0 > trim.urx || text.y1 < trim.lly || text.y0 > trim.ury;
      if (outside_trim) continue;  // slug and marks beyond the trim are cut off, as meant
      if (text.x0 < safe.llx || text.x1 > safe.urx || text.y0 < safe.lly || text.y1 > safe.ury) {
        findings.add("trim-safety", page, "text in font " + text.font,
                     "text within 3 mm of the trim edge may be cut off", "keep text 3 mm or more inside the trim");
      }
    }
  });
}

void check_transfer(const PdfUnderTest& doc, Findings& findings) {
  each_page(doc, [&](int page, const PageContent& content, QPDFPageObjectHelper) {
    for (const std::string& where : content.transfer_functions) {
      findings.add("transfer-functions", page, where, "a transfer function changes the printer's tone values",
                   "remove transfer functions; leave tone to the printer's calibration");
    }
  });
}

void check_content_readable(const PdfUnderTest& doc, Findings& findings) {
  each_page(doc, [&](int page, const PageContent& content, QPDFPageObjectHelper) {
    for (const std::string& problem : content.problems) {
      findings.add("content-readable", page, "content", problem, "save the file again from its application");
    }
  });
}

}  // namespace

std::vector<Rule> content_rules() {
  return {
      {"content-readable", "every page's content can be read", check_content_readable},
      {"rgb-colour", "no RGB colour: text, fills, images, shadings and groups in CMYK or gray", check_rgb},
      {"spot-colour", "no spot colours (Separation, DeviceN)", check_spot},
      {"total-area-coverage", "no colour above 300 % total ink", check_coverage},
      {"small-text", "no text smaller than 5 pt", check_text_size},
      {"image-resolution", "images at 250 ppi or more at their placed size", check_images},
      {"hairlines", "no lines thinner than 0.25 pt", check_hairlines},
      {"trim-safety", "text 3 mm or more inside the trim", check_trim_safety},
      {"transfer-functions", "no transfer functions", check_transfer},
  };
}

}  // namespace persklaar::preflight_rules
