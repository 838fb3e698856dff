#include "plugins/pdf/pdfua_conformance.h"

#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include "core/preflight/preflight.h"

namespace persklaar::pdf {
namespace {

bool is_type(QPDFObjectHandle object, const char* key, const char* name) {
  return object.isDictionary() && object.getKey(key).isName() && object.getKey(key).getName() == name;
}

// A header cell of the first row heads its column; one further down heads its row.
void scope_header_cells(const std::vector<QPDFObjectHandle>& elements) {
  for (QPDFObjectHandle element : elements) {
    if (!is_type(element, "/S", "/TH") || element.hasKey("/A")) continue;
    QPDFObjectHandle row = element.getKey("/P");
    QPDFObjectHandle rows = row.getKey("/P").getKey("/K");
    const bool first_row =
        rows.isArray() && rows.getArrayNItems() > 0 && rows.getArrayItem(0).getObjGen() == row.getObjGen();
    QPDFObjectHandle attributes = QPDFObjectHandle::newDictionary();
    attributes.replaceKey("/O", QPDFObjectHandle::newName("/Table"));
    attributes.replaceKey("/Scope", QPDFObjectHandle::newName(first_row ? "/Column" : "/Row"));
    element.replaceKey("/A", attributes);
  }
}

// A heading deeper than the one before it by more than a level (a section's subheading H3 where the
// section has no title of its own, right under the chapter's H1) takes the next level instead.
void close_heading_gaps(const std::vector<QPDFObjectHandle>& elements) {
  int previous = 0;
  for (QPDFObjectHandle element : elements) {
    QPDFObjectHandle type = element.getKey("/S");
    if (!type.isName()) continue;
    const std::string name = type.getName();
    if (name.size() != 3 || name[1] != 'H' || name[2] < '1' || name[2] > '6') continue;
    int level = name[2] - '0';
    if (level > previous + 1) {
      level = previous + 1;
      element.replaceKey("/S", QPDFObjectHandle::newName("/H" + std::to_string(level)));
    }
    previous = level;
  }
}

}  // namespace

std::vector<XmpSchema> pdfua_schemas() {
  return {{"pdfuaid", "http://www.aiim.org/pdfua/ns/id/", {{"part", "1"}}}};
}

void PdfuaConformancePass::apply(QPDF& pdf) const {
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    QPDFObjectHandle annotations = page.getObjectHandle().getKey("/Annots");
    if (annotations.isArray() && annotations.getArrayNItems() > 0)
      page.getObjectHandle().replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
  }
  const std::vector<QPDFObjectHandle> elements = structure_elements(pdf);
  scope_header_cells(elements);
  close_heading_gaps(elements);
  set_document_metadata(pdf, info_, pdfua_schemas());
  const PreflightReport check = preflight_document(pdf, "the screen PDF", "pdfua");
  if (!check.passed()) {
    set_document_metadata(pdf, info_, {});
    verdict_->failed = check.failed_rules();
  }
}

}  // namespace persklaar::pdf
