#include "plugins/pdf/pdfx_conformance.h"

#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>
#include <stdexcept>

namespace persklaar::pdf {
namespace {

constexpr const char* kPdfxVersion = "PDF/X-4";

// The UUID's 16 bytes, for the trailer ID.
std::string uuid_bytes(const std::string& uuid) {
  std::string hex;
  for (char c : uuid) {
    if (c != '-') hex += c;
  }
  if (hex.size() != 32) throw std::runtime_error("not a UUID: " + uuid);
  std::string bytes;
  for (std::size_t k = 0; k < 32; k += 2) bytes += static_cast<char>(std::stoi(hex.substr(k, 2), nullptr, 16));
  return bytes;
}

QPDFObjectHandle output_intent(QPDF& pdf, const PrintCondition& condition, const std::string& profile) {
  QPDFObjectHandle icc = QPDFObjectHandle::newStream(&pdf, profile);
  icc.getDict().replaceKey("/N", QPDFObjectHandle::newInteger(4));
  QPDFObjectHandle intent = QPDFObjectHandle::newDictionary();
  intent.replaceKey("/Type", QPDFObjectHandle::newName("/OutputIntent"));
  intent.replaceKey("/S", QPDFObjectHandle::newName("/GTS_PDFX"));
  intent.replaceKey("/OutputConditionIdentifier", QPDFObjectHandle::newUnicodeString(condition.identifier));
  intent.replaceKey("/OutputCondition", QPDFObjectHandle::newUnicodeString(condition.description));
  intent.replaceKey("/RegistryName", QPDFObjectHandle::newUnicodeString(condition.registry));
  intent.replaceKey("/Info", QPDFObjectHandle::newUnicodeString(condition.description));
  intent.replaceKey("/DestOutputProfile", icc);
  return pdf.makeIndirectObject(intent);
}

// The print file has no links: its structure keeps each link's text, as a Span, without the
// reference to the annotation that is gone.
void unlink_structure(QPDFObjectHandle element, std::set<QPDFObjGen>& seen) {
  if (!element.isDictionary() || (element.isIndirect() && !seen.insert(element.getObjGen()).second)) return;
  if (element.getKey("/S").isName() && element.getKey("/S").getName() == "/Link") {
    element.replaceKey("/S", QPDFObjectHandle::newName("/Span"));
  }
  QPDFObjectHandle kids = element.getKey("/K");
  auto is_annotation_reference = [](QPDFObjectHandle kid) {
    return kid.isDictionary() && kid.getKey("/Type").isName() && kid.getKey("/Type").getName() == "/OBJR";
  };
  if (is_annotation_reference(kids)) {
    element.removeKey("/K");
  } else if (kids.isArray()) {
    for (int k = kids.getArrayNItems() - 1; k >= 0; --k) {
      if (is_annotation_reference(kids.getArrayItem(k))) {
        kids.eraseItem(k);
      } else {
        unlink_structure(kids.getArrayItem(k), seen);
      }
    }
  } else {
    unlink_structure(kids, seen);
  }
}

}  // namespace

std::vector<XmpSchema> pdfx_schemas() {
  return {{"pdfxid", "http://www.npes.org/pdfx/ns/id/", {{"GTS_PDFXVersion", kPdfxVersion}}}};
}

void PdfxConformancePass::apply(QPDF& pdf) const {
  QPDFObjectHandle root = pdf.getRoot();
  root.replaceKey("/OutputIntents", QPDFObjectHandle::newArray({output_intent(pdf, condition_, profile_)}));

  set_document_metadata(pdf, info_, pdfx_schemas());
  root.removeKey("/OpenAction");
  root.removeKey("/AA");
  root.removeKey("/AcroForm");

  QPDFObjectHandle trailer = pdf.getTrailer();
  trailer.getKey("/Info").replaceKey("/GTS_PDFXVersion", QPDFObjectHandle::newString(kPdfxVersion));
  const std::string id = uuid_bytes(info_.document_id);
  trailer.replaceKey("/ID",
                     QPDFObjectHandle::newArray({QPDFObjectHandle::newString(id), QPDFObjectHandle::newString(id)}));

  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    page.getObjectHandle().removeKey("/Annots");
    page.getObjectHandle().removeKey("/AA");
  }
  std::set<QPDFObjGen> seen;
  unlink_structure(root.getKey("/StructTreeRoot"), seen);
}

}  // namespace persklaar::pdf
