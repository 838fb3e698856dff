#include "plugins/pdf/document_metadata.h"

#include <stdexcept>

namespace persklaar::pdf {
namespace {

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

}  // namespace

std::string pdf_date(const std::string& iso) {
  std::string digits;
  for (char c : iso.substr(0, 19)) {
    if (c >= '0' && c <= '9') digits += c;
  }
  if (digits.size() != 14) throw std::runtime_error("not an ISO 8601 date: " + iso);
  return "D:" + digits + "Z";
}

std::string xmp_packet(const DocumentInfo& info, const std::vector<XmpSchema>& schemas) {
  const std::string lang = info.language.empty() ? "x-default" : info.language;
  auto alternative = [&](const char* name, const std::string& value) {
    std::string items = "<rdf:li xml:lang=\"x-default\">" + xml_escaped(value) + "</rdf:li>";
    if (lang != "x-default")
      items += "<rdf:li xml:lang=\"" + xml_escaped(lang) + "\">" + xml_escaped(value) + "</rdf:li>";
    return std::string("   <") + name + "><rdf:Alt>" + items + "</rdf:Alt></" + name + ">\n";
  };
  std::string x;
  x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
  x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
  x += "  <rdf:Description rdf:about=\"\"\n";
  x += "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n";
  x += "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n";
  x += "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n";
  x += "    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"";
  for (const XmpSchema& schema : schemas) x += "\n    xmlns:" + schema.prefix + "=\"" + schema.uri + "\"";
  x += ">\n";
  x += "   <dc:format>application/pdf</dc:format>\n";
  x += alternative("dc:title", info.title);
  if (!info.author.empty()) {
    x += "   <dc:creator><rdf:Seq><rdf:li>" + xml_escaped(info.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  }
  if (!info.subject.empty()) x += alternative("dc:description", info.subject);
  x += "   <dc:language><rdf:Bag><rdf:li>" + xml_escaped(lang) + "</rdf:li></rdf:Bag></dc:language>\n";
  x += "   <xmp:CreatorTool>" + std::string(kCreatorTool) + "</xmp:CreatorTool>\n";
  x += "   <xmp:CreateDate>" + info.date + "</xmp:CreateDate>\n";
  x += "   <xmp:ModifyDate>" + info.date + "</xmp:ModifyDate>\n";
  x += "   <xmp:MetadataDate>" + info.date + "</xmp:MetadataDate>\n";
  x += "   <pdf:Producer>" + std::string(kProducer) + "</pdf:Producer>\n";
  x += "   <pdf:Trapped>False</pdf:Trapped>\n";
  x += "   <xmpMM:DocumentID>uuid:" + info.document_id + "</xmpMM:DocumentID>\n";
  x += "   <xmpMM:InstanceID>uuid:" + info.document_id + "</xmpMM:InstanceID>\n";
  x += "   <xmpMM:VersionID>1</xmpMM:VersionID>\n";
  x += "   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n";
  for (const XmpSchema& schema : schemas) {
    for (const auto& [name, value] : schema.properties) {
      const std::string tag = schema.prefix + ":" + name;
      x += "   <" + tag + ">" + xml_escaped(value) + "</" + tag + ">\n";
    }
  }
  x += "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
  return x;
}

QPDFObjectHandle document_information(const DocumentInfo& info) {
  QPDFObjectHandle dict = QPDFObjectHandle::newDictionary();
  dict.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(info.title));
  if (!info.author.empty()) dict.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(info.author));
  if (!info.subject.empty()) dict.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(info.subject));
  dict.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString(kCreatorTool));
  dict.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString(kProducer));
  dict.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdf_date(info.date)));
  dict.replaceKey("/ModDate", QPDFObjectHandle::newString(pdf_date(info.date)));
  dict.replaceKey("/Trapped", QPDFObjectHandle::newName("/False"));
  return dict;
}

void set_document_metadata(QPDF& pdf, const DocumentInfo& info, const std::vector<XmpSchema>& schemas) {
  QPDFObjectHandle metadata = QPDFObjectHandle::newStream(&pdf, xmp_packet(info, schemas));
  metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
  metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
  pdf.getRoot().replaceKey("/Metadata", metadata);
  pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(document_information(info)));
}

}  // namespace persklaar::pdf
