// Rules about each page's dictionary: its boxes, its annotations and the fonts its content uses.
#include <algorithm>
#include <cstdio>
#include <qpdf/QPDFObjectHandle.hh>
#include <set>

#include "core/preflight/preflight_rule.h"

namespace persklaar::preflight_rules {
namespace {

constexpr double kMinimumBleed = 3 * 72 / 25.4 - 0.01;  // 3 mm, less rounding

QPDFObjectHandle::Rectangle box_of(QPDFPageObjectHelper page, const char* key) {
  QPDFObjectHandle box = page.getAttribute(key, false);
  return box.isRectangle() ? box.getArrayAsRectangle() : QPDFObjectHandle::Rectangle(0, 0, 0, 0);
}

bool has_box(QPDFPageObjectHelper page, const char* key) {
  return page.getObjectHandle().getKey(key).isRectangle();
}

bool inside(const QPDFObjectHandle::Rectangle& inner, const QPDFObjectHandle::Rectangle& outer) {
  const double e = 0.01;
  return inner.llx >= outer.llx - e && inner.lly >= outer.lly - e && inner.urx <= outer.urx + e &&
         inner.ury <= outer.ury + e;
}

void check_trim_box(const PdfUnderTest& doc, Findings& findings) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    QPDFPageObjectHelper page = doc.pages[p];
    const int number = static_cast<int>(p + 1);
    if (!has_box(page, "/TrimBox") && !has_box(page, "/ArtBox")) {
      findings.add("trim-box", number, "page " + object_label(page.getObjectHandle()),
                   "the page has no TrimBox: the printer cannot tell the finished size",
                   "export with the trim size set (the document's page size, bleed outside it)");
      continue;
    }
    const auto trim = box_of(page, has_box(page, "/TrimBox") ? "/TrimBox" : "/ArtBox");
    const auto media = box_of(page, "/MediaBox");
    const auto bleed = has_box(page, "/BleedBox") ? box_of(page, "/BleedBox") : media;
    if (!inside(trim, bleed) || !inside(bleed, media)) {
      findings.add("trim-box", number, "page boxes",
                   "the TrimBox is not inside the BleedBox, or the BleedBox not inside the MediaBox",
                   "set the boxes so that trim ⊂ bleed ⊂ media");
    }
  }
}

void check_bleed(const PdfUnderTest& doc, Findings& findings) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    QPDFPageObjectHelper page = doc.pages[p];
    if (!has_box(page, "/TrimBox")) continue;  // the trim-box rule reports it
    const auto trim = box_of(page, "/TrimBox");
    const auto bleed = has_box(page, "/BleedBox") ? box_of(page, "/BleedBox") : box_of(page, "/MediaBox");
    const double least =
        std::min({trim.llx - bleed.llx, trim.lly - bleed.lly, bleed.urx - trim.urx, bleed.ury - trim.ury});
    if (least < kMinimumBleed) {
      char problem[96];
      std::snprintf(problem, sizeof problem, "the bleed is %.1f mm on its narrowest side; printers ask for 3 mm",
                    std::max(0.0, least * 25.4 / 72));
      findings.add("bleed", static_cast<int>(p + 1), "page boxes", problem,
                   "export with 3 mm bleed, and let elements at the page edge run into it");
    }
  }
}

void check_annotations(const PdfUnderTest& doc, Findings& findings) {
  QPDFObjectHandle form = doc.pdf.getRoot().getKey("/AcroForm");
  if (form.isDictionary() && form.getKey("/Fields").isArray() && form.getKey("/Fields").getArrayNItems() > 0) {
    findings.add("annotations", 0, "catalog /AcroForm", "the file has form fields",
                 "flatten or remove the form fields before print");
  }
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    QPDFPageObjectHelper page = doc.pages[p];
    QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
    if (!annots.isArray()) continue;
    const auto area = has_box(page, "/BleedBox") ? box_of(page, "/BleedBox") : box_of(page, "/MediaBox");
    for (auto annot : annots.getArrayAsVector()) {
      if (!annot.isDictionary()) continue;
      QPDFObjectHandle subtype = annot.getKey("/Subtype");
      const std::string kind = subtype.isName() ? subtype.getName().substr(1) : "unknown";
      if (kind == "PrinterMark" || kind == "TrapNet") continue;
      QPDFObjectHandle rect = annot.getKey("/Rect");
      if (rect.isRectangle()) {
        const auto r = rect.getArrayAsRectangle();
        const bool outside = r.urx < area.llx || r.llx > area.urx || r.ury < area.lly || r.lly > area.ury;
        if (outside) continue;
      }
      findings.add("annotations", static_cast<int>(p + 1), kind + " annotation " + object_label(annot),
                   "an annotation inside the bleed box (links, comments and fields do not print as intended)",
                   "remove links and comments from the print file");
    }
  }
}

// Every font reachable from a page's resources and the forms they hold, once each.
void collect_fonts(QPDFObjectHandle resources, std::vector<std::pair<std::string, QPDFObjectHandle>>& fonts,
                   std::set<QPDFObjGen>& seen, int depth) {
  if (!resources.isDictionary() || depth > 12) return;
  QPDFObjectHandle font_dict = resources.getKey("/Font");
  if (font_dict.isDictionary()) {
    for (const std::string& key : font_dict.getKeys()) {
      QPDFObjectHandle font = font_dict.getKey(key);
      if (font.isDictionary() && (!font.isIndirect() || seen.insert(font.getObjGen()).second))
        fonts.emplace_back(key, font);
    }
  }
  QPDFObjectHandle xobjects = resources.getKey("/XObject");
  if (!xobjects.isDictionary()) return;
  for (const std::string& key : xobjects.getKeys()) {
    QPDFObjectHandle x = xobjects.getKey(key);
    if (x.isStream() && x.getDict().getKey("/Subtype").isName() &&
        x.getDict().getKey("/Subtype").getName() == "/Form" && seen.insert(x.getObjGen()).second) {
      collect_fonts(x.getDict().getKey("/Resources"), fonts, seen, depth + 1);
    }
  }
}

bool embedded(QPDFObjectHandle font) {
  QPDFObjectHandle subtype = font.getKey("/Subtype");
  if (subtype.isName() && subtype.getName() == "/Type0") {
    QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
    if (!descendants.isArray() || descendants.getArrayNItems() < 1) return false;
    font = descendants.getArrayItem(0);
  }
  QPDFObjectHandle descriptor = font.getKey("/FontDescriptor");
  if (!descriptor.isDictionary()) return false;
  return descriptor.getKey("/FontFile").isStream() || descriptor.getKey("/FontFile2").isStream() ||
         descriptor.getKey("/FontFile3").isStream();
}

void check_fonts(const PdfUnderTest& doc, Findings& findings, bool type3) {
  std::set<QPDFObjGen> seen;
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    std::vector<std::pair<std::string, QPDFObjectHandle>> fonts;
    collect_fonts(doc.pages[p].getAttribute("/Resources", false), fonts, seen, 0);
    for (auto& [key, font] : fonts) {
      QPDFObjectHandle subtype = font.getKey("/Subtype");
      QPDFObjectHandle base = font.getKey("/BaseFont");
      const std::string name = base.isName() ? base.getName().substr(1) : key;
      const bool is_type3 = subtype.isName() && subtype.getName() == "/Type3";
      const std::string what = "font " + name + (font.isIndirect() ? " " + object_label(font) : "");
      if (type3 && is_type3) {
        findings.add("type3-fonts", static_cast<int>(p + 1), what, "a Type 3 font (drawn glyphs, often bitmaps)",
                     "use an OpenType or TrueType font, embedded");
      }
      if (!type3 && !is_type3 && !embedded(font)) {
        findings.add("fonts-embedded", static_cast<int>(p + 1), what, "the font is not embedded",
                     "embed every font (subsets are fine)");
      }
    }
  }
}

}  // namespace

std::string object_label(QPDFObjectHandle object) {
  return object.isIndirect() ? "(object " + std::to_string(object.getObjectID()) + ")" : "";
}

std::vector<Rule> page_rules() {
  return {
      {"trim-box", "every page has a TrimBox inside its BleedBox and MediaBox", check_trim_box},
      {"bleed", "at least 3 mm bleed beyond the trim on every side", check_bleed},
      {"annotations", "no annotations or form fields inside the bleed box", check_annotations},
      {"fonts-embedded", "every font embedded",
       [](const PdfUnderTest& doc, Findings& findings) { check_fonts(doc, findings, false); }},
      {"type3-fonts", "no Type 3 fonts",
       [](const PdfUnderTest& doc, Findings& findings) { check_fonts(doc, findings, true); }},
  };
}

}  // namespace persklaar::preflight_rules
