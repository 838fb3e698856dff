#include "plugins/pdf/pdfx_conformance.h"

#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>
#include <stdexcept>

namespace persklaar::pdf {
namespace {

constexpr const char* kPdfxVersion = "PDF/X-4";
constexpr const char* kProducer = "Persklaar (Cairo, qpdf, lcms2)";
constexpr const char* kCreator = "Persklaar";

std::string xml_escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// "2019-12-01T00:00:00Z" → "D:20191201000000Z", the same moment in the document information's form.
std::string pdf_date(const std::string& iso) {
  std::string digits;
  for (char c : iso.substr(0, 19)) {
    if (c >= '0' && c <= '9') digits += c;
  }
  if (digits.size() != 14) throw std::runtime_error("not an ISO 8601 date: " + iso);
  return "D:" + digits + "Z";
}

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

QPDFObjectHandle document_information(const PrintDocumentInfo& info) {
  QPDFObjectHandle dict = QPDFObjectHandle::newDictionary();
  dict.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(info.title));
  if (!info.author.empty()) dict.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(info.author));
  if (!info.subject.empty()) dict.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(info.subject));
  dict.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString(kCreator));
  dict.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString(kProducer));
  dict.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdf_date(info.date)));
  dict.replaceKey("/ModDate", QPDFObjectHandle::newString(pdf_date(info.date)));
  dict.replaceKey("/Trapped", QPDFObjectHandle::newName("/False"));
  dict.replaceKey("/GTS_PDFXVersion", QPDFObjectHandle::newString(kPdfxVersion));
  return dict;
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

std::string pdfx_xmp(const PrintDocumentInfo& info) {
  const std::string lang = info.language.empty() ? "x-default" : info.language;
  auto alternative = [&](const char* name, const std::string& value) {
    return std::string("   <") + name + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escaped(value) +
           "</rdf:li></rdf:Alt></" + name + ">\n";
  };
  std::string x;
  x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
  x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
  x += "  <rdf:Description rdf:about=\"\"\n";
  x += "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n";
  x += "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n";
  x += "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n";
  x += "    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n";
  x += "    xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\">\n";
  x += "   <dc:format>application/pdf</dc:format>\n";
  x += alternative("dc:title", info.title);
  if (!info.author.empty()) {
    x += "   <dc:creator><rdf:Seq><rdf:li>" + xml_escaped(info.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  }
  if (!info.subject.empty()) x += alternative("dc:description", info.subject);
  x += "   <dc:language><rdf:Bag><rdf:li>" + xml_escaped(lang) + "</rdf:li></rdf:Bag></dc:language>\n";
  x += "   <xmp:CreatorTool>" + std::string(kCreator) + "</xmp:CreatorTool>\n";
  x += "   <xmp:CreateDate>" + info.date + "</xmp:CreateDate>\n";
  x += "   <xmp:ModifyDate>" + info.date + "</xmp:ModifyDate>\n";
  x += "   <xmp:MetadataDate>" + info.date + "</xmp:MetadataDate>\n";
  x += "   <pdf:Producer>" + std::string(kProducer) + "</pdf:Producer>\n";
  x += "   <pdf:Trapped>False</pdf:Trapped>\n";
  x += "   <xmpMM:DocumentID>uuid:" + info.document_id + "</xmpMM:DocumentID>\n";
  x += "   <xmpMM:InstanceID>uuid:" + info.document_id + "</xmpMM:InstanceID>\n";
  x += "   <xmpMM:VersionID>1</xmpMM:VersionID>\n";
  x += "   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n";
  x += "   <pdfxid:GTS_PDFXVersion>" + std::string(kPdfxVersion) + "</pdfxid:GTS_PDFXVersion>\n";
  x += "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
  return x;
}

void PdfxConformancePass::apply(QPDF& pdf) const {
  QPDFObjectHandle root = pdf.getRoot();
  root.replaceKey("/OutputIntents", QPDFObjectHandle::newArray({output_intent(pdf, condition_, profile_)}));

  QPDFObjectHandle metadata = QPDFObjectHandle::newStream(&pdf, pdfx_xmp(info_));
  metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
  metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
  root.replaceKey("/Metadata", metadata);
  root.removeKey("/OpenAction");
  root.removeKey("/AA");
  root.removeKey("/AcroForm");

  QPDFObjectHandle trailer = pdf.getTrailer();
  trailer.replaceKey("/Info", pdf.makeIndirectObject(document_information(info_)));
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
