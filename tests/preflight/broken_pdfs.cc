#include "tests/preflight/broken_pdfs.h"

#include <cairo-pdf.h>

#include <memory>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <stdexcept>

namespace persklaar::testing {
namespace {

QPDFPageObjectHelper page_of(QPDF& pdf, std::size_t index) {
  return QPDFPageDocumentHelper(pdf).getAllPages().at(index);
}

// Paints `content` on page 5 (a body page) after what is there, with `name` → `xobject` added.
void paint_on_body_page(QPDF& pdf, const std::string& content, const std::string& name = "",
                        QPDFObjectHandle xobject = QPDFObjectHandle::newNull()) {
  QPDFPageObjectHelper page = page_of(pdf, 4);
  if (!name.empty()) {
    QPDFObjectHandle resources = page.getAttribute("/Resources", true);
    if (!resources.getKey("/XObject").isDictionary())
      resources.replaceKey("/XObject", QPDFObjectHandle::newDictionary());
    resources.getKey("/XObject").replaceKey(name, xobject);
  }
  page.addPageContents(QPDFObjectHandle::newStream(&pdf, content), false);
}

QPDFObjectHandle rgb_image(QPDF& pdf) {
  QPDFObjectHandle image = QPDFObjectHandle::newStream(&pdf, std::string(20 * 20 * 3, '\x60'));
  QPDFObjectHandle dict = image.getDict();
  dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
  dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Image"));
  dict.replaceKey("/Width", QPDFObjectHandle::newInteger(20));
  dict.replaceKey("/Height", QPDFObjectHandle::newInteger(20));
  dict.replaceKey("/ColorSpace", QPDFObjectHandle::newName("/DeviceRGB"));
  dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
  return image;
}

QPDFObjectHandle link_annotation(QPDF& pdf) {
  QPDFObjectHandle action = QPDFObjectHandle::newDictionary();
  action.replaceKey("/S", QPDFObjectHandle::newName("/URI"));
  action.replaceKey("/URI", QPDFObjectHandle::newString("https://example.org/"));
  QPDFObjectHandle link = QPDFObjectHandle::newDictionary();
  link.replaceKey("/Type", QPDFObjectHandle::newName("/Annot"));
  link.replaceKey("/Subtype", QPDFObjectHandle::newName("/Link"));
  link.replaceKey("/Rect", QPDFObjectHandle::newFromRectangle({200, 300, 320, 314}));
  link.replaceKey("/Border", QPDFObjectHandle::parse("[0 0 0]"));
  link.replaceKey("/A", action);
  return pdf.makeIndirectObject(link);
}

// Takes the font program out of the first font of page 5 that has one.
void unembed_a_font(QPDF& pdf) {
  QPDFObjectHandle fonts = page_of(pdf, 4).getAttribute("/Resources", false).getKey("/Font");
  for (const std::string& key : fonts.getKeys()) {
    QPDFObjectHandle font = fonts.getKey(key);
    if (font.getKey("/DescendantFonts").isArray()) font = font.getKey("/DescendantFonts").getArrayItem(0);
    QPDFObjectHandle descriptor = font.getKey("/FontDescriptor");
    if (!descriptor.isDictionary()) continue;
    for (const char* file : {"/FontFile", "/FontFile2", "/FontFile3"}) descriptor.removeKey(file);
    return;
  }
  throw std::runtime_error("page 5 has no embedded font to take out");
}

}  // namespace

std::vector<Breakage> breakages() {
  return {
      {"trim-box",
       [](QPDF& pdf) {
         for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) page.getObjectHandle().removeKey("/TrimBox");
       }},
      {"output-intent", [](QPDF& pdf) { pdf.getRoot().removeKey("/OutputIntents"); }},
      {"fonts-embedded", unembed_a_font},
      {"annotations",
       [](QPDF& pdf) {
         page_of(pdf, 4).getObjectHandle().replaceKey("/Annots", QPDFObjectHandle::newArray({link_annotation(pdf)}));
       }},
      {"rgb-colour",  // 20 px over 4 pt: 360 ppi, so only the colour is wrong
       [](QPDF& pdf) { paint_on_body_page(pdf, "q 4 0 0 4 300 400 cm /Broken Do Q", "/Broken", rgb_image(pdf)); }},
      {"total-area-coverage",  // 320 %
       [](QPDF& pdf) { paint_on_body_page(pdf, "q 0.8 0.8 0.8 0.8 k 300 400 30 30 re f Q"); }},
      {"encryption", [](QPDF&) {},
       [](QPDFWriter& writer) {
         writer.setR4EncryptionParametersInsecure("", "owner", true, true, true, true, true, true, qpdf_r3p_full, true,
                                                  true);
       }},
      {"pdf-version", [](QPDF&) {}, [](QPDFWriter& writer) { writer.forcePDFVersion("1.7"); }},
  };
}

void write_broken(const std::filesystem::path& source, const Breakage& breakage, const std::filesystem::path& target) {
  QPDF pdf;
  pdf.processFile(source.c_str());
  breakage.change(pdf);
  QPDFWriter writer(pdf, target.c_str());
  breakage.write(writer);
  writer.write();
}

void write_password_protected(const std::filesystem::path& source, const std::filesystem::path& target) {
  QPDF pdf;
  pdf.processFile(source.c_str());
  QPDFWriter writer(pdf, target.c_str());
  writer.setR4EncryptionParametersInsecure("secret", "owner", true, true, true, true, true, true, qpdf_r3p_full, true,
                                           true);
  writer.write();
}

void write_plain_cairo_pdf(const std::filesystem::path& target, int pages) {
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_pdf_surface_create(target.c_str(), 595, 842), cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  cairo_select_font_face(cr.get(), "serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr.get(), 11);
  for (int k = 1; k <= pages; ++k) {
    cairo_set_source_rgb(cr.get(), 0.1, 0.4, 0.6);
    cairo_rectangle(cr.get(), 72, 72, 200, 40);
    cairo_fill(cr.get());
    cairo_move_to(cr.get(), 72, 160);
    cairo_show_text(cr.get(), ("Page " + std::to_string(k) + " of a plain Cairo PDF").c_str());
    cairo_show_page(cr.get());
  }
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) throw std::runtime_error("cairo failed");
}

}  // namespace persklaar::testing
